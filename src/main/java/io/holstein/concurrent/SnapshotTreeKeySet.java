package io.holstein.concurrent;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.SortedSet;

/**
 * The live key set of a {@link SnapshotTreeMap} or of one of its range views: the snapshot key set
 * ({@link SnapshotKeySet}), plus navigation and range views read through the map view it belongs
 * to, as {@code ConcurrentSkipListMap}'s key set reads through its map.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
final class SnapshotTreeKeySet<K, V> extends SnapshotKeySet<K, V> implements NavigableSet<K> {

    private final SnapshotTreeSubMap<K, V> map;

    SnapshotTreeKeySet(SnapshotTreeSubMap<K, V> map) {
        super(map.source());
        this.map = map;
    }

    private static <K> K keyOrNull(Map.Entry<K, ?> e) {
        return e == null ? null : e.getKey();
    }

    @Override
    public Comparator<? super K> comparator() {
        return map.comparator();
    }

    @Override
    public K first() {
        return map.firstKey();
    }

    @Override
    public K last() {
        return map.lastKey();
    }

    @Override
    public K lower(K e) {
        return map.lowerKey(e);
    }

    @Override
    public K floor(K e) {
        return map.floorKey(e);
    }

    @Override
    public K ceiling(K e) {
        return map.ceilingKey(e);
    }

    @Override
    public K higher(K e) {
        return map.higherKey(e);
    }

    @Override
    public K pollFirst() {
        return keyOrNull(map.pollFirstEntry());
    }

    @Override
    public K pollLast() {
        return keyOrNull(map.pollLastEntry());
    }

    @Override
    public NavigableSet<K> descendingSet() {
        return new SnapshotTreeKeySet<>(map.descendingMap());
    }

    @Override
    public Iterator<K> descendingIterator() {
        return descendingSet().iterator();
    }

    @Override
    public NavigableSet<K> subSet(
            K fromElement, boolean fromInclusive, K toElement, boolean toInclusive) {
        return new SnapshotTreeKeySet<>(
                map.subMap(fromElement, fromInclusive, toElement, toInclusive));
    }

    @Override
    public NavigableSet<K> headSet(K toElement, boolean inclusive) {
        return new SnapshotTreeKeySet<>(map.headMap(toElement, inclusive));
    }

    @Override
    public NavigableSet<K> tailSet(K fromElement, boolean inclusive) {
        return new SnapshotTreeKeySet<>(map.tailMap(fromElement, inclusive));
    }

    @Override
    public SortedSet<K> subSet(K fromElement, K toElement) {
        return subSet(fromElement, true, toElement, false);
    }

    @Override
    public SortedSet<K> headSet(K toElement) {
        return headSet(toElement, false);
    }

    @Override
    public SortedSet<K> tailSet(K fromElement) {
        return tailSet(fromElement, true);
    }
}
