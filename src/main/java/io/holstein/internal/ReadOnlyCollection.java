package io.holstein.internal;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * The base of Holstein's immutable collections and of their views: every {@link Collection} mutator
 * is {@code final}, {@link Deprecated} so that a compiler or IDE warns its caller, and guaranteed
 * to throw {@link UnsupportedOperationException} and leave the collection unmodified, whatever its
 * argument, as the JDK's unmodifiable collections and Guava's immutable ones do.
 *
 * <p>Not API: this package is not exported, and subclasses name their own contracts.
 *
 * @param <E> the type of elements
 */
public abstract class ReadOnlyCollection<E> extends AbstractCollection<E> {

    /** For subclasses. */
    protected ReadOnlyCollection() {}

    /**
     * The exception every refused mutator of Holstein's immutable types throws.
     *
     * @return a new exception with the one message all refusals share
     */
    public static UnsupportedOperationException refused() {
        return new UnsupportedOperationException(
                "immutable collection: use the methods that return a new version");
    }

    /**
     * Guaranteed to throw an exception and leave the collection unmodified.
     *
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final boolean add(E e) {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the collection unmodified.
     *
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final boolean addAll(Collection<? extends E> c) {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the collection unmodified.
     *
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final boolean remove(Object o) {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the collection unmodified.
     *
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final boolean removeAll(Collection<?> c) {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the collection unmodified.
     *
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final boolean retainAll(Collection<?> c) {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the collection unmodified.
     *
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final boolean removeIf(Predicate<? super E> filter) {
        throw refused();
    }

    /**
     * Guaranteed to throw an exception and leave the collection unmodified.
     *
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final void clear() {
        throw refused();
    }
}
