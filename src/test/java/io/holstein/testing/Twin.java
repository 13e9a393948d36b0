package io.holstein.testing;

import java.util.function.Function;

/**
 * A value on the Holstein side and its counterpart on the model side: a container and its model, an
 * iterator or view of each taken at the same moment, or the callbacks each side calls.
 *
 * @param holstein the Holstein side's value
 * @param model the model side's value
 * @param <T> a type both sides share
 */
public record Twin<T>(T holstein, T model) {

    /** Makes each side's value with {@code make}, the Holstein side's first. */
    public static <T> Twin<T> bySide(Function<Side, ? extends T> make) {
        T holstein = make.apply(Side.HOLSTEIN);
        return new Twin<>(holstein, make.apply(Side.MODEL));
    }

    /** The value of {@code side}. */
    public T of(Side side) {
        return side == Side.HOLSTEIN ? holstein : model;
    }
}
