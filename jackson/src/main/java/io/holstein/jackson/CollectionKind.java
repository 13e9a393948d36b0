package io.holstein.jackson;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one collection type is read from a JSON array: each element is added to the builder in order.
 *
 * @param <B> the builder type
 */
final class CollectionKind<B> extends BuilderKind<B> {

    private final BiConsumer<B, Object> add;

    private CollectionKind(
            Supplier<B> newBuilder,
            BiConsumer<B, Object> add,
            Function<B, ?> build,
            boolean nullsAllowed) {
        super(newBuilder, build, nullsAllowed);
        this.add = add;
    }

    /** A row of {@link HolsteinTypes}; see {@link BuilderKind} for {@code nullsAllowed}. */
    static <B> CollectionKind<B> of(
            Supplier<B> newBuilder,
            BiConsumer<B, Object> add,
            Function<B, ?> build,
            boolean nullsAllowed) {
        return new CollectionKind<>(newBuilder, add, build, nullsAllowed);
    }

    void add(B builder, Object element) {
        add.accept(builder, element);
    }
}
