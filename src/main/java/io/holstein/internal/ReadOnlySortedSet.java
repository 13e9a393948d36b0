package io.holstein.internal;

/**
 * The base of Holstein's immutable sorted sets: the refused mutators of {@link ReadOnlySet} and
 * those {@link java.util.NavigableSet} and the JDK 21 sequenced collections add ({@code pollFirst},
 * {@code pollLast}, {@code addFirst}, {@code addLast}, {@code removeFirst}, {@code removeLast}).
 * The sequenced ones are plain methods here, so that they compile for Java 17 and override the
 * interface defaults on Java 21 and later.
 *
 * <p>Not API: this package is not exported.
 *
 * @param <E> the type of elements
 */
public abstract class ReadOnlySortedSet<E> extends ReadOnlySet<E> {

    /** For subclasses. */
    protected ReadOnlySortedSet() {}

    /**
     * Guaranteed to throw an exception and leave the set unmodified.
     *
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    public final E pollFirst() {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the set unmodified.
     *
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    public final E pollLast() {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the set unmodified.
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
     * Guaranteed to throw an exception and leave the set unmodified.
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
     * Guaranteed to throw an exception and leave the set unmodified.
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
     * Guaranteed to throw an exception and leave the set unmodified.
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
