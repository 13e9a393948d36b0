package io.holstein.jackson;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one Holstein type is read: a fresh builder, the content put into it in document order, then
 * the finished value. Reading n elements or entries is one builder pass, O(n) for the persistent
 * types, with no intermediate {@code java.util} collection.
 *
 * @param <B> the builder type
 */
abstract class BuilderKind<B> {

    private final Supplier<B> newBuilder;
    private final Function<B, ?> build;
    private final boolean nullsAllowed;

    /**
     * @param nullsAllowed whether the type holds {@code null} elements (maps: keys and values); if
     *     not, a {@code null} is reported as Jackson's {@code InvalidNullException}
     */
    BuilderKind(Supplier<B> newBuilder, Function<B, ?> build, boolean nullsAllowed) {
        this.newBuilder = newBuilder;
        this.build = build;
        this.nullsAllowed = nullsAllowed;
    }

    final B newBuilder() {
        return newBuilder.get();
    }

    final Object build(B builder) {
        return build.apply(builder);
    }

    final boolean nullsAllowed() {
        return nullsAllowed;
    }

    /** The value read from an empty array or object. */
    final Object empty() {
        return build(newBuilder());
    }
}
