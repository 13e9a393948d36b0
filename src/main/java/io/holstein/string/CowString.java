package io.holstein.string;

import static io.holstein.string.CompactChars.LATIN1;
import static io.holstein.string.CompactChars.LATIN1_MAX;
import static io.holstein.string.CompactChars.UTF16;

import io.holstein.Forkable;
import io.holstein.internal.ArrayGrowth;
import io.holstein.internal.RefCount;
import io.holstein.internal.SerialText;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

/**
 * A mutable sequence of characters with the methods of {@link StringBuilder} and their behaviour,
 * whose {@link #fork()} returns an independent copy in constant time and whose {@link #slice(int,
 * int)} returns a sub-sequence in constant time, both by sharing the storage until one side writes.
 *
 * <pre>{@code
 * CowString text = new CowString("Hello");
 * CowString copy = text.fork();     // O(1): both strings share one buffer
 * copy.append(", world");           // the first write copies: text stays "Hello"
 * CowString middle = text.slice(1, 4); // "ell", O(1), sharing text's buffer
 * }</pre>
 *
 * <p><b>Costs.</b> {@code length}, {@code charAt}, {@code setCharAt} (unshared), {@code capacity}
 * and {@code isShared} run in constant time; {@code append} runs in amortized constant time per
 * appended char. Inserting, deleting or replacing at index {@code i} costs O(length - i),
 * searching, {@code reverse}, {@code toString}, {@code substring} and {@code hashCode} (once per
 * change) cost O(n), as for {@code StringBuilder}. {@link #fork()} and {@link #slice(int, int)} are
 * O(1) and allocate only the new object. The first write to a string whose storage is shared costs
 * one O(n) copy of its chars (a structural write folds its shift into that copy); every later write
 * is in place again. Truncating ({@code setLength} to a smaller length, {@code delete} of a suffix)
 * never copies.
 *
 * <p><b>Compact storage.</b> While every char is at most {@code U+00FF} (Latin-1) the chars are
 * stored one byte each, as {@code java.lang.String} stores them; the first write of a larger char
 * widens the storage to two bytes per char, keeping the capacity. {@link #trimToSize()} narrows it
 * back when the text is Latin-1 again.
 *
 * <p><b>Guarantees.</b>
 *
 * <ul>
 *   <li>Mutable; behaves as {@code StringBuilder} for every method the two share, with the same
 *       results and the same exception types, except {@code equals} and {@code hashCode}. Capacity
 *       grows as JDK 17's {@code StringBuilder} grows.
 *   <li>{@code equals} is content equality with other {@code CowString}s only, never with a {@code
 *       String}, a {@code StringBuilder} or another {@code CharSequence} (use {@link
 *       #contentEquals(CharSequence)} for those); {@code hashCode} equals {@code
 *       toString().hashCode()}, cached until the next write. <b>A {@code CowString} is a mutable
 *       key:</b> one changed while it is a key of a hash or sorted collection, or an element of a
 *       set, is lost there, as with any mutable key. Key a map by {@code toString()}, or by a fork
 *       that nobody writes.
 *   <li>After {@code y = x.fork()} or {@code y = x.slice(from, to)}, no write to {@code x} shows in
 *       {@code y} and no write to {@code y} shows in {@code x}.
 *   <li>{@link #chars()} and {@link #codePoints()} are late-binding and fail-fast: they read this
 *       string's current storage on every char and throw {@link ConcurrentModificationException} if
 *       the string is written while they run. {@code StringBuilder}'s streams instead read the
 *       array they found at the terminal operation; here that array could be written in place by a
 *       fork after this string moved away from it, so it is never kept. {@code fork()}, {@code
 *       slice()} and the copy made by a first write do not count as writes.
 *   <li>Not synchronized: one instance must not be written concurrently with any other access to
 *       it. {@code fork()} and {@code slice()} count as reads, so several threads may fork an
 *       instance that nobody writes. Distinct strings that share storage may be used from different
 *       threads with no synchronization once each was safely published: the shared count is atomic.
 *   <li>A slice keeps its parent's whole buffer alive while it shares it, so a small slice of a
 *       large text holds the whole text. That is the price of O(1) slices; {@link #trimToSize()}
 *       lets the parent's buffer go by copying the slice's chars into a buffer of their own.
 *   <li>Serializable: the chars are written as primitive data; sharing and spare capacity are not
 *       preserved (a deserialized string holds exactly its chars, in a buffer of its own).
 * </ul>
 */
