package io.holstein.internal;

import java.util.Set;

/**
 * The base of Holstein's immutable sets and of the key and entry sets of its immutable maps: the
 * refused mutators of {@link ReadOnlyCollection}, and {@code equals} and {@code hashCode} as {@link
 * Set} specifies them.
 *
 * <p>Not API: this package is not exported.
 *
 * @param <E> the type of elements
 */
public abstract class ReadOnlySet<E> extends ReadOnlyCollection<E> implements Set<E> {

    /** For subclasses. */
    protected ReadOnlySet() {}

    /**
     * Compares as {@link Set#equals} specifies: {@code o} is a set of the same size whose every
     * element is here. O(n) lookups here; subclasses override it where they know better.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Set<?> other) || other.size() != size()) {
            return false;
        }
        try {
            return containsAll(other);
        } catch (ClassCastException | NullPointerException unlike) {
            return false;
        }
    }

    /** The sum of the elements' hash codes, as {@link Set#hashCode} specifies. O(n). */
    @Override
    public int hashCode() {
        int h = 0;
        for (E e : this) {
            h += e == null ? 0 : e.hashCode();
        }
        return h;
    }
}
