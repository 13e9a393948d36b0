package io.holstein.concurrent;

import io.holstein.PersistentMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a live view of a snapshot map ({@link SnapshotKeySet}, {@link SnapshotValues}, {@link
 * SnapshotEntrySet}) reads and writes: the map it belongs to (a {@link SnapshotHashMap}, a {@link
 * SnapshotTreeMap} or one of its range views) and the version current now, restricted to the view's
 * keys.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
abstract class SnapshotSource<K, V> {

    /** The live map: size, clear, conditional removal and entries' setValue go there. */
    abstract Map<K, V> map();

    /** The current version, restricted to the view's keys: one volatile read, then immutable. */
    abstract Map<K, V> version();

    /**
     * Removes {@code key} whatever it maps to, in one atomic write; true if it was present, even
     * mapped to null (a version a caller installed may hold such a key).
     */
    abstract boolean removeKey(Object key);

    /**
     * Removes every mapping of the view that {@code matches} accepts in one atomic update: the
     * predicate sees the mappings of one version, all matches leave at once, and the predicate runs
     * again on a newer version if another write overtook the attempt.
     *
     * @return whether a mapping was removed
     */
    abstract boolean removeIf(Predicate<? super Map.Entry<K, V>> matches);

    /**
     * The next version for {@link #removeIf}: {@code version} without the keys of {@code scanned}
     * (all or part of it) whose mappings {@code matches} accepts; {@code version} itself if none.
     * Sets {@code removed[0]}.
     */
    static <K, V> PersistentMap<K, V> withoutMatching(
            PersistentMap<K, V> version,
            Map<K, V> scanned,
            Predicate<? super Map.Entry<K, V>> matches,
            boolean[] removed) {
        List<K> gone = new ArrayList<>();
        for (Map.Entry<K, V> e : scanned.entrySet()) {
            if (matches.test(e)) {
                gone.add(e.getKey());
            }
        }
        removed[0] = !gone.isEmpty();
        return gone.isEmpty() ? version : version.withoutAll(gone);
    }
}
