package io.holstein.internal;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.Comparator;

/**
 * The keys a range view of a sorted map or set may hold: an optional low and high bound, each
 * inclusive or not, in the backing map's order, and the direction in which the view reads them. The
 * checks are {@code TreeMap}'s: a bound is compared with itself when the range is made (the null
 * and type check of the order) and two bounds with each other; a view's narrower range must lie
 * inside its own ("fromKey out of range"); a key outside the range is refused by the view's writes
 * and absent to its reads.
 *
 * <p>Orders are passed as {@code Comparator<Object>}, null meaning the keys' natural order. Not
 * API: this package is not exported.
 */
public final class KeyRange implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    /** Every key, read ascending. */
    public static final KeyRange ALL = new KeyRange(false, null, false, false, null, false, false);

    /** Every key, read descending. */
    public static final KeyRange ALL_DESCENDING =
            new KeyRange(false, null, false, false, null, false, true);

    private final boolean hasLo;
    private final Object lo;
    private final boolean loInclusive;
    private final boolean hasHi;
    private final Object hi;
    private final boolean hiInclusive;
    private final boolean descending;

    private KeyRange(
            boolean hasLo,
            Object lo,
            boolean loInclusive,
            boolean hasHi,
            Object hi,
            boolean hiInclusive,
            boolean descending) {
        this.hasLo = hasLo;
        this.lo = lo;
        this.loInclusive = loInclusive;
        this.hasHi = hasHi;
        this.hi = hi;
        this.hiInclusive = hiInclusive;
        this.descending = descending;
    }

    /**
     * A range in {@code order}, checked as {@code TreeMap}'s range views check theirs: two bounds
     * in order, a single bound accepted by the order.
     *
     * @throws IllegalArgumentException if the low bound lies above the high bound
     */
    private static KeyRange checked(
            Comparator<Object> order,
            boolean hasLo,
            Object lo,
            boolean loInclusive,
            boolean hasHi,
            Object hi,
            boolean hiInclusive,
            boolean descending) {
        if (hasLo && hasHi) {
            if (compare(order, lo, hi) > 0) {
                throw new IllegalArgumentException("fromKey > toKey: " + lo + " > " + hi);
            }
        } else if (hasLo) {
            compare(order, lo, lo);
        } else if (hasHi) {
            compare(order, hi, hi);
        }
        return new KeyRange(hasLo, lo, loInclusive, hasHi, hi, hiInclusive, descending);
    }

    /** Compares two keys in {@code order}, null meaning natural order. */
    @SuppressWarnings("unchecked")
    public static int compare(Comparator<Object> order, Object a, Object b) {
        return order == null ? ((Comparable<Object>) a).compareTo(b) : order.compare(a, b);
    }

    /** Whether the range has a low bound (in the backing order). */
    public boolean hasLo() {
        return hasLo;
    }

    /** The low bound; meaningful if {@link #hasLo()}. */
    public Object lo() {
        return lo;
    }

    /** Whether the low bound itself is in the range. */
    public boolean loInclusive() {
        return loInclusive;
    }

    /** Whether the range has a high bound (in the backing order). */
    public boolean hasHi() {
        return hasHi;
    }

    /** The high bound; meaningful if {@link #hasHi()}. */
    public Object hi() {
        return hi;
    }

    /** Whether the high bound itself is in the range. */
    public boolean hiInclusive() {
        return hiInclusive;
    }

    /** Whether a view reads the range backwards. */
    public boolean descending() {
        return descending;
    }

    /** Whether the range holds every key (in either direction). */
    public boolean isAll() {
        return !hasLo && !hasHi;
    }

    /** The order a view of this range reports: {@code order}, or its reverse when descending. */
    public Comparator<Object> viewOrder(Comparator<Object> order) {
        return descending ? Collections.reverseOrder(order) : order;
    }

    /** Whether {@code key} lies below the range. */
    public boolean tooLow(Comparator<Object> order, Object key) {
        if (!hasLo) {
            return false;
        }
        int c = compare(order, key, lo);
        return c < 0 || (c == 0 && !loInclusive);
    }

    /** Whether {@code key} lies above the range. */
    public boolean tooHigh(Comparator<Object> order, Object key) {
        if (!hasHi) {
            return false;
        }
        int c = compare(order, key, hi);
        return c > 0 || (c == 0 && !hiInclusive);
    }

    /** Whether {@code key} lies in the range. */
    public boolean contains(Comparator<Object> order, Object key) {
        return !tooLow(order, key) && !tooHigh(order, key);
    }

    /**
     * Whether {@code key} may bound a narrower range: in the range if {@code inclusive}, else in
     * the range closed at both ends, as {@code TreeMap}'s views allow.
     */
    private boolean admits(Comparator<Object> order, Object key, boolean inclusive) {
        if (inclusive) {
            return contains(order, key);
        }
        return (!hasLo || compare(order, key, lo) >= 0) && (!hasHi || compare(order, hi, key) >= 0);
    }

    /**
     * Checks that {@code key} may be written into a view of this range.
     *
     * @throws IllegalArgumentException if it lies outside, as {@code TreeMap}'s views throw
     */
    public void requireContains(Comparator<Object> order, Object key) {
        if (!contains(order, key)) {
            throw new IllegalArgumentException("key out of range: " + key);
        }
    }

    /**
     * The range of a view's {@code subMap}/{@code subSet}, its bounds given in the view's order.
     *
     * @throws IllegalArgumentException if a bound lies outside this range or the two are out of
     *     order
     */
    public KeyRange sub(
            Comparator<Object> order,
            Object fromKey,
            boolean fromInclusive,
            Object toKey,
            boolean toInclusive) {
        requireAdmits(order, fromKey, fromInclusive, "fromKey");
        requireAdmits(order, toKey, toInclusive, "toKey");
        return descending
                ? checked(order, true, toKey, toInclusive, true, fromKey, fromInclusive, true)
                : checked(order, true, fromKey, fromInclusive, true, toKey, toInclusive, false);
    }

    /**
     * The range of a view's {@code headMap}/{@code headSet}: the keys before {@code toKey} in the
     * view's order.
     *
     * @throws IllegalArgumentException if {@code toKey} lies outside this range
     */
    public KeyRange head(Comparator<Object> order, Object toKey, boolean inclusive) {
        requireAdmits(order, toKey, inclusive, "toKey");
        return descending
                ? checked(order, true, toKey, inclusive, hasHi, hi, hiInclusive, true)
                : checked(order, hasLo, lo, loInclusive, true, toKey, inclusive, false);
    }

    /**
     * The range of a view's {@code tailMap}/{@code tailSet}: the keys from {@code fromKey} on in
     * the view's order.
     *
     * @throws IllegalArgumentException if {@code fromKey} lies outside this range
     */
    public KeyRange tail(Comparator<Object> order, Object fromKey, boolean inclusive) {
        requireAdmits(order, fromKey, inclusive, "fromKey");
        return descending
                ? checked(order, hasLo, lo, loInclusive, true, fromKey, inclusive, true)
                : checked(order, true, fromKey, inclusive, hasHi, hi, hiInclusive, false);
    }

    /** The same keys read in the other direction. */
    public KeyRange reversed() {
        return new KeyRange(hasLo, lo, loInclusive, hasHi, hi, hiInclusive, !descending);
    }

    private void requireAdmits(
            Comparator<Object> order, Object key, boolean inclusive, String what) {
        if (!admits(order, key, inclusive)) {
            throw new IllegalArgumentException(what + " out of range: " + key);
        }
    }

    /**
     * Checks a range read from a stream against the order of the map it came with, as the range's
     * constructor would have.
     *
     * @throws InvalidObjectException if the bounds are out of order or the order rejects them
     */
    public void validate(Comparator<Object> order) throws InvalidObjectException {
        try {
            checked(order, hasLo, lo, loInclusive, hasHi, hi, hiInclusive, descending);
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            InvalidObjectException invalid = new InvalidObjectException("invalid range: " + e);
            invalid.initCause(e);
            throw invalid;
        }
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (!hasLo && lo != null || !hasHi && hi != null) {
            throw new InvalidObjectException("a bound without its flag");
        }
    }

    /**
     * Makes a range from its parts, for a map that builds ranges itself. Checked as a {@code
     * TreeMap} range is.
     *
     * @throws IllegalArgumentException if the bounds are out of order
     */
    public static KeyRange of(
            Comparator<Object> order,
            boolean hasLo,
            Object lo,
            boolean loInclusive,
            boolean hasHi,
            Object hi,
            boolean hiInclusive) {
        return checked(order, hasLo, lo, loInclusive, hasHi, hi, hiInclusive, false);
    }

    @Override
    public String toString() {
        return (hasLo ? (loInclusive ? "[" : "(") + lo : "(-inf")
                + ", "
                + (hasHi ? hi + (hiInclusive ? "]" : ")") : "+inf)")
                + (descending ? " descending" : "");
    }
}
