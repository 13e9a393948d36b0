package io.holstein.jmh;

/**
 * The values of the {@code keys} parameter of the map benchmarks, defined once for the benchmarks
 * and the report.
 */
public final class KeyTypes {

    /** Boxed {@code int} keys: cheap to compare, one object per key. */
    public static final String INTEGER = "Integer";

    /** The same numbers as decimal {@code String}s: dearer to compare and hash. */
    public static final String STRING = "String";

    private KeyTypes() {}
}
