package io.holstein.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The base of Holstein's immutable lists: the refused mutators of {@link ReadOnlyCollection} and
 * those {@link List} and the JDK 21 sequenced collections add ({@code addFirst}, {@code addLast},
 * {@code removeFirst}, {@code removeLast}: plain methods here, so that they compile for Java 17 and
 * override the interface defaults on Java 21 and later), each {@code final}, {@link Deprecated} and
 * guaranteed to throw {@link UnsupportedOperationException}.
 *
 * <p>Subclasses must implement {@code equals} and {@code hashCode} as {@link List} specifies.
 *
 * <p>Not API: this package is not exported.
 *
 * @param <E> the type of elements
 */
public abstract class ReadOnlyList<E> extends ReadOnlyCollection<E> implements List<E> {

    /** For subclasses. */
    protected ReadOnlyList() {}

    /** Compares as {@link List#equals} specifies. */
    @Override
    public abstract boolean equals(Object o);

    /** Hashes as {@link List#hashCode} specifies. */
    @Override
    public abstract int hashCode();

    /**
     * Guaranteed to throw an exception and leave the list unmodified.
     *
     * @param index ignored
     * @param e ignored
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final void add(int index, E e) {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the list unmodified.
     *
     * @param index ignored
     * @param c ignored
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final boolean addAll(int index, Collection<? extends E> c) {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the list unmodified.
     *
     * @param index ignored
     * @param e ignored
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final E set(int index, E e) {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the list unmodified.
     *
     * @param index ignored
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final E remove(int index) {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the list unmodified.
     *
     * @param operator ignored
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final void replaceAll(UnaryOperator<E> operator) {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the list unmodified.
     *
     * @param c ignored
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final void sort(Comparator<? super E> c) {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the list unmodified.
     *
     * @param e ignored
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    public final void addFirst(E e) {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the list unmodified.
     *
     * @param e ignored
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    public final void addLast(E e) {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the list unmodified.
     *
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    public final E removeFirst() {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the list unmodified.
     *
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    public final E removeLast() {
        throw refused();
    }
}
