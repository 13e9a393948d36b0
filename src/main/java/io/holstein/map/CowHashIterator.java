package io.holstein.map;

import io.holstein.internal.IterationKind;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The fail-fast iterator of a {@link CowHashMap}'s keys, values or entries, in table order.
 *
 * <p>It holds the map and a slot index, never an array: every step reads the map's current storage,
 * so a first write after a fork (which moves the map to a private copy with every entry in the same
 * slot) is seen at once, and storage the map has left, which a fork may now write in place, is
 * never read again. In a collision bucket it walks a private list of the bucket's keys, taken when
 * it reaches the bucket, and reads each value from the map when it returns it. {@link #remove()}
 * goes through the map, which copies shared storage first; nothing moves on removal, so the
 * iteration goes on where it was.
 */
final class CowHashIterator<K, V, T> implements Iterator<T> {

    private final CowHashMap<K, V> map;

    private final IterationKind kind;

    /** The capacity when the iterator was made; it changes only by structural modification. */
    private final int end;

    /** The slot of the next element, or {@link #end}. */
    private int slot;

    /** The keys of the bucket in {@link #slot}, or null if that slot holds one key. */
    private Object[] bucketKeys;

    /** The index in {@link #bucketKeys} of the next key. */
    private int bucketIndex;

    /** The slot of the element last returned, or -1. */
    private int lastSlot = -1;

    /** The stored key of the element last returned. */
    private Object lastKey;

    private int expectedModCount;

    CowHashIterator(CowHashMap<K, V> map, IterationKind kind) {
        this.map = map;
        this.kind = kind;
        this.expectedModCount = map.modCount;
        this.end = map.capacity();
        moveTo(map.nextLiveSlot(0, end));
    }

    private void moveTo(int s) {
        slot = s;
        CollisionBucket b = s < end ? map.bucketAt(s) : null;
        bucketKeys = b == null ? null : b.keys();
        bucketIndex = 0;
    }

    @Override
    public boolean hasNext() {
        return slot < end;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (map.modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
        int s = slot;
        if (s >= end) {
            throw new NoSuchElementException();
        }
        Object k;
        if (bucketKeys == null) {
            k = map.keyAt(s);
            moveTo(map.nextLiveSlot(s + 1, end));
        } else {
            k = bucketKeys[bucketIndex++];
            if (bucketIndex == bucketKeys.length) {
                moveTo(map.nextLiveSlot(s + 1, end));
            }
        }
        lastSlot = s;
        lastKey = k;
        return (T) map.element(kind, s, k);
    }

    @Override
    public void remove() {
        if (lastSlot < 0) {
            throw new IllegalStateException();
        }
        if (map.modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
        map.removeAt(lastSlot, lastKey);
        lastSlot = -1;
        lastKey = null;
        expectedModCount = map.modCount;
    }
}
