package io.holstein;

import java.util.Collection;
import java.util.Set;

/**
 * An immutable set whose "writes" return new versions: each version method returns a set that
 * shares all untouched structure with this one, and this set stays valid and unchanged.
 *
 * <pre>{@code
 * PersistentSet<String> s1 = PersistentHashSet.of("a");
 * PersistentSet<String> s2 = s1.union(List.of("b", "c")); // [a, b, c]; s1 is still [a]
 * }</pre>
 *
 * <p>A version method that changes nothing returns {@code this}.
 *
 * <p>The {@code Set} mutators ({@code add}, {@code remove}, ...) throw {@link
 * UnsupportedOperationException} and leave the set unchanged. Implementations state the cost of
 * each method; {@link io.holstein.map.PersistentHashSet} is the default one.
 *
 * @param <E> the type of elements
 */
public interface PersistentSet<E> extends Set<E> {

    /**
     * Returns this set with {@code e} added; {@code this} if it is already present.
     *
     * @param e the element to add
     * @return the new version
     */
    PersistentSet<E> with(E e);

    /**
     * Returns this set without {@code e}; {@code this} if it is absent.
     *
     * @param e the element to remove
     * @return the new version
     */
    PersistentSet<E> without(Object e);

    /**
     * Returns the elements of this set and of {@code other}.
     *
     * @param other the elements to add
     * @return the new version; {@code this} if it holds every element of {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    PersistentSet<E> union(Collection<? extends E> other);

    /**
     * Returns the elements of this set that {@code other} contains, as {@code other.contains}
     * decides.
     *
     * @param other the elements to keep
     * @return the new version; {@code this} if every element is kept
     * @throws NullPointerException if {@code other} is null
     */
    PersistentSet<E> intersection(Collection<?> other);

    /**
     * Returns the elements of this set that {@code other} does not contain, as {@code
     * other.contains} decides.
     *
     * @param other the elements to remove
     * @return the new version; {@code this} if none is removed
     * @throws NullPointerException if {@code other} is null
     */
    PersistentSet<E> difference(Collection<?> other);
}
