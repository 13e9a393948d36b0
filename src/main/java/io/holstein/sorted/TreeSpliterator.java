package io.holstein.sorted;

import java.util.Comparator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * Splits a range of ranks of a B+-tree on node boundaries: at the highest node that holds both ends
 * of the range, at the child boundary nearest the middle; a range within one leaf does not split.
 * Sizes are exact from the subtree sizes, hence {@code SIZED} and {@code SUBSIZED}. Traversal runs
 * a {@link TreeIterator}; once it has started, the spliterator no longer splits.
 *
 * @param <T> keys, values or entries, by kind
 */
final class TreeSpliterator<T> implements Spliterator<T> {

    private final TreeNode root;

    private final int kind;

    private final boolean descending;

    private final int characteristics;

    private final Comparator<? super T> comparator;

    /** The ranks not yet traversed: {@code [lo, hi)}. */
    private int lo;

    private int hi;

    private TreeIterator<T> iterator;

    /**
     * A spliterator over the whole tree; {@code comparator} is reported when {@code
     * characteristics} has {@code SORTED}.
     */
    TreeSpliterator(
            TreeNode root,
            int size,
            int kind,
            boolean descending,
            int characteristics,
            Comparator<? super T> comparator) {
        this(
                root,
                kind,
                descending,
                characteristics | SIZED | SUBSIZED | IMMUTABLE | ORDERED,
                comparator,
                0,
                size);
    }

    private TreeSpliterator(
            TreeNode root,
            int kind,
            boolean descending,
            int characteristics,
            Comparator<? super T> comparator,
            int lo,
            int hi) {
        this.root = root;
        this.kind = kind;
        this.descending = descending;
        this.characteristics = characteristics;
        this.comparator = comparator;
        this.lo = lo;
        this.hi = hi;
    }

    @Override
    public Spliterator<T> trySplit() {
        if (iterator != null) {
            return null;
        }
        int mid = boundary();
        if (mid < 0) {
            return null;
        }
        // The prefix in encounter order goes to the new spliterator.
        if (descending) {
            TreeSpliterator<T> high =
                    new TreeSpliterator<>(root, kind, true, characteristics, comparator, mid, hi);
            hi = mid;
            return high;
        }
        TreeSpliterator<T> low =
                new TreeSpliterator<>(root, kind, false, characteristics, comparator, lo, mid);
        lo = mid;
        return low;
    }

    /**
     * The child boundary nearest the middle of {@code [lo, hi)} in the highest node holding both
     * ends, or -1 if both ends lie in one leaf.
     */
    private int boundary() {
        if (hi - lo < 2) {
            return -1;
        }
        int target = lo + (hi - lo) / 2;
        TreeNode node = root;
        int base = 0;
        while (node instanceof TreeBranch b) {
            int first = -1;
            int firstStart = 0;
            int start = base;
            int c = 0;
            for (; c < b.n; c++) {
                int end = start + b.sizes[c];
                if (first < 0 && lo < end) {
                    first = c;
                    firstStart = start;
                }
                if (hi - 1 < end) {
                    break;
                }
                start = end;
            }
            if (first == c) {
                node = b.children[c];
                base = firstStart;
                continue;
            }
            int best = -1;
            int at = firstStart;
            for (int j = first; j < c; j++) {
                at += b.sizes[j];
                if (best < 0 || Math.abs(at - target) < Math.abs(best - target)) {
                    best = at;
                }
            }
            return best;
        }
        return -1;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        if (iterator == null) {
            iterator = new TreeIterator<>(root, kind, descending, lo, hi);
        }
        if (!iterator.hasNext()) {
            return false;
        }
        if (descending) {
            hi--;
        } else {
            lo++;
        }
        action.accept(iterator.next());
        return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        if (iterator == null) {
            iterator = new TreeIterator<>(root, kind, descending, lo, hi);
        }
        lo = hi;
        while (iterator.hasNext()) {
            action.accept(iterator.next());
        }
    }

    @Override
    public long estimateSize() {
        return hi - lo;
    }

    @Override
    public int characteristics() {
        return characteristics;
    }

    @Override
    public Comparator<? super T> getComparator() {
        if ((characteristics & SORTED) == 0) {
            throw new IllegalStateException("not SORTED");
        }
        return comparator;
    }
}
