package io.holstein.jmh;

/**
 * The values of the {@code text} parameter of the string and rope benchmarks, defined once for the
 * benchmarks and the report: which storage the text needs. Each group's fixtures say what its text
 * holds.
 */
public final class TextKinds {

    /** Every char is Latin-1, so the text is stored one byte per char. */
    public static final String LATIN1 = "latin1";

    /** Some chars lie above U+00FF, so the text is stored two bytes per char. */
    public static final String UTF16 = "utf16";

    private TextKinds() {}
}
