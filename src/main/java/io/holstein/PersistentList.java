package io.holstein;

import java.util.List;

/**
 * An immutable list whose "writes" return new versions: each version method returns a list that
 * shares all untouched structure with this one, and this list stays valid and unchanged.
 *
 * <pre>{@code
 * PersistentList<String> v1 = PersistentVector.of("a", "b");
 * PersistentList<String> v2 = v1.append("c").removeAt(0); // [b, c]; v1 is still [a, b]
 * }</pre>
 *
 * <p>A version method that changes nothing returns {@code this}.
 *
 * <p>The {@code List} mutators ({@code add}, {@code set}, {@code remove}, ...) throw {@link
 * UnsupportedOperationException} and leave the list unchanged. Implementations state the cost of
 * each method; {@link io.holstein.list.PersistentVector} is the default one.
 *
 * @param <E> the type of elements
 */
public interface PersistentList<E> extends List<E> {

    /**
     * Returns this list with {@code e} added at the end.
     *
     * @param e the element to add
     * @return the new version
     * @throws IllegalStateException if the list already holds {@code Integer.MAX_VALUE} elements
     */
    PersistentList<E> append(E e);

    /**
     * Returns this list with {@code e} added at the front.
     *
     * @param e the element to add
     * @return the new version
     * @throws IllegalStateException if the list already holds {@code Integer.MAX_VALUE} elements
     */
    PersistentList<E> prepend(E e);

    /**
     * Returns this list with the element at {@code index} replaced by {@code e}; {@code this} if
     * that element is {@code ==} to {@code e}.
     *
     * @param index the position to replace
     * @param e the new element
     * @return the new version
     * @throws IndexOutOfBoundsException if {@code index < 0 || index >= size()}
     */
    PersistentList<E> with(int index, E e);

    /**
     * Returns this list with {@code e} inserted at {@code index}, the elements from {@code index}
     * on moved one place up.
     *
     * @param index the position of the new element, from 0 to {@code size()}
     * @param e the element to insert
     * @return the new version
     * @throws IndexOutOfBoundsException if {@code index < 0 || index > size()}
     * @throws IllegalStateException if the list already holds {@code Integer.MAX_VALUE} elements
     */
    PersistentList<E> insert(int index, E e);

    /**
     * Returns this list without the element at {@code index}.
     *
     * @param index the position to remove
     * @return the new version
     * @throws IndexOutOfBoundsException if {@code index < 0 || index >= size()}
     */
    PersistentList<E> removeAt(int index);

    /**
     * Returns this list with every element of {@code elements} added at the end, in iteration
     * order; {@code this} if there is none.
     *
     * @param elements the elements to add
     * @return the new version
     * @throws NullPointerException if {@code elements} is null
     * @throws IllegalStateException if the result would hold more than {@code Integer.MAX_VALUE}
     *     elements; this list is left as it is
     */
    PersistentList<E> appendAll(Iterable<? extends E> elements);

    /**
     * Returns this list followed by {@code other}.
     *
     * @param other the list to append
     * @return the new version
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalStateException if the result would hold more than {@code Integer.MAX_VALUE}
     *     elements
     */
    PersistentList<E> concat(PersistentList<? extends E> other);

    /**
     * Returns the elements from {@code from} (inclusive) to {@code to} (exclusive) as a list of
     * their own; {@code this} if the range is the whole list.
     *
     * @param from the first index, inclusive
     * @param to the last index, exclusive
     * @return the new version
     * @throws IndexOutOfBoundsException if {@code from < 0 || to > size() || from > to}
     */
    PersistentList<E> slice(int from, int to);

    /**
     * Returns the first {@code n} elements, as {@link #slice slice(0, n)}.
     *
     * @param n how many elements to keep
     * @return the new version
     * @throws IndexOutOfBoundsException if {@code n < 0 || n > size()}
     */
    PersistentList<E> take(int n);

    /**
     * Returns this list without its first {@code n} elements, as {@link #slice slice(n, size())}.
     *
     * @param n how many elements to drop
     * @return the new version
     * @throws IndexOutOfBoundsException if {@code n < 0 || n > size()}
     */
    PersistentList<E> drop(int n);

    /**
     * Returns the elements from {@code from} (inclusive) to {@code to} (exclusive) as a persistent
     * list: {@link #slice} with the exceptions of {@link List#subList}.
     *
     * @throws IndexOutOfBoundsException if {@code from < 0 || to > size()}
     * @throws IllegalArgumentException if {@code from > to}
     */
    @Override
    PersistentList<E> subList(int from, int to);
}