public final class CowString
        implements CharSequence,
                Appendable,
                Comparable<CowString>,
                Forkable<CowString>,
                Serializable {

    /*
     * Implementation notes.
     *
     * Layout: `value` is the buffer and `coder` says how its chars are stored, one byte or two
     * each (CompactChars holds that layout, every operation on it and the reason for it). This
     * string's chars are value's chars [offset, offset + count); it may write [offset, offset +
     * capacity) once it holds the buffer alone. A fork copies all five fields; a slice narrows
     * offset and count and sets its capacity to its length, so a slice never writes past its
     * own window even when it has become the buffer's only holder. Capacity counts chars and
     * grows as StringBuilder's does (ArrayGrowth keeps it within the array limit, counted in
     * bytes for UTF-16).
     *
     * Sharing: `shares` is the RefCount of `value` (see io.holstein.internal.RefCount for the
     * protocol and its memory-ordering argument). Every write goes through splice() or
     * ensureWritable(), which move this string to a private buffer when the count says shared;
     * the move copies only this string's window, shifted as the write needs, so a first write
     * copies once. Holders of one buffer may see different windows of it (slices), which is
     * safe because a buffer is written only by its single holder.
     *
     * No leaked reads: the spliterators behind chars() and codePoints() hold this string, not
     * its buffer, and check modCount before every char (fail-fast). A spliterator that kept the
     * buffer could read it after this string moved to a copy and a fork, now the buffer's only
     * holder, wrote it in place.
     *
     * The hash is cached in `hash` (0: not known) with `hashIsZero` for texts whose hash is 0,
     * as java.lang.String does; every write clears both.
     */

    @Serial private static final long serialVersionUID = 1L;

    /** The capacity of {@code new CowString()}, and what the text constructors add. */
    private static final int DEFAULT_CAPACITY = 16;

    /** The buffer; this string's chars are [offset, offset + count) in units of 1 << coder. */
    transient byte[] value;

    /** {@link CompactChars#LATIN1} or {@link CompactChars#UTF16}. */
    transient byte coder;

    /** The index, in chars, of this string's first char in {@link #value}. */
    transient int offset;

    /** The length. */
    transient int count;

    /** The chars this string may use from offset on once it holds the buffer alone. */
    private transient int capacity;

    /** The count of strings holding {@link #value}. */
    private transient RefCount shares;

    /** Cached hash code; 0 until computed. */
    private transient int hash;

    /** Whether the cached hash code is known to be 0. */
    private transient boolean hashIsZero;

    /** Counts writes, for the fail-fast streams. */
    transient int modCount;

    /**
     * Creates an empty string with a capacity of 16 chars, as {@code new StringBuilder()}. O(1).
     */
    public CowString() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * Creates an empty string with the given capacity. O(capacity).
     *
     * @param capacity the initial capacity, in chars
     * @throws NegativeArraySizeException if {@code capacity} is negative, as {@code StringBuilder}
     *     throws
     */
    public CowString(int capacity) {
        if (capacity < 0) {
            throw new NegativeArraySizeException("Negative capacity: " + capacity);
        }
        this.value = new byte[capacity];
        this.capacity = capacity;
        this.shares = new RefCount();
    }

    /**
     * Creates a string holding the chars of {@code str}, with a capacity of its length plus 16.
     * O(n).
     *
     * @param str the initial contents
     * @throws NullPointerException if {@code str} is null
     */
    public CowString(String str) {
        this(initialCapacity(str.length()));
        append(str);
    }

    /**
     * Creates a string holding the chars of {@code seq}, with a capacity of its length plus 16.
     * O(n); never shares, even with a {@code CowString} (use {@link #fork()} for that).
     *
     * @param seq the initial contents
     * @throws NullPointerException if {@code seq} is null
     */
    public CowString(CharSequence seq) {
        this(initialCapacity(seq.length()));
        append(seq);
    }

    private CowString(
            byte[] value, byte coder, int offset, int count, int capacity, RefCount shares) {
        this.value = value;
        this.coder = coder;
        this.offset = offset;
        this.count = count;
        this.capacity = capacity;
        this.shares = shares;
    }

    private static int initialCapacity(int length) {
        return length < Integer.MAX_VALUE - DEFAULT_CAPACITY
                ? length + DEFAULT_CAPACITY
                : Integer.MAX_VALUE;
    }

    // ------------------------------------------------------------------ sharing

    /**
     * Returns an independent string with the same chars and capacity, sharing this string's buffer
     * until either string writes. O(1): increments the shared count and allocates the new object.
     * Not a write: streams of this string stay valid.
     *
     * @return a new string equal to this one
     */
    @Override
    public CowString fork() {
        RefCount count = shares;
        count.retain();
        CowString f = new CowString(value, coder, offset, this.count, capacity, count);
        f.hash = hash;
        f.hashIsZero = hashIsZero;
        return f;
    }

    /**
     * Returns a string holding chars [{@code from}, {@code to}) of this one, sharing this string's
     * buffer until either string writes. O(1). The slice's capacity is its length. While it shares,
     * the slice keeps this string's whole buffer alive; its {@link #trimToSize()} copies its chars
     * out and lets the buffer go (see the class comment for the trade-off).
     *
     * @param from the first index, inclusive
     * @param to the last index, exclusive
     * @return a new string equal to {@code substring(from, to)}
     * @throws IndexOutOfBoundsException if {@code from < 0}, {@code to > length()} or {@code from >
     *     to}
     */
    public CowString slice(int from, int to) {
        Objects.checkFromToIndex(from, to, count);
        RefCount count = shares;
        count.retain();
        return new CowString(value, coder, offset + from, to - from, to - from, count);
    }

    /**
     * Tells whether the next write to this string will copy its buffer first: true while another
     * string may read the buffer. Conservative: a fork or slice dropped without writing keeps it
     * true until this string's next write. O(1); a hint for tests and diagnostics.
     *
     * @return {@code true} if this string's storage may be shared
     */
    public boolean isShared() {
        return shares.isShared();
    }

    // ------------------------------------------------------------------ storage

    /**
     * Makes the storage private, at least {@code minCapacity} chars from offset 0 or in place, and
     * two bytes per char if {@code wide}; keeps the contents.
     */
    private void ensureWritable(int minCapacity, boolean wide) {
        byte newCoder = wide ? UTF16 : coder;
        if (minCapacity <= capacity && newCoder == coder && !shares.isShared()) {
            return;
        }
        int newCapacity = minCapacity > capacity ? grownCapacity(minCapacity, newCoder) : capacity;
        byte[] fresh = CompactChars.newBuffer(newCapacity, newCoder);
        CompactChars.copy(value, coder, offset, fresh, newCoder, 0, count);
        adopt(fresh, newCoder, newCapacity);
    }

    /**
     * Replaces chars [from, to) by a gap of {@code n} chars that the caller fills, moving the chars
     * from {@code to} on; copies into a private buffer first (once, shift included) when the
     * storage is shared, too small, or narrower than {@code wide} asks. Counts as a write.
     */
    private void splice(int from, int to, int n, boolean wide) {
        int c = count;
        long newCountL = (long) c - (to - from) + n;
        if (newCountL > Integer.MAX_VALUE) {
            throw new OutOfMemoryError(
                    "Required length " + newCountL + " exceeds the implementation limit");
        }
        int newCount = (int) newCountL;
        byte newCoder = wide ? UTF16 : coder;
        if (newCount <= capacity && newCoder == coder && !shares.isShared()) {
            if (to < c && n != to - from) {
                CompactChars.copy(
                        value, coder, offset + to, value, coder, offset + from + n, c - to);
            }
        } else {
            int newCapacity = newCount > capacity ? grownCapacity(newCount, newCoder) : capacity;
            byte[] fresh = CompactChars.newBuffer(newCapacity, newCoder);
            CompactChars.copy(value, coder, offset, fresh, newCoder, 0, from);
            CompactChars.copy(value, coder, offset + to, fresh, newCoder, from + n, c - to);
            adopt(fresh, newCoder, newCapacity);
        }
        count = newCount;
        touch();
    }

    /** Widens private Latin-1 storage to two bytes per char, keeping the capacity. */
    private void widen() {
        byte[] fresh = CompactChars.newBuffer(capacity, UTF16);
        CompactChars.copy(value, LATIN1, offset, fresh, UTF16, 0, count);
        adopt(fresh, UTF16, capacity);
    }

    /**
     * Moves this string to {@code fresh}, a buffer no other string can see, holding its chars from
     * index 0, and uncounts it from its old buffer.
     */
    private void adopt(byte[] fresh, byte newCoder, int newCapacity) {
        value = fresh;
        coder = newCoder;
        offset = 0;
        capacity = newCapacity;
        shares = shares.moveToCopy();
    }

    /** Records a write: clears the cached hash and invalidates running streams. */
    private void touch() {
        hash = 0;
        hashIsZero = false;
        modCount++;
    }

    /**
     * The capacity to grow to for at least {@code minCapacity} chars in {@code newCoder}: twice the
     * current one plus two, as {@code StringBuilder} grows.
     */
    private int grownCapacity(int minCapacity, byte newCoder) {
        return ArrayGrowth.grownLength(minCapacity, 2L * capacity + 2, newCoder);
    }

    /** The char at {@code index}, unchecked. */
    char get(int index) {
        return CompactChars.charAt(value, coder, offset + index);
    }

    /** Writes {@code c} at {@code index}; the storage is private and wide enough for it. */
    private void put(int index, char c) {
        CompactChars.putChar(value, coder, offset + index, c);
    }

    /**
     * Fills the gap [at, at + (end - start)) with chars [start, end) of {@code s}, widening the
     * storage at the first char above Latin-1. The storage is private; the gap is within count.
     */
    private void putChars(int at, CharSequence s, int start, int end) {
        int wide = CompactChars.put(s, start, end, value, coder, offset + at);
        if (wide < end) {
            widen();
            CompactChars.put(s, wide, end, value, UTF16, offset + at + wide - start);
        }
    }

    /** As {@link #putChars(int, CharSequence, int, int)}, from a char array. */
    private void putChars(int at, char[] s, int start, int end) {
        int wide = CompactChars.put(s, start, end, value, coder, offset + at);
        if (wide < end) {
            widen();
            CompactChars.put(s, wide, end, value, UTF16, offset + at + wide - start);
        }
    }

    /**
     * Writes chars [start, end) of {@code s} into a gap of that length opened at {@code at} (by the
     * caller's splice): bulk copies from another {@code CowString}, char by char otherwise. A
     * source that is this string is read as it was before the write.
     */
    private void fill(
            int at,
            CharSequence s,
            int start,
            int end,
            byte[] srcValue,
            byte srcCoder,
            int srcOffset) {
        if (srcValue == null) {
            putChars(at, s, start, end);
            return;
        }
        int n = end - start;
        if (coder == LATIN1 && !CompactChars.isLatin1(srcValue, srcCoder, srcOffset + start, n)) {
            widen();
        }
        CompactChars.copy(srcValue, srcCoder, srcOffset + start, value, coder, offset + at, n);
    }

    /**
     * Inserts chars [start, end) of {@code s} at {@code at}: the one path of every append and
     * insert of text. Indices are checked by the caller.
     */
    private void insertChars(int at, CharSequence s, int start, int end) {
        int n = end - start;
        if (n == 0) {
            return;
        }
        // Capture another CowString's storage before the splice. Its holders cannot write it
        // while it holds it, so it stays as read. This string's own buffer is different: an
        // insert before the end shifts it in place, and a move to a copy releases it to forks
        // that may then write it; only an append to an unshared buffer leaves it readable.
        byte[] srcValue = null;
        byte srcCoder = LATIN1;
        int srcOffset = 0;
        if (s instanceof CowString) {
            CowString cs = (CowString) s;
            if (cs == this && (at < count || shares.isShared())) {
                s = cs.toString();
            } else {
                srcValue = cs.value;
                srcCoder = cs.coder;
                srcOffset = cs.offset;
            }
        }
        splice(at, at, n, false);
        fill(at, s, start, end, srcValue, srcCoder, srcOffset);
    }

    // ------------------------------------------------------------------ capacity

    /**
     * Returns the capacity: the number of chars this string can hold before a write allocates,
     * provided it does not share its buffer. O(1).
     *
     * @return the capacity
     */
    public int capacity() {
        return capacity;
    }

    /**
     * Grows the capacity, if needed, to at least {@code minimumCapacity}: to the larger of it and
     * twice the old capacity plus two, as {@code StringBuilder} does. O(n) when it grows (into a
     * private buffer, so a shared string stops sharing), O(1) otherwise; a non-positive argument
     * does nothing.
     *
     * @param minimumCapacity the minimum desired capacity
     */
    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > capacity) {
            ensureWritable(minimumCapacity, false);
        }
    }

    /**
     * Reduces the capacity to the length and lets go of any buffer larger than this string's chars:
     * a shared buffer (of a fork or of the string a slice was taken from) or an oversized one. Also
     * narrows the storage back to one byte per char when every char is Latin-1. O(n) when it
     * copies, O(1) otherwise. Not a write: streams stay valid.
     */
    public void trimToSize() {
        int n = count;
        byte newCoder = CompactChars.isLatin1(value, coder, offset, n) ? LATIN1 : coder;
        if (newCoder == coder && !shares.isShared() && offset == 0 && value.length == n << coder) {
            return;
        }
        byte[] fresh = CompactChars.newBuffer(n, newCoder);
        CompactChars.copy(value, coder, offset, fresh, newCoder, 0, n);
        adopt(fresh, newCoder, n);
    }

    /**
     * Sets the length: truncates, or pads with the null char (U+0000). O(1) when it truncates
     * (never copies, even when shared); when it grows, O(new length - length), plus one copy if the
     * storage is shared or too small.
     *
     * @param newLength the new length
     * @throws StringIndexOutOfBoundsException if {@code newLength} is negative
     */
    public void setLength(int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        int c = count;
        if (newLength <= c) {
            if (newLength < c) {
                count = newLength;
                touch();
            }
            return;
        }
        splice(c, c, newLength - c, false);
        Arrays.fill(value, (offset + c) << coder, (offset + newLength) << coder, (byte) 0);
    }

    // ------------------------------------------------------------------ reads

    /**
     * Returns the number of chars. O(1).
     *
     * @return the length
     */
    @Override
    public int length() {
        return count;
    }

    /**
     * Returns whether the length is 0. O(1).
     *
     * @return {@code true} if empty
     */
    @Override
    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * Returns the char at {@code index}. O(1).
     *
     * @param index the index
     * @return the char
     * @throws StringIndexOutOfBoundsException if {@code index} is out of range
     */
    @Override
    public char charAt(int index) {
        checkIndex(index, count);
        return get(index);
    }

    /**
     * Returns the code point at {@code index}: a supplementary one if a high surrogate there is
     * followed by a low one. O(1).
     *
     * @param index the index
     * @return the code point
     * @throws StringIndexOutOfBoundsException if {@code index} is out of range
     */
    public int codePointAt(int index) {
        int n = count;
        checkIndex(index, n);
        char c1 = get(index);
        if (Character.isHighSurrogate(c1) && index + 1 < n) {
            char c2 = get(index + 1);
            if (Character.isLowSurrogate(c2)) {
                return Character.toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    /**
     * Returns the code point before {@code index}. O(1).
     *
     * @param index the index after the code point
     * @return the code point
     * @throws StringIndexOutOfBoundsException if {@code index < 1} or {@code index > length()}
     */
    public int codePointBefore(int index) {
        int i = index - 1;
        checkIndex(i, count);
        char c2 = get(i);
        if (Character.isLowSurrogate(c2) && i > 0) {
            char c1 = get(i - 1);
            if (Character.isHighSurrogate(c1)) {
                return Character.toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    /**
     * Returns the number of code points in [{@code beginIndex}, {@code endIndex}); unpaired
     * surrogates count one each. O(endIndex - beginIndex).
     *
     * @param beginIndex the first index
     * @param endIndex the index after the last
     * @return the number of code points
     * @throws IndexOutOfBoundsException if the range is not within [0, length()]
     */
    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || endIndex > count || beginIndex > endIndex) {
            throw new IndexOutOfBoundsException(
                    "begin " + beginIndex + ", end " + endIndex + ", length " + count);
        }
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex - 1; i++) {
            if (Character.isHighSurrogate(get(i)) && Character.isLowSurrogate(get(i + 1))) {
                n--;
                i++;
            }
        }
        return n;
    }

    /**
     * Returns the index {@code codePointOffset} code points away from {@code index}.
     * O(|codePointOffset|).
     *
     * @param index the starting index
     * @param codePointOffset the offset in code points
     * @return the index
     * @throws IndexOutOfBoundsException if {@code index} is outside [0, length()] or the text ends
     *     before the offset is reached
     */
    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > count) {
            throw new IndexOutOfBoundsException("index " + index + ", length " + count);
        }
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    /**
     * Copies chars [{@code srcBegin}, {@code srcEnd}) into {@code dst} from {@code dstBegin}.
     * O(srcEnd - srcBegin).
     *
     * @param srcBegin the first index
     * @param srcEnd the index after the last
     * @param dst the destination
     * @param dstBegin where to start writing in {@code dst}
     * @throws StringIndexOutOfBoundsException if the source range is invalid
     * @throws IndexOutOfBoundsException if the destination range is invalid
     * @throws NullPointerException if {@code dst} is null
     */
    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRangeSioobe(srcBegin, srcEnd, count);
        int n = srcEnd - srcBegin;
        checkRange(dstBegin, dstBegin + n, dst.length);
        CompactChars.getChars(value, coder, offset + srcBegin, n, dst, dstBegin);
    }

    /**
     * Returns chars [{@code start}, length()) as a {@code String}. O(n).
     *
     * @param start the first index
     * @return the substring
     * @throws StringIndexOutOfBoundsException if {@code start} is outside [0, length()]
     */
    public String substring(int start) {
        return substring(start, count);
    }

    /**
     * Returns chars [{@code start}, {@code end}) as a {@code String}: a copy. O(end - start). For a
     * shared sub-sequence in O(1), use {@link #slice(int, int)}.
     *
     * @param start the first index
     * @param end the index after the last
     * @return the substring
     * @throws StringIndexOutOfBoundsException if the range is not within [0, length()]
     */
    public String substring(int start, int end) {
        checkRangeSioobe(start, end, count);
        return newString(start, end - start);
    }

    /**
     * Returns {@link #substring(int, int)}: a {@code String}, as {@code StringBuilder} does. O(end
     * - start).
     *
     * @throws StringIndexOutOfBoundsException if the range is not within [0, length()]
     */
    @Override
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    /**
     * Returns the chars as a {@code String}. O(n): one copy for Latin-1 text, as {@code
     * StringBuilder.toString()}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return newString(0, count);
    }

    private String newString(int start, int n) {
        return CompactChars.newString(value, coder, offset + start, n);
    }

    /**
     * Returns the index of the first occurrence of {@code str}, or -1. O(n · m).
     *
     * @param str the text to find
     * @return the index, or -1
     * @throws NullPointerException if {@code str} is null
     */
    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    /**
     * Returns the index of the first occurrence of {@code str} at or after {@code fromIndex}, or
     * -1, with {@code String.indexOf}'s treatment of out-of-range {@code fromIndex}. O(n · m).
     *
     * @param str the text to find
     * @param fromIndex where to start
     * @return the index, or -1
     * @throws NullPointerException if {@code str} is null
     */
    public int indexOf(String str, int fromIndex) {
        return SubstringSearch.indexOf(this, str, fromIndex);
    }

    /**
     * Returns the index of the last occurrence of {@code str}, or -1. O(n · m).
     *
     * @param str the text to find
     * @return the index, or -1
     * @throws NullPointerException if {@code str} is null
     */
    public int lastIndexOf(String str) {
        return lastIndexOf(str, count);
    }

    /**
     * Returns the index of the last occurrence of {@code str} at or before {@code fromIndex}, or
     * -1, with {@code String.lastIndexOf}'s treatment of out-of-range {@code fromIndex}. O(n · m).
     *
     * @param str the text to find
     * @param fromIndex where to start searching backwards
     * @return the index, or -1
     * @throws NullPointerException if {@code str} is null
     */
    public int lastIndexOf(String str, int fromIndex) {
        return SubstringSearch.lastIndexOf(this, str, fromIndex);
    }

    /**
     * Returns a late-binding, fail-fast stream of the chars, zero-extended to {@code int}. Reads
     * this string's current storage on every char; throws {@link ConcurrentModificationException}
     * if the string is written while the stream runs (see the class comment). O(1) to create, O(n)
     * to run.
     *
     * @return the chars
     */
    @Override
    public IntStream chars() {
        return StreamSupport.intStream(new CowStringSpliterator(this, false), false);
    }

    /**
     * Returns a late-binding, fail-fast stream of the code points, as {@link #chars()}: a surrogate
     * pair is one code point, an unpaired surrogate is its own value. O(1) to create, O(n) to run.
     *
     * @return the code points
     */
    @Override
    public IntStream codePoints() {
        return StreamSupport.intStream(new CowStringSpliterator(this, true), false);
    }

    // ------------------------------------------------------------------ appends

    /**
     * Appends {@code String.valueOf(obj)}. Amortized O(length of that text).
     *
     * @param obj any object, or null for {@code "null"}
     * @return this string
     */
    public CowString append(Object obj) {
        return append(String.valueOf(obj));
    }

    /**
     * Appends {@code str}, or {@code "null"} if it is null. Amortized O(str.length()).
     *
     * @param str the text
     * @return this string
     */
    public CowString append(String str) {
        CharSequence s = str == null ? "null" : str;
        int n = count;
        insertChars(n, s, 0, s.length());
        return this;
    }

    /**
     * Appends the chars of {@code sb}, or {@code "null"} if it is null. Amortized O(sb.length()).
     *
     * @param sb the text
     * @return this string
     */
    public CowString append(StringBuffer sb) {
        return append((CharSequence) sb);
    }

    /**
     * Appends the chars of {@code s}, or {@code "null"} if it is null. Amortized O(s.length());
     * copies bytes in bulk from another {@code CowString}.
     *
     * @param s the text
     * @return this string
     */
    @Override
    public CowString append(CharSequence s) {
        if (s == null) {
            s = "null";
        }
        insertChars(count, s, 0, s.length());
        return this;
    }

    /**
     * Appends chars [{@code start}, {@code end}) of {@code s}, or of {@code "null"} if it is null.
     * Amortized O(end - start).
     *
     * @param s the text
     * @param start the first index in {@code s}
     * @param end the index after the last
     * @return this string
     * @throws IndexOutOfBoundsException if the range is not within [0, s.length()]
     */
    @Override
    public CowString append(CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        checkRange(start, end, s.length());
        insertChars(count, s, start, end);
        return this;
    }

    /**
     * Appends the chars of {@code str}. Amortized O(str.length).
     *
     * @param str the chars
     * @return this string
     * @throws NullPointerException if {@code str} is null
     */
    public CowString append(char[] str) {
        return append(str, 0, str.length);
    }

    /**
     * Appends {@code len} chars of {@code str} from {@code offset}. Amortized O(len).
     *
     * @param str the chars
     * @param offset the first index in {@code str}
     * @param len how many chars
     * @return this string
     * @throws IndexOutOfBoundsException if the range is not within {@code str}
     * @throws NullPointerException if {@code str} is null
     */
    public CowString append(char[] str, int offset, int len) {
        int end = offset + len;
        checkRange(offset, end, str.length);
        insertArray(count, str, offset, end);
        return this;
    }

    private void insertArray(int at, char[] str, int start, int end) {
        if (end > start) {
            splice(at, at, end - start, false);
            putChars(at, str, start, end);
        }
    }

    /**
     * Appends {@code "true"} or {@code "false"}. Amortized O(1).
     *
     * @param b the value
     * @return this string
     */
    public CowString append(boolean b) {
        return append(String.valueOf(b));
    }

    /**
     * Appends {@code c}. Amortized O(1); O(n) when it widens Latin-1 storage or copies shared
     * storage.
     *
     * @param c the char
     * @return this string
     */
    @Override
    public CowString append(char c) {
        int n = count;
        // The common case in a few loads and stores: room, a char that fits, unshared storage.
        if (n < capacity && (coder == UTF16 || c <= LATIN1_MAX) && !shares.isShared()) {
            put(n, c);
            count = n + 1;
            touch();
            return this;
        }
        splice(n, n, 1, c > LATIN1_MAX);
        put(n, c);
        return this;
    }

    /**
     * Appends the decimal text of {@code i}. Amortized O(1).
     *
     * @param i the value
     * @return this string
     */
    public CowString append(int i) {
        return append(Integer.toString(i));
    }

    /**
     * Appends the decimal text of {@code l}. Amortized O(1).
     *
     * @param l the value
     * @return this string
     */
    public CowString append(long l) {
        return append(Long.toString(l));
    }

    /**
     * Appends {@code String.valueOf(f)}. Amortized O(1).
     *
     * @param f the value
     * @return this string
     */
    public CowString append(float f) {
        return append(String.valueOf(f));
    }

    /**
     * Appends {@code String.valueOf(d)}. Amortized O(1).
     *
     * @param d the value
     * @return this string
     */
    public CowString append(double d) {
        return append(String.valueOf(d));
    }

    /**
     * Appends the chars of {@code codePoint}: one, or a surrogate pair. Amortized O(1).
     *
     * @param codePoint the code point
     * @return this string
     * @throws IllegalArgumentException if {@code codePoint} is not a valid code point
     */
    public CowString appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return append((char) codePoint);
        }
        return append(Character.toChars(codePoint));
    }

    // ------------------------------------------------------------------ inserts

    /**
     * Inserts {@code String.valueOf(obj)} at {@code offset}. O(length - offset + inserted).
     *
     * @param offset the index
     * @param obj any object, or null for {@code "null"}
     * @return this string
     * @throws StringIndexOutOfBoundsException if {@code offset} is outside [0, length()]
     */
    public CowString insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    /**
     * Inserts {@code str}, or {@code "null"} if it is null, at {@code offset}. O(length - offset +
     * str.length()).
     *
     * @param offset the index
     * @param str the text
     * @return this string
     * @throws StringIndexOutOfBoundsException if {@code offset} is outside [0, length()]
     */
    public CowString insert(int offset, String str) {
        checkOffset(offset, count);
        CharSequence s = str == null ? "null" : str;
        insertChars(offset, s, 0, s.length());
        return this;
    }

    /**
     * Inserts the chars of {@code str} at {@code offset}. O(length - offset + str.length).
     *
     * @param offset the index
     * @param str the chars
     * @return this string
     * @throws StringIndexOutOfBoundsException if {@code offset} is outside [0, length()]
     * @throws NullPointerException if {@code str} is null
     */
    public CowString insert(int offset, char[] str) {
        checkOffset(offset, count);
        insertArray(offset, str, 0, str.length);
        return this;
    }

    /**
     * Inserts {@code len} chars of {@code str} from {@code offset} at {@code index}. O(length -
     * index + len).
     *
     * @param index where to insert
     * @param str the chars
     * @param offset the first index in {@code str}
     * @param len how many chars
     * @return this string
     * @throws StringIndexOutOfBoundsException if {@code index} or the range in {@code str} is
     *     invalid
     * @throws NullPointerException if {@code str} is null
     */
    public CowString insert(int index, char[] str, int offset, int len) {
        checkOffset(index, count);
        checkRangeSioobe(offset, offset + len, str.length);
        insertArray(index, str, offset, offset + len);
        return this;
    }

    /**
     * Inserts the chars of {@code s}, or {@code "null"} if it is null, at {@code dstOffset}.
     * O(length - dstOffset + s.length()). Inserting this string into itself inserts its text as it
     * was before the call.
     *
     * @param dstOffset the index
     * @param s the text
     * @return this string
     * @throws StringIndexOutOfBoundsException if {@code dstOffset} is outside [0, length()]
     */
    public CowString insert(int dstOffset, CharSequence s) {
        if (s == null) {
            s = "null";
        }
        checkOffset(dstOffset, count);
        insertChars(dstOffset, s, 0, s.length());
        return this;
    }

    /**
     * Inserts chars [{@code start}, {@code end}) of {@code s}, or of {@code "null"} if it is null,
     * at {@code dstOffset}. O(length - dstOffset + end - start).
     *
     * @param dstOffset the index
     * @param s the text
     * @param start the first index in {@code s}
     * @param end the index after the last
     * @return this string
     * @throws StringIndexOutOfBoundsException if {@code dstOffset} is outside [0, length()]
     * @throws IndexOutOfBoundsException if the range is not within [0, s.length()]
     */
    public CowString insert(int dstOffset, CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        checkOffset(dstOffset, count);
        checkRange(start, end, s.length());
        insertChars(dstOffset, s, start, end);
        return this;
    }

    /**
     * Inserts {@code "true"} or {@code "false"} at {@code offset}. O(length - offset).
     *
     * @param offset the index
     * @param b the value
     * @return this string
     * @throws StringIndexOutOfBoundsException if {@code offset} is outside [0, length()]
     */
    public CowString insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    /**
     * Inserts {@code c} at {@code offset}. O(length - offset).
     *
     * @param offset the index
     * @param c the char
     * @return this string
     * @throws StringIndexOutOfBoundsException if {@code offset} is outside [0, length()]
     */
    public CowString insert(int offset, char c) {
        checkOffset(offset, count);
        splice(offset, offset, 1, c > LATIN1_MAX);
        put(offset, c);
        return this;
    }

    /**
     * Inserts the decimal text of {@code i} at {@code offset}. O(length - offset).
     *
     * @param offset the index
     * @param i the value
     * @return this string
     * @throws StringIndexOutOfBoundsException if {@code offset} is outside [0, length()]
     */
    public CowString insert(int offset, int i) {
        return insert(offset, Integer.toString(i));
    }

    /**
     * Inserts the decimal text of {@code l} at {@code offset}. O(length - offset).
     *
     * @param offset the index
     * @param l the value
     * @return this string
     * @throws StringIndexOutOfBoundsException if {@code offset} is outside [0, length()]
     */
    public CowString insert(int offset, long l) {
        return insert(offset, Long.toString(l));
    }

    /**
     * Inserts {@code String.valueOf(f)} at {@code offset}. O(length - offset).
     *
     * @param offset the index
     * @param f the value
     * @return this string
     * @throws StringIndexOutOfBoundsException if {@code offset} is outside [0, length()]
     */
    public CowString insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    /**
     * Inserts {@code String.valueOf(d)} at {@code offset}. O(length - offset).
     *
     * @param offset the index
     * @param d the value
     * @return this string
     * @throws StringIndexOutOfBoundsException if {@code offset} is outside [0, length()]
     */
    public CowString insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    // ------------------------------------------------------------------ other writes

    /**
     * Removes chars [{@code start}, {@code end}); an {@code end} past the length is clamped.
     * O(length - start); a removed suffix costs O(1) and never copies.
     *
     * @param start the first index
     * @param end the index after the last
     * @return this string
     * @throws StringIndexOutOfBoundsException if {@code start} is negative, greater than the
     *     length, or greater than {@code end}
     */
    public CowString delete(int start, int end) {
        int c = count;
        if (end > c) {
            end = c;
        }
        checkRangeSioobe(start, end, c);
        if (end == c) {
            if (start < c) {
                count = start;
                touch();
            }
        } else if (start < end) {
            splice(start, end, 0, false);
        }
        return this;
    }

    /**
     * Removes the char at {@code index}. O(length - index).
     *
     * @param index the index
     * @return this string
     * @throws StringIndexOutOfBoundsException if {@code index} is out of range
     */
    public CowString deleteCharAt(int index) {
        checkIndex(index, count);
        return delete(index, index + 1);
    }

    /**
     * Replaces chars [{@code start}, {@code end}) with {@code str}; an {@code end} past the length
     * is clamped. O(length - start + str.length()).
     *
     * @param start the first index
     * @param end the index after the last
     * @param str the replacement
     * @return this string
     * @throws StringIndexOutOfBoundsException if {@code start} is negative, greater than the
     *     length, or greater than {@code end}
     * @throws NullPointerException if {@code str} is null
     */
    public CowString replace(int start, int end, String str) {
        int c = count;
        if (end > c) {
            end = c;
        }
        checkRangeSioobe(start, end, c);
        int n = str.length();
        splice(start, end, n, false);
        putChars(start, str, 0, n);
        return this;
    }

    /**
     * Sets the char at {@code index}. O(1) while unshared; one O(n) copy if shared or if a char
     * above Latin-1 widens the storage.
     *
     * @param index the index
     * @param ch the char
     * @throws StringIndexOutOfBoundsException if {@code index} is out of range
     */
    public void setCharAt(int index, char ch) {
        checkIndex(index, count);
        ensureWritable(capacity, ch > LATIN1_MAX && coder == LATIN1);
        put(index, ch);
        touch();
    }

    /**
     * Reverses the chars, keeping each surrogate pair in order, as {@code StringBuilder} does (so a
     * low surrogate followed by a high one becomes a pair). O(n), plus one copy if shared.
     *
     * @return this string
     */
    public CowString reverse() {
        int n = count;
        ensureWritable(capacity, false);
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            char a = get(i);
            put(i, get(j));
            put(j, a);
        }
        if (coder == UTF16) {
            for (int i = 0; i < n - 1; i++) {
                char lo = get(i);
                if (Character.isLowSurrogate(lo)) {
                    char hi = get(i + 1);
                    if (Character.isHighSurrogate(hi)) {
                        put(i, hi);
                        put(i + 1, lo);
                        i++;
                    }
                }
            }
        }
        touch();
        return this;
    }

    // ------------------------------------------------------------------ comparison

    /**
     * Compares the chars lexicographically, as {@code StringBuilder.compareTo}: the difference of
     * the first differing chars, else of the lengths. O(n).
     *
     * @param another the string to compare with
     * @return negative, zero or positive
     * @throws NullPointerException if {@code another} is null
     */
    @Override
    public int compareTo(CowString another) {
        int n1 = count;
        int n2 = another.count;
        int lim = Math.min(n1, n2);
        for (int i = 0; i < lim; i++) {
            char a = get(i);
            char b = another.get(i);
            if (a != b) {
                return a - b;
            }
        }
        return n1 - n2;
    }

    /**
     * Tells whether {@code cs} holds the same chars, whatever its type. O(n).
     *
     * @param cs the text to compare with
     * @return {@code true} if the chars are equal
     * @throws NullPointerException if {@code cs} is null
     */
    public boolean contentEquals(CharSequence cs) {
        int n = count;
        if (cs.length() != n) {
            return false;
        }
        if (cs instanceof CowString) {
            return sameChars((CowString) cs);
        }
        for (int i = 0; i < n; i++) {
            if (get(i) != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameChars(CowString other) {
        int n = count;
        if (other.count != n) {
            return false;
        }
        if (other.value == value && other.offset == offset) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            if (get(i) != other.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Equal to another {@code CowString} with the same chars, and to nothing else (not to a {@code
     * String} with the same chars). O(n); O(1) for two strings sharing one window.
     *
     * @param o the object to compare with
     * @return whether {@code o} is a {@code CowString} with the same chars
     */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof CowString && sameChars((CowString) o));
    }

    /**
     * Returns {@code toString().hashCode()}, computed without building the string and cached until
     * the next write. O(n) once per change, O(1) after.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && !hashIsZero) {
            h = CompactChars.hash(0, value, coder, offset, count);
            if (h == 0) {
                hashIsZero = true;
            } else {
                hash = h;
            }
        }
        return h;
    }

    // ------------------------------------------------------------------ checks

    private static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
        }
    }

    private static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length);
        }
    }

    private static void checkRangeSioobe(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new StringIndexOutOfBoundsException(
                    "begin " + start + ", end " + end + ", length " + length);
        }
    }

    private static void checkRange(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new IndexOutOfBoundsException(
                    "start " + start + ", end " + end + ", length " + length);
        }
    }

    /** Checks the representation; tests call it after every step. */
    void checkInvariants() {
        if (value == null || shares == null) {
            throw new AssertionError("missing storage or count");
        }
        if (coder != LATIN1 && coder != UTF16) {
            throw new AssertionError("coder " + coder);
        }
        if ((value.length & ((1 << coder) - 1)) != 0) {
            throw new AssertionError("UTF-16 buffer of odd length " + value.length);
        }
        if (offset < 0
                || count < 0
                || count > capacity
                || (long) offset + capacity > value.length >> coder) {
            throw new AssertionError(
                    "window offset "
                            + offset
                            + ", count "
                            + count
                            + ", capacity "
                            + capacity
                            + " outside a buffer of "
                            + (value.length >> coder)
                            + " chars");
        }
        if (shares.get() < 1) {
            throw new AssertionError("holder of storage counted " + shares.get());
        }
        if (hash != 0 && hashIsZero) {
            throw new AssertionError("hash both known zero and " + hash);
        }
        if ((hash != 0 || hashIsZero) && hash != toString().hashCode()) {
            throw new AssertionError("stale cached hash " + hash);
        }
    }

    /** The shared count of this string's storage, for tests. */
    RefCount shares() {
        return shares;
    }

    /** Bytes per char of the storage: 1 for Latin-1, 2 for UTF-16; for tests. */
    int bytesPerChar() {
        return 1 << coder;
    }

    // ------------------------------------------------------------------ serialization

    /**
     * Writes the chars as primitive data, never as {@code String} objects: the length, whether
     * every char is Latin-1 (one byte each) or not (two bytes each), then the chars.
     *
     * @serialData the text in {@link SerialText}'s layout
     * @param out the stream
     * @throws IOException if the stream fails
     */
    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        SerialText.write(out, this);
    }

    /**
     * Reads the chars into a buffer of this string's own, grown only as chars arrive, then trimmed
     * to exactly the text (as {@link #trimToSize()} leaves it).
     *
     * @param in the stream
     * @throws java.io.InvalidObjectException if the length or coder is invalid, or more chars
     *     follow
     * @throws IOException if the stream fails or ends before the declared length
     * @throws ClassNotFoundException never: the stream holds no objects
     */
    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        value = new byte[0];
        shares = new RefCount();
        SerialText.read(in, this::append);
        trimToSize();
    }
}
