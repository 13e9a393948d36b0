package io.holstein.sorted;

import io.holstein.internal.KeyRange;
import java.util.Comparator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * A late-binding, fail-fast spliterator over a {@link KeyRange} of a {@link CowTree}, as {@code
 * TreeMap}'s are: it takes the range's ranks and the tree's modification count when it is first
 * traversed, split or sized, and traverses through a {@link CowTreeIterator}, which throws {@link
 * java.util.ConcurrentModificationException} after a structural modification; {@link
 * #forEachRemaining} checks once more at its end. It splits its ranks in halves (each half seeks
 * its start in O(log n)); sizes are exact, hence {@code SIZED} and {@code SUBSIZED}.
 *
 * @param <T> keys, values or write-through entries, by kind
 */
final class CowTreeSpliterator<T> implements Spliterator<T> {

    private final CowTree<?> tree;

    private final KeyRange range;

    private final int kind;

    /** Whether to report {@code SORTED}: an ascending view of keys or entries. */
    private final boolean sorted;

    private final Comparator<? super T> comparator;

    /** The ranks not yet traversed, {@code [lo, hi)}; {@code hi < 0} until bound. */
    private int lo;

    private int hi = -1;

    private int expectedModCount;

    private CowTreeIterator<T> iterator;

    CowTreeSpliterator(
            CowTree<?> tree,
            KeyRange range,
            int kind,
            boolean sorted,
            Comparator<? super T> comparator) {
        this.tree = tree;
        this.range = range;
        this.kind = kind;
        this.sorted = sorted && !range.descending();
        this.comparator = comparator;
    }

    private CowTreeSpliterator(CowTreeSpliterator<T> parent, int lo, int hi) {
        this(parent.tree, parent.range, parent.kind, parent.sorted, parent.comparator);
        this.lo = lo;
        this.hi = hi;
        this.expectedModCount = parent.expectedModCount;
    }

    private void bind() {
        if (hi < 0) {
            expectedModCount = tree.modCount;
            lo = tree.loRank(range);
            hi = Math.max(lo, tree.hiRank(range));
        }
    }

    @Override
    public Spliterator<T> trySplit() {
        bind();
        if (iterator != null || hi - lo < 2) {
            return null;
        }
        int mid = (lo + hi) >>> 1;
        // The prefix in encounter order goes to the new spliterator.
        if (range.descending()) {
            CowTreeSpliterator<T> high = new CowTreeSpliterator<>(this, mid, hi);
            hi = mid;
            return high;
        }
        CowTreeSpliterator<T> low = new CowTreeSpliterator<>(this, lo, mid);
        lo = mid;
        return low;
    }

    private CowTreeIterator<T> iterator() {
        if (iterator == null) {
            bind();
            iterator =
                    new CowTreeIterator<>(tree, kind, range.descending(), lo, hi, expectedModCount);
        }
        return iterator;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        CowTreeIterator<T> it = iterator();
        if (!it.hasNext()) {
            return false;
        }
        action.accept(it.next());
        return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        CowTreeIterator<T> it = iterator();
        while (it.hasNext()) {
            action.accept(it.next());
        }
        tree.checkModCount(expectedModCount);
    }

    @Override
    public long estimateSize() {
        if (iterator != null) {
            return iterator.remaining();
        }
        bind();
        return hi - lo;
    }

    @Override
    public int characteristics() {
        int c = SIZED | SUBSIZED | ORDERED;
        if (kind != TreeIterator.VALUES) {
            c |= DISTINCT;
            if (sorted) {
                c |= SORTED;
            }
        }
        return c;
    }

    @Override
    public Comparator<? super T> getComparator() {
        if (!sorted || kind == TreeIterator.VALUES) {
            throw new IllegalStateException("not SORTED");
        }
        return comparator;
    }
}
