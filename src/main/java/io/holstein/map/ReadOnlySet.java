package io.holstein.map;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * A set whose every mutator throws {@link UnsupportedOperationException}, whatever the argument, as
 * the JDK's unmodifiable collections do: the base of the persistent set and of the persistent map's
 * key and entry views.
 *
 * @param <E> the type of elements
 */
abstract class ReadOnlySet<E> extends AbstractSet<E> {

    static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException(
                "immutable: use the methods that return a new version");
    }

    @Override
    public final boolean add(E e) {
        throw readOnly();
    }

    @Override
    public final boolean addAll(Collection<? extends E> c) {
        throw readOnly();
    }

    @Override
    public final boolean remove(Object o) {
        throw readOnly();
    }

    @Override
    public final boolean removeAll(Collection<?> c) {
        throw readOnly();
    }

    @Override
    public final boolean retainAll(Collection<?> c) {
        throw readOnly();
    }

    @Override
    public final boolean removeIf(Predicate<? super E> filter) {
        throw readOnly();
    }

    @Override
    public final void clear() {
        throw readOnly();
    }
}
