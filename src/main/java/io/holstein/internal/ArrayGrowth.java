package io.holstein.internal;

/**
 * The length to grow an array to, for every growable container of the library: the container's
 * policy proposes a length (1.5 times the old one for a list, twice plus two for a string, as
 * {@code ArrayList} and {@code StringBuilder} grow), and this class keeps it within what the JVM
 * can allocate, the way the JDK's own growable arrays do.
 *
 * <p>Lengths count elements. An element may take more than one array slot (a UTF-16 char stored in
 * a {@code byte[]} takes two); {@code elementShift} is the log2 of the slots per element, and the
 * limits below are divided by {@code 1 << elementShift}.
 *
 * <ul>
 *   <li>The preferred length is taken while it does not pass {@link #SOFT_MAX_ARRAY_LENGTH}.
 *   <li>Past that, the result is the larger of the required length and the soft maximum: a request
 *       the JVM may still satisfy is tried rather than refused.
 *   <li>A required length that is negative (the {@code int} sum that produced it overflowed) or
 *       whose slots would pass {@code Integer.MAX_VALUE} throws {@link OutOfMemoryError}, as the
 *       JDK's containers do, before anything is allocated.
 * </ul>
 */
public final class ArrayGrowth {

    /**
     * The largest array length every JVM allocates: some reserve header words in the array, so that
     * requests up to {@code Integer.MAX_VALUE} may fail even with memory to spare.
     */
    public static final int SOFT_MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private ArrayGrowth() {}

    /**
     * Returns the length to grow an array of elements to. O(1).
     *
     * @param minLength the elements the array must hold; negative if their count overflowed
     * @param preferredLength the length the container's growth policy proposes
     * @return a length of at least {@code minLength}: {@code preferredLength} if that is within
     *     {@link #SOFT_MAX_ARRAY_LENGTH}, else the larger of {@code minLength} and that maximum
     * @throws OutOfMemoryError if {@code minLength} is negative
     */
    public static int grownLength(int minLength, long preferredLength) {
        return grownLength(minLength, preferredLength, 0);
    }

    /**
     * Returns the length to grow an array to, in elements of {@code 1 << elementShift} slots each.
     * O(1).
     *
     * @param minLength the elements the array must hold; negative if their count overflowed
     * @param preferredLength the length the container's growth policy proposes
     * @param elementShift the log2 of the array slots one element takes
     * @return a length of at least {@code minLength}: {@code preferredLength} if its slots are
     *     within {@link #SOFT_MAX_ARRAY_LENGTH}, else the larger of {@code minLength} and that
     *     maximum in elements
     * @throws OutOfMemoryError if {@code minLength} is negative or its slots would pass {@code
     *     Integer.MAX_VALUE}
     */
    public static int grownLength(int minLength, long preferredLength, int elementShift) {
        int hardMax = Integer.MAX_VALUE >> elementShift;
        if (minLength < 0 || minLength > hardMax) {
            throw new OutOfMemoryError(
                    "Required array length "
                            + Integer.toUnsignedLong(minLength)
                            + " exceeds the implementation limit of "
                            + hardMax);
        }
        int softMax = SOFT_MAX_ARRAY_LENGTH >> elementShift;
        long length = Math.max(minLength, preferredLength);
        return length <= softMax ? (int) length : Math.max(minLength, softMax);
    }
}
