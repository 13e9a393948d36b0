package io.holstein.map;

import io.holstein.internal.IterationKind;
import java.util.ConcurrentModificationException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * The late-binding, fail-fast spliterator of a {@link CowHashMap}'s keys, values or entries.
 *
 * <p>Like {@link CowHashIterator} it holds the map, never an array, and reads the map's current
 * storage at every step. It covers a range of slots, bound to the whole table on first use, and
 * splits by halving that range, as {@code HashMap}'s spliterators do; a collision bucket is never
 * split. Reports {@code SIZED} until split ({@code HashMap}'s estimate is exact only then) and, for
 * keys and entries, {@code DISTINCT}.
 */
final class CowHashSpliterator<K, V, T> implements Spliterator<T> {

    private final CowHashMap<K, V> map;

    private final IterationKind kind;

    /** The next slot to look at. */
    private int index;

    /** One past the last slot covered; -1 until bound. */
    private int fence;

    /** The size estimate. */
    private int est;

    private int expectedModCount;

    /** The keys still to hand out from the bucket in {@link #bucketSlot}, or null. */
    private Object[] bucketKeys;

    private int bucketIndex;

    private int bucketSlot;

    CowHashSpliterator(
            CowHashMap<K, V> map,
            IterationKind kind,
            int origin,
            int fence,
            int est,
            int expectedModCount) {
        this.map = map;
        this.kind = kind;
        this.index = origin;
        this.fence = fence;
        this.est = est;
        this.expectedModCount = expectedModCount;
    }

    private int fence() {
        int hi = fence;
        if (hi < 0) {
            est = map.size;
            expectedModCount = map.modCount;
            hi = map.capacity();
            fence = hi;
        }
        return hi;
    }

    @Override
    public Spliterator<T> trySplit() {
        int hi = fence();
        int lo = index;
        int mid = (lo + hi) >>> 1;
        if (lo >= mid || bucketKeys != null) {
            return null;
        }
        index = mid;
        est >>>= 1;
        return new CowHashSpliterator<>(map, kind, lo, mid, est, expectedModCount);
    }

    /** Hands the next element to {@code action}; returns false at the end of the range. */
    private boolean advance(Consumer<? super T> action, int hi) {
        while (true) {
            if (bucketKeys != null) {
                if (bucketIndex < bucketKeys.length) {
                    checkForComodification();
                    accept(action, bucketSlot, bucketKeys[bucketIndex++]);
                    return true;
                }
                bucketKeys = null;
            }
            // A rebuilt table may be smaller than the range; its slots then mean nothing to it.
            int i = map.nextLiveSlot(index, Math.min(hi, map.capacity()));
            if (i >= hi || i == map.capacity()) {
                index = hi;
                return false;
            }
            // Only when an element would be handed out, as HashMap's spliterators.
            checkForComodification();
            index = i + 1;
            CollisionBucket b = map.bucketAt(i);
            if (b == null) {
                accept(action, i, map.keyAt(i));
                return true;
            }
            bucketKeys = b.keys();
            bucketIndex = 0;
            bucketSlot = i;
        }
    }

    private void checkForComodification() {
        if (map.modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    @SuppressWarnings("unchecked")
    private void accept(Consumer<? super T> action, int slot, Object k) {
        action.accept((T) map.element(kind, slot, k));
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        if (!advance(action, fence())) {
            return false;
        }
        checkForComodification();
        return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        int hi = fence();
        while (advance(action, hi)) {
            checkForComodification();
        }
    }

    @Override
    public long estimateSize() {
        fence();
        return est;
    }

    @Override
    public int characteristics() {
        int sized = fence < 0 || est == map.size ? SIZED : 0;
        return kind == IterationKind.VALUES ? sized : sized | DISTINCT;
    }
}
