package io.holstein.jackson;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one map type is read from a JSON object: each entry is put into the builder in document
 * order, so a repeated key's last value wins, as with {@code HashMap.put}.
 *
 * @param <B> the builder type
 */
final class MapKind<B> extends BuilderKind<B> {

    /** One entry into a builder. */
    @FunctionalInterface
    interface Put<B> {
        void put(B builder, Object key, Object value);
    }

    private final Put<B> put;

    private MapKind(
            Supplier<B> newBuilder, Put<B> put, Function<B, ?> build, boolean nullsAllowed) {
        super(newBuilder, build, nullsAllowed);
        this.put = put;
    }

    /** A row of {@link HolsteinTypes}; see {@link BuilderKind} for {@code nullsAllowed}. */
    static <B> MapKind<B> of(
            Supplier<B> newBuilder, Put<B> put, Function<B, ?> build, boolean nullsAllowed) {
        return new MapKind<>(newBuilder, put, build, nullsAllowed);
    }

    void put(B builder, Object key, Object value) {
        put.put(builder, key, value);
    }
}
