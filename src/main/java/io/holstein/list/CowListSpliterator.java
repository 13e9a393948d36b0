package io.holstein.list;

import java.util.ConcurrentModificationException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * The late-binding, fail-fast spliterator of a {@link CowArrayList} or of one of its sub lists.
 *
 * <p>Like {@link CowListIterator} it holds the root list, never an array, and reads the root's
 * current storage on every element. It binds its range on first use: the whole list, or the view's
 * range as it is then.
 */
final class CowListSpliterator<E> implements Spliterator<E> {

    private final CowArrayList<E> root;

    /** The sub list covered, or null for the whole root list; used only to bind the range. */
    private final CowSubList<E> view;

    /** Absolute index of the next element. */
    private int index;

    /** Absolute end of the range, exclusive; -1 until bound. */
    private int fence;

    private int expectedModCount;

    /**
     * A spliterator over [origin, fence) of the root list, or over the whole list, bound on first
     * use, if fence is -1. No view class in the signature, as for {@link CowListIterator}.
     */
    CowListSpliterator(CowArrayList<E> root, int origin, int fence, int expectedModCount) {
        this.root = root;
        this.view = null;
        this.index = origin;
        this.fence = fence;
        this.expectedModCount = expectedModCount;
    }

    /** A spliterator over a sub list, bound to the view's range on first use. */
    CowListSpliterator(CowSubList<E> view, CowArrayList<E> root) {
        this.root = root;
        this.view = view;
        this.index = view.offset;
        this.fence = -1;
    }

    private int fence() {
        int hi = fence;
        if (hi < 0) {
            if (view == null) {
                expectedModCount = root.modCount();
                hi = root.size;
            } else {
                // A view that is already stale binds to its own count and so fails fast.
                expectedModCount = view.expectedModCount();
                index = view.offset;
                hi = view.offset + view.size;
            }
            fence = hi;
        }
        return hi;
    }

    @Override
    public Spliterator<E> trySplit() {
        int hi = fence();
        int lo = index;
        int mid = (lo + hi) >>> 1;
        if (lo >= mid) {
            return null;
        }
        index = mid;
        return new CowListSpliterator<>(root, lo, mid, expectedModCount);
    }

    @Override
    public boolean tryAdvance(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int hi = fence();
        int i = index;
        if (i >= hi) {
            return false;
        }
        // Moves on even if the read fails (elementAt fails fast on storage that shrank), as
        // ArrayList's spliterator does.
        index = i + 1;
        action.accept(root.elementAt(i));
        checkForComodification();
        return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int hi = fence();
        int i = index;
        index = hi;
        if (hi > root.elementData.length) {
            throw new ConcurrentModificationException();
        }
        int mc = expectedModCount;
        for (; i < hi && root.modCount() == mc; i++) {
            action.accept(root.elementAt(i));
        }
        checkForComodification();
    }

    @Override
    public long estimateSize() {
        return fence() - index;
    }

    @Override
    public int characteristics() {
        return ORDERED | SIZED | SUBSIZED;
    }

    private void checkForComodification() {
        if (root.modCount() != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }
}
