package io.holstein.string;

import java.util.ConcurrentModificationException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.IntConsumer;

/**
 * The late-binding, fail-fast spliterator behind {@link CowString#chars()} and {@link
 * CowString#codePoints()}.
 *
 * <p>It holds the string, never its buffer, and reads the string's current storage on every char:
 * after {@code y = x.fork()} and a write that moves {@code x} to a copy, {@code y} may write the
 * old buffer in place, so a reference to it would leak {@code y}'s writes into {@code x}'s stream.
 * It binds its range and the string's write count on first use, and checks the count before every
 * char.
 */
final class CowStringSpliterator implements Spliterator.OfInt {

    private final CowString owner;

    /** Whether surrogate pairs are combined into code points. */
    private final boolean codePoints;

    /** The index of the next char. */
    private int index;

    /** The index after the last char; -1 until bound. */
    private int fence;

    private int expectedModCount;

    CowStringSpliterator(CowString owner, boolean codePoints) {
        this(owner, codePoints, 0, -1, 0);
    }

    private CowStringSpliterator(
            CowString owner, boolean codePoints, int origin, int fence, int expectedModCount) {
        this.owner = owner;
        this.codePoints = codePoints;
        this.index = origin;
        this.fence = fence;
        this.expectedModCount = expectedModCount;
    }

    private int fence() {
        int hi = fence;
        if (hi < 0) {
            expectedModCount = owner.modCount;
            hi = fence = owner.count;
        }
        return hi;
    }

    private void checkForComodification() {
        if (owner.modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    /** Reads the next char or code point and advances; the caller checked the range. */
    private int next(int hi) {
        checkForComodification();
        int i = index;
        char c = owner.get(i);
        index = i + 1;
        if (codePoints && Character.isHighSurrogate(c) && i + 1 < hi) {
            char low = owner.get(i + 1);
            if (Character.isLowSurrogate(low)) {
                index = i + 2;
                return Character.toCodePoint(c, low);
            }
        }
        return c;
    }

    @Override
    public boolean tryAdvance(IntConsumer action) {
        Objects.requireNonNull(action);
        int hi = fence();
        if (index >= hi) {
            checkForComodification();
            return false;
        }
        action.accept(next(hi));
        return true;
    }

    @Override
    public void forEachRemaining(IntConsumer action) {
        Objects.requireNonNull(action);
        int hi = fence();
        while (index < hi) {
            // next() checks before every read: the action may write the string.
            action.accept(next(hi));
        }
        checkForComodification();
    }

    @Override
    public Spliterator.OfInt trySplit() {
        if (codePoints) {
            return null;
        }
        int hi = fence();
        int lo = index;
        int mid = (lo + hi) >>> 1;
        if (lo >= mid) {
            return null;
        }
        index = mid;
        return new CowStringSpliterator(owner, false, lo, mid, expectedModCount);
    }

    @Override
    public long estimateSize() {
        return fence() - index;
    }

    @Override
    public int characteristics() {
        return codePoints ? ORDERED : ORDERED | SIZED | SUBSIZED;
    }
}
