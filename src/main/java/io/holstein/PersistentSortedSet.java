package io.holstein;

import java.util.Collection;
import java.util.NavigableSet;

/**
 * An immutable sorted set whose "writes" return new versions, with the read API of {@link
 * NavigableSet} and positional access by rank.
 *
 * <pre>{@code
 * // names: a PersistentSortedSet<String> in natural order
 * PersistentSortedSet<String> more = names.with("carol"); // names unchanged
 * String first = more.elementAt(0);                     // the least name, by rank
 * PersistentSortedSet<String> early = more.headSet("c"); // a set of its own
 * }</pre>
 *
 * <p>The range methods ({@link #headSet}, {@link #tailSet}, {@link #subSet}) and {@link
 * #descendingSet} return persistent sets of their own, not views: they hold the elements in range
 * and keep no bounds, so a later {@link #with} may add an element outside the original range, as
 * Guava's {@code ImmutableSortedSet} does. The {@code NavigableSet} mutators, {@code pollFirst} and
 * {@code pollLast} included, throw {@link UnsupportedOperationException} and leave the set
 * unchanged. {@code io.holstein.sorted.PersistentTreeSet} is the default implementation.
 *
 * @param <E> the type of elements
 */
public interface PersistentSortedSet<E> extends PersistentSet<E>, NavigableSet<E> {

    @Override
    PersistentSortedSet<E> with(E e);

    @Override
    PersistentSortedSet<E> without(Object e);

    @Override
    PersistentSortedSet<E> union(Collection<? extends E> other);

    @Override
    PersistentSortedSet<E> intersection(Collection<?> other);

    @Override
    PersistentSortedSet<E> difference(Collection<?> other);

    @Override
    PersistentSortedSet<E> headSet(E toElement);

    @Override
    PersistentSortedSet<E> headSet(E toElement, boolean inclusive);

    @Override
    PersistentSortedSet<E> tailSet(E fromElement);

    @Override
    PersistentSortedSet<E> tailSet(E fromElement, boolean inclusive);

    @Override
    PersistentSortedSet<E> subSet(E fromElement, E toElement);

    @Override
    PersistentSortedSet<E> subSet(
            E fromElement, boolean fromInclusive, E toElement, boolean toInclusive);

    @Override
    PersistentSortedSet<E> descendingSet();

    /**
     * Returns the element of rank {@code index}: the {@code index}-th smallest, counting from 0.
     *
     * @param index the rank
     * @return the element
     * @throws IndexOutOfBoundsException if {@code index < 0 || index >= size()}
     */
    E elementAt(int index);

    /**
     * Returns the rank of {@code o}: how many elements are smaller. If {@code o} is absent, returns
     * {@code -(insertion point) - 1}, as {@link java.util.Collections#binarySearch} does, so the
     * result is non-negative exactly when {@code o} is present.
     *
     * @param o the element to look for
     * @return its rank, or {@code -(insertion point) - 1}
     * @throws ClassCastException if {@code o} cannot be compared with the elements
     * @throws NullPointerException if {@code o} is null and the ordering does not permit nulls
     */
    int indexOf(Object o);
}
