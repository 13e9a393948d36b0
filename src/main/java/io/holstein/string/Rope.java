package io.holstein.string;

import io.holstein.internal.SerialProxy;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collector;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

/**
 * An immutable text held in a B-tree of small flat chunks, so that editing it in the middle costs
 * {@code O(log n)} instead of the {@code O(n)} copy a {@code String} or a {@code StringBuilder}
 * pays: the persistent counterpart of {@link CharSequence} text.
 *
 * <pre>{@code
 * Rope draft = Rope.of("Hello world");
 * Rope edited = draft.insert(5, ",");  // "Hello, world"; draft is unchanged
 * Rope both = draft.concat(edited);     // O(log n); draft and edited stay valid
 * }</pre>
 *
 * <p>{@link #concat}, {@link #insert}, {@link #delete}, {@link #replace} and {@link #substring} run
 * in {@code O(log n)} time plus the length of the inserted text when it is not a rope; the result
 * shares every chunk and subtree the edit does not touch with this rope and with the inserted rope,
 * and copies at most the two or three chunks (at most 2,048 chars each) that the edit cuts or
 * joins. Sequential reads ({@link #chars()}, {@link #codePoints()}, {@link #writeTo}, {@link
 * #toString()}, {@link #indexOf}, {@link #equals}, {@link #compareTo}, {@link #hashCode()}) run in
 * {@code O(n)}: they walk the chunks in order, never descending per char. {@link #length()} is
 * {@code O(1)}. A {@link Builder} appends in amortized {@code O(1)} per char.
 *
 * <p>{@link #charAt} reads in {@code O(1)} when the index falls in the chunk this rope remembers,
 * and otherwise descends the tree in {@code O(log n)} (32-way branches: at most four levels above
 * the chunks at ten million chars); it remembers the chunk it found unless the read jumped more
 * than a chunk's length (2,048 chars) from the last read that descended. So code that reads a
 * {@code CharSequence} by {@code charAt} in order, forwards or backwards, as {@code
 * java.util.regex}, {@code StringBuilder.append(CharSequence)} and parsers do, pays {@code O(1)}
 * amortized per char: one descent per chunk crossed, one more where it starts far from the last
 * descent, and chunks hold more than a thousand chars on average. A read that misses more than
 * 2,048 chars from the last descent descends without remembering, and allocates nothing.
 *
 * <p>Memory: each chunk stores its text one byte per char when every char of the chunk is at most
 * U+00FF (Latin-1), as {@code java.lang.String} does, and two bytes per char otherwise. Text built
 * at once is held in full chunks; after edits, two neighbouring chunks always hold more than one
 * full chunk's worth together, so the tree has fewer than {@code 2n / 2048 + 1} chunks however it
 * was edited.
 *
 * <p><b>Guarantees.</b> A rope never changes after it is created; every edit returns a new rope. It
 * is safe to share between threads and to publish by any means. The chunk that {@code charAt}
 * remembers is kept in a plain field, as {@code String} caches its hash code: every read is right
 * whatever other threads do, but readers of one rope on several cores may overwrite each other's
 * cache, so each may descend more often than it would alone (and the writes move the rope's cache
 * line between cores); threads that scan one rope at once read faster through {@link #chars()},
 * {@link #codePoints()} or {@link #writeTo}, whose cursors are their own. Chars are the unit, as in
 * {@code String}: indices count UTF-16 chars, and a surrogate pair may be cut by an edit exactly as
 * {@code String.substring} would cut it; {@link #codePoints()} pairs surrogates wherever they sit.
 * Every method that takes an argument throws {@link NullPointerException} for {@code null}, as
 * {@code String.concat} does; an index out of range throws {@link StringIndexOutOfBoundsException},
 * as {@code String} does. A result that would pass {@code Integer.MAX_VALUE} chars fails with
 * {@link OutOfMemoryError}, as {@code String.concat} does, before anything is built. A rope is
 * equal only to another rope with the same chars; its hash code is that of the same text as a
 * {@code String} (computed once) and it orders like {@code String.compareTo}. Serialized as its
 * text, as primitive data; sharing between ropes is not preserved across serialization.
 *
 * <p>Conversions: {@link #of(CharSequence)} copies other text in {@code O(n)}; {@link #toString()}
 * copies it out in {@code O(n)}.
 */
public final class Rope implements CharSequence, Comparable<Rope>, Serializable {

    /*
     * Implementation notes.
     *
     * A rope is a B-tree of chunks (RopeNode): branches (RopeBranch) hold 2 to 32 children (16
     * to 32 below the root) and the running totals of their lengths; leaves are flat chunks
     * (RopeChunk) of 1 to 2,048 chars in CompactChars storage (one byte per char while Latin-1),
     * all at one depth. An empty rope has a null root. The algorithms live in RopeTrees: concat
     * is a B-tree join that copies only the branches along the spine of the taller tree, and
     * prefix and suffix split at an index by joining the trees beside the search path, so every
     * edit is O(log n) and path-copies only the branches it passes. An edit that falls inside
     * one chunk skips the split and the joins (RopeTrees.replaceInChunk) as a B-tree edits a
     * leaf: the chunk, edited, is cut in two if it overflows or merged with a neighbour in its
     * branch if the seam rule asks, and each branch above it is copied, split where it
     * overflows and pooled with a neighbour where it has too few children. An edit that spans
     * chunks, inserts a rope of more than one chunk or at the end, empties the text, or whose
     * seam check needs a neighbour chunk in another branch takes the split-and-join route.
     *
     * Why a B-tree and not a binary tree: a read at a random index costs cache misses at every
     * level it descends, and a binary tree of k chunks is about log2 k levels deep where a
     * 32-way one is log32 k, a fifth as many; a branch finds its child by scanning one int
     * array of running lengths, without touching the children. The price is on edits: each
     * branch on an edit's path is copied whole, a constant factor. Why not the classic
     * unbalanced rope [1] with occasional rebalancing: its depth, hence charAt and edits,
     * degrades between rebalances, and its "balanced if length >= Fib(depth + 2)" test is only
     * checked on concat. The B-tree bound holds after every edit: a tree of height h >= 1 holds
     * at least 2 * 16^(h - 1) chunks.
     *
     * The seam rule (RopeTrees.concat): when an edit makes two chunks neighbours and they fit
     * one chunk together, they become one. Hence one-char edits do not add chunks, and no
     * sequence of edits fragments the text into many tiny chunks. RopeInvariants checks all of
     * this after every step of the tests.
     *
     * hashCode is cached in a racy single-check field, as String does: the computation is
     * deterministic, so a thread that sees 0 just computes it again.
     *
     * The read cache, lastRead, is racy in the same way: a remembered descent (see below)
     * stores the chunk it found and that chunk's start in one RopeChunkAt, an immutable holder,
     * through a plain field. Why it is right without synchronization:
     * - A holder's fields are final, and so are its chunk's, so a thread that reads the field
     *   sees null or a whole holder with its chunk's chars (JLS 17.5), whoever wrote it. The
     *   holder copies the chunk's storage array into a final field of its own, so a read that
     *   hits goes rope, holder, array: three dependent loads where a String's charAt has two
     *   (string, array). The holder's class tells the chunk's coder (one subclass each), so
     *   the type check by which the JIT inlines the read serves as the coder test, and the
     *   array holds exactly the chunk's chars, so a hit tests index - start against the
     *   array's length (halved for UTF-16), which the access loads anyway. The hit path
     *   (charAt, then the subclass's charAtOrMinusOne) stays within the JIT's size limit for
     *   inlining at any call site; the descent is a method of its own.
     * - Every holder stored was found in this rope's own tree, so its range lies inside
     *   [0, length()): an index inside it is in range, and the char there is the rope's.
     * - charAt reads the field once into a local, so its range check and its read use the same
     *   holder: two plain reads of one field may see two different stores (or null after a
     *   holder), so a second read could pair one holder's check with another's chunk.
     * Two plain fields (chunk, start) would save the holder but could be seen from two different
     * stores, a chunk with another chunk's start. RopeStressTest and the jcstress test
     * RopeConcurrentCharAt read through racing caches and check every char: both fail on two
     * fields, and the jcstress test (C2 with its code-motion randomizers) on a second read of
     * the field. Why not a ThreadLocal: its lookup on every charAt would cost more than the
     * whole read it saves.
     *
     * Which descents are remembered: one within a chunk's length (2,048 chars) of the descent
     * before it, as reads in order make, one per chunk they cross; not one that jumps further, as
     * reads at random indices do, since the next read would rarely fall in its chunk. A read that
     * is not remembered descends without building a holder (RopeTrees.charAt), so it allocates
     * nothing and writes no reference into the rope, a store that passes the collector's write
     * barrier. The cost is at most one more descent where a scan starts far from the last
     * descent: its first read is a jump, its second is near. lastDescent, the index of the last
     * descent, is a plain int written racily: another thread's value can only make a descent
     * remembered or not, never a read wrong.
     *
     * [1] H.-J. Boehm, R. Atkinson, M. Plass, "Ropes: an Alternative to Strings",
     *     Software: Practice and Experience 25(12), 1995.
     */

    @Serial private static final long serialVersionUID = 1L;

    private static final Rope EMPTY = new Rope(null);

    /** The tree; {@code null} for the empty rope. */
    final transient RopeNode root;

    /** The cached hash code, 0 until computed (or if it is 0, see {@link #hashIsZero}). */
    private transient int hash;

    private transient boolean hashIsZero;

    /**
     * The chunk the last remembered descent of {@link #charAt} found, with its start; {@code null}
     * before the first. Written racily (see the implementation notes): read it once.
     * Package-private for the tests, which check what is cached.
     */
    transient RopeChunkAt lastRead;

    /**
     * The index of the last {@link #charAt} that descended; 0 before the first. Written racily: a
     * hint that decides only whether a descent is remembered. Package-private for the tests.
     */
    transient int lastDescent;

    private Rope(RopeNode root) {
        this.root = root;
    }

    /** The rope over {@code root}, a valid tree or {@code null} for the empty rope. */
    static Rope ofTree(RopeNode root) {
        return root == null ? EMPTY : new Rope(root);
    }

    /**
     * Returns the empty rope. {@code O(1)}.
     *
     * @return the empty rope, always the same instance
     */
    public static Rope empty() {
        return EMPTY;
    }

    /**
     * Returns a rope of the chars of {@code text}. {@code O(1)} if {@code text} is a rope (it is
     * returned itself); otherwise {@code O(n)}, copying the text into chunks.
     *
     * @param text the text
     * @return a rope with the same chars as {@code text}
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static Rope of(CharSequence text) {
        if (text instanceof Rope) {
            return (Rope) text;
        }
        Objects.requireNonNull(text, "text");
        int m = text.length();
        if (m == 0) {
            return EMPTY;
        }
        if (m <= RopeChunk.MAX_LENGTH) {
            return new Rope(RopeChunk.copyOf(text));
        }
        return new Builder(null).append(text).build();
    }

    /**
     * Returns a new builder, empty. {@code O(1)}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder(null);
    }

    /**
     * Returns a builder that starts with this rope's chars, sharing every chunk. {@code O(1)};
     * appending to the builder never changes this rope.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(root);
    }

    /**
     * Returns a collector that concatenates char sequences into a rope, in encounter order, as
     * {@link java.util.stream.Collectors#joining()} does into a {@code String}. {@code O(n)} for
     * {@code n} chars; ropes of at least one chunk are shared, not copied.
     *
     * @return the collector
     */
    public static Collector<CharSequence, ?, Rope> joining() {
        return Collector.of(
                Rope::builder, Builder::append, (a, b) -> a.append(b.build()), Builder::build);
    }

    /** Returns the number of chars. {@code O(1)}. */
    @Override
    public int length() {
        return RopeTrees.length(root);
    }

    /** Returns whether the rope has no chars. {@code O(1)}. */
    @Override
    public boolean isEmpty() {
        return root == null;
    }

    /**
     * Returns the char at {@code index}. {@code O(1)} if {@code index} falls in the chunk this rope
     * remembers from an earlier {@code charAt}, so {@code O(1)} amortized per char when reading in
     * order; {@code O(log n)} otherwise.
     *
     * @throws StringIndexOutOfBoundsException if {@code index} is negative or not less than {@link
     *     #length()}
     */
    @Override
    public char charAt(int index) {
        RopeChunkAt last = lastRead; // read once: another thread may store another holder
        int c = last == null ? -1 : last.charAtOrMinusOne(index);
        return c >= 0 ? (char) c : charAtByDescent(index);
    }

    /**
     * {@link #charAt} outside the chunk remembered: descends, and remembers the chunk found unless
     * the read jumped more than a chunk's length from the last one that descended.
     */
    private char charAtByDescent(int index) {
        int length = length();
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
        }
        // Both are indices of this rope, so the difference cannot overflow.
        int previous = lastDescent;
        lastDescent = index;
        if (Math.abs(index - previous) > RopeChunk.MAX_LENGTH) {
            return RopeTrees.charAt(root, index);
        }
        RopeChunkAt found = RopeTrees.locate(root, index);
        lastRead = found;
        return found.chunk.charAt(index - found.start);
    }

    /**
     * Returns this rope followed by {@code text}. {@code O(log n)} if {@code text} is a rope,
     * sharing both ropes' subtrees; otherwise {@code O(log n + m)} for {@code m} chars of text.
     *
     * @param text the text to append
     * @return the joined rope; this rope if {@code text} is empty
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws OutOfMemoryError if the result would pass {@code Integer.MAX_VALUE} chars
     */
    public Rope concat(CharSequence text) {
        Rope other = of(text);
        if (other.root == null) {
            return this;
        }
        if (root == null) {
            return other;
        }
        return ofTree(RopeTrees.concat(root, other.root));
    }

    /**
     * Returns this rope with {@code text} inserted before the char at {@code index}. {@code O(log
     * n)} plus {@code m} if {@code text} is not a rope; shares all chunks but the one cut at {@code
     * index}.
     *
     * @param index where to insert, {@code 0 <= index <= length()}
     * @param text the text to insert
     * @return the new rope; this rope if {@code text} is empty
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws StringIndexOutOfBoundsException if {@code index} is out of range, as {@code
     *     StringBuilder.insert}
     * @throws OutOfMemoryError if the result would pass {@code Integer.MAX_VALUE} chars
     */
    public Rope insert(int index, CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = length();
        if (index < 0 || index > length) {
            throw new StringIndexOutOfBoundsException("offset " + index + ", length " + length);
        }
        Rope middle = of(text);
        if (middle.root == null) {
            return this;
        }
        RopeTrees.checkLength((long) length + middle.length());
        return edit(index, index, middle.root);
    }

    /**
     * Returns this rope without the chars {@code [from, to)}. {@code O(log n)}; shares all chunks
     * but the two cut at {@code from} and {@code to}. Unlike {@code StringBuilder.delete}, {@code
     * to} past the end is an error, as for {@link #substring}.
     *
     * @param from the first char to delete
     * @param to the end (exclusive) of the chars to delete
     * @return the new rope; this rope if {@code from == to}
     * @throws StringIndexOutOfBoundsException unless {@code 0 <= from <= to <= length()}
     */
    public Rope delete(int from, int to) {
        checkRange(from, to);
        if (from == to) {
            return this;
        }
        return edit(from, to, null);
    }

    /**
     * Returns this rope with the chars {@code [from, to)} replaced by {@code text}. {@code O(log
     * n)} plus {@code m} if {@code text} is not a rope; shares as {@link #delete} and {@link
     * #insert} do.
     *
     * @param from the first char to replace
     * @param to the end (exclusive) of the chars to replace
     * @param text the replacement
     * @return the new rope; this rope if the range and {@code text} are both empty
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws StringIndexOutOfBoundsException unless {@code 0 <= from <= to <= length()}
     * @throws OutOfMemoryError if the result would pass {@code Integer.MAX_VALUE} chars
     */
    public Rope replace(int from, int to, CharSequence text) {
        Objects.requireNonNull(text, "text");
        checkRange(from, to);
        Rope middle = of(text);
        if (from == to && middle.root == null) {
            return this;
        }
        RopeTrees.checkLength((long) length() - (to - from) + middle.length());
        return edit(from, to, middle.root);
    }

    /**
     * This rope with the chars {@code [from, to)} replaced by the tree {@code middle} ({@code null}
     * for none): in place of the one chunk they fall in when {@link RopeTrees#replaceInChunk} can,
     * else by splitting at both ends and joining the three parts.
     */
    private Rope edit(int from, int to, RopeNode middle) {
        if (from < length() && (middle == null || middle instanceof RopeChunk)) {
            RopeNode edited = RopeTrees.replaceInChunk(root, from, to, (RopeChunk) middle);
            if (edited != null) {
                return ofTree(edited);
            }
        }
        RopeNode left = RopeTrees.prefix(root, from);
        RopeNode right = RopeTrees.suffix(root, to);
        return ofTree(RopeTrees.concat(RopeTrees.concat(left, middle), right));
    }

    /**
     * Returns the chars {@code [from, to)} as a rope. {@code O(log n)}; shares every chunk inside
     * the range and copies the at most two cut at its ends.
     *
     * @param from the first char
     * @param to the end, exclusive
     * @return the sub-rope; this rope if the range is the whole rope
     * @throws StringIndexOutOfBoundsException unless {@code 0 <= from <= to <= length()}
     */
    public Rope substring(int from, int to) {
        checkRange(from, to);
        if (from == 0 && to == length()) {
            return this;
        }
        return ofTree(RopeTrees.suffix(RopeTrees.prefix(root, to), from));
    }

    /**
     * Returns {@link #substring(int, int) substring(from, to)}, a rope. {@code O(log n)}.
     *
     * @throws StringIndexOutOfBoundsException unless {@code 0 <= from <= to <= length()}
     */
    @Override
    public Rope subSequence(int from, int to) {
        return substring(from, to);
    }

    private void checkRange(int from, int to) {
        int length = length();
        if (from < 0 || from > to || to > length) {
            throw new StringIndexOutOfBoundsException(
                    "begin " + from + ", end " + to + ", length " + length);
        }
    }

    /**
     * Returns the index of the first occurrence of {@code text}, or -1, as {@code
     * String.indexOf(String)}. {@code O(n + m)} (Knuth-Morris-Pratt over a cursor).
     *
     * @param text the text to find
     * @return the index of its first occurrence, or -1
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public int indexOf(CharSequence text) {
        return indexOf(text, 0);
    }

    /**
     * Returns the index of the first occurrence of {@code text} at or after {@code from}, or -1, as
     * {@code String.indexOf(String, int)}: a negative {@code from} counts as 0, and the empty text
     * is found at {@code min(from, length())}. {@code O(n + m)}.
     *
     * @param text the text to find
     * @param from where to start looking
     * @return the index of the first occurrence at or after {@code from}, or -1
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public int indexOf(CharSequence text, int from) {
        return SubstringSearch.indexOf(root, text.toString(), from);
    }

    /**
     * Returns a stream of the chars, zero-extended, as {@code String.chars()}. Sequential traversal
     * is {@code O(n)}; the spliterator is {@code SIZED}, {@code SUBSIZED}, {@code ORDERED}, {@code
     * IMMUTABLE} and splits at the middle index in {@code O(log n)}.
     */
    @Override
    public IntStream chars() {
        return StreamSupport.intStream(new RopeCharSpliterator(root, 0, length()), false);
    }

    /**
     * Returns a stream of the code points, as {@code String.codePoints()}: surrogate pairs become
     * one code point even across chunks; unpaired surrogates are passed through. {@code O(n)}.
     */
    @Override
    public IntStream codePoints() {
        return StreamSupport.intStream(
                Spliterators.spliteratorUnknownSize(
                        new RopeCodePointIterator(root), Spliterator.ORDERED),
                false);
    }

    /**
     * Appends the chars to {@code out}, chunk by chunk, each as a {@code String}, without building
     * one of the whole text. {@code O(n)}. A {@code StringBuilder} is first grown once to its final
     * length; it copies each chunk's {@code String} as an array, where {@code
     * StringBuilder.append(CharSequence)} reads any other {@code CharSequence} a char at a time.
     *
     * @param out where to write
     * @throws IOException if {@code out} throws it
     * @throws NullPointerException if {@code out} is {@code null}
     */
    public void writeTo(Appendable out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (out instanceof StringBuilder) {
            StringBuilder builder = (StringBuilder) out;
            int total = builder.length() + length();
            if (total >= 0) { // past Integer.MAX_VALUE the appends fail as the builder's own do
                builder.ensureCapacity(total);
            }
        }
        for (RopeChunkWalk chunks = new RopeChunkWalk(root, 0); chunks.hasNext(); ) {
            chunks.next().appendTo(out);
        }
    }

    /** Returns the chars as a {@code String}, Latin-1 compact if every chunk is. {@code O(n)}. */
    @Override
    public String toString() {
        boolean latin1 = true;
        for (RopeChunkWalk chunks = new RopeChunkWalk(root, 0); latin1 && chunks.hasNext(); ) {
            latin1 = chunks.next().isLatin1();
        }
        int at = 0;
        if (latin1) {
            byte[] bytes = new byte[length()];
            for (RopeChunkWalk chunks = new RopeChunkWalk(root, 0); chunks.hasNext(); ) {
                RopeChunk chunk = chunks.next();
                System.arraycopy(chunk.value, 0, bytes, at, chunk.length);
                at += chunk.length;
            }
            return CompactChars.newString(bytes, CompactChars.LATIN1, 0, bytes.length);
        }
        char[] chars = new char[length()];
        for (RopeChunkWalk chunks = new RopeChunkWalk(root, 0); chunks.hasNext(); ) {
            RopeChunk chunk = chunks.next();
            chunk.getChars(chars, at);
            at += chunk.length;
        }
        return new String(chars);
    }

    /**
     * Returns whether {@code o} is a rope with the same chars. {@code O(n)}; {@code O(1)} if the
     * lengths or the cached hash codes differ. Never equal to a {@code String} or other {@code
     * CharSequence}: compare with {@code contentEquals}-style code or {@link #toString()}.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Rope)) {
            return false;
        }
        Rope other = (Rope) o;
        if (other.root == root) {
            return true;
        }
        int length = length();
        if (other.length() != length) {
            return false;
        }
        if (hash != 0 && other.hash != 0 && hash != other.hash) {
            return false;
        }
        return new RopeCursor(root, 0).mismatch(new RopeCursor(other.root, 0), length) == length;
    }

    /**
     * Returns {@code toString().hashCode()}, computed in {@code O(n)} on the first call without
     * building the string, then cached.
     */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && !hashIsZero) {
            for (RopeChunkWalk chunks = new RopeChunkWalk(root, 0); chunks.hasNext(); ) {
                h = chunks.next().hash(h);
            }
            if (h == 0) {
                hashIsZero = true;
            } else {
                hash = h;
            }
        }
        return h;
    }

    /**
     * Compares lexicographically by char, exactly as {@code String.compareTo} compares the same
     * texts. {@code O(n)} in the length of the common prefix.
     *
     * @throws NullPointerException if {@code other} is {@code null}
     */
    @Override
    public int compareTo(Rope other) {
        int n = Math.min(length(), other.length());
        if (other.root != root) {
            RopeCursor a = new RopeCursor(root, 0);
            RopeCursor b = new RopeCursor(other.root, 0);
            if (a.mismatch(b, n) < n) {
                return a.next() - b.next();
            }
        }
        return length() - other.length();
    }

    /** Checks the tree's invariants (see {@link RopeInvariants}); for the tests. */
    void checkInvariants() {
        RopeInvariants.check(root);
        if (root == null && this != EMPTY) {
            throw new IllegalStateException("an empty rope other than Rope.empty()");
        }
    }

    /**
     * Serializes this rope as the one proxy of the persistent types, which writes its text as
     * primitive data: its length, one byte per char if every char is Latin-1 (else two), and the
     * chars.
     *
     * @return the serialization proxy
     */
    @Serial
    private Object writeReplace() {
        return new SerialProxy(this);
    }

    /**
     * Refuses a stream that holds this class itself: only the proxy is ever written.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    @Serial
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("Rope is deserialized through its proxy");
    }

    /**
     * A builder of ropes: appends text in amortized {@code O(1)} per char and builds a {@link Rope}
     * in {@code O(k + log n)} for the {@code k} chunks appended since the last {@link #build()}.
     *
     * <p>It fills one buffer (Latin-1 until a char above U+00FF arrives; growing by doubling up to
     * a chunk's size) and hands each full chunk-sized buffer over as a chunk without copying.
     * {@link #build()} copies only the partly filled buffer, so the builder stays usable afterwards
     * and later appends never change a rope it built; successive builds share every chunk.
     * Appending a rope of at least a chunk's length shares its tree instead of copying it. Not
     * thread-safe.
     */
    public static final class Builder {

        /** The first buffer's length; it doubles up to a chunk's. */
        private static final int INITIAL_CAPACITY = 16;

        /** Everything before {@link #full}: a tree shared with ropes already built. */
        private RopeNode done;

        /** Full chunks appended after {@link #done}. */
        private final ArrayList<RopeChunk> full = new ArrayList<>();

        /** The chunk being filled, in {@link CompactChars} storage; {@code null} before use. */
        private byte[] buffer;

        /** The coder of {@link #buffer}: Latin-1 until a char above U+00FF arrives. */
        private byte coder = CompactChars.LATIN1;

        /** Chars in {@link #buffer}. */
        private int count;

        private int length;

        /** A builder whose text starts with the chars of {@code done} (null for none). */
        Builder(RopeNode done) {
            this.done = done;
            this.length = RopeTrees.length(done);
        }

        /**
         * Returns the number of chars appended. {@code O(1)}.
         *
         * @return the length of the rope {@link #build()} would return
         */
        public int length() {
            return length;
        }

        /**
         * Appends {@code c}. Amortized {@code O(1)}.
         *
         * @param c the char
         * @return this builder
         * @throws OutOfMemoryError if the length would pass {@code Integer.MAX_VALUE}
         */
        public Builder append(char c) {
            RopeTrees.checkLength(length + 1L);
            put(c);
            length++;
            return this;
        }

        /**
         * Appends the chars of {@code text}. {@code O(m)}; a rope of at least one chunk's length is
         * shared in {@code O(log n)} instead.
         *
         * @param text the text
         * @return this builder
         * @throws NullPointerException if {@code text} is {@code null}
         * @throws OutOfMemoryError if the length would pass {@code Integer.MAX_VALUE}
         */
        public Builder append(CharSequence text) {
            Objects.requireNonNull(text, "text");
            int m = text.length();
            RopeTrees.checkLength((long) length + m);
            if (text instanceof Rope && m >= RopeChunk.MAX_LENGTH) {
                done = RopeTrees.concat(collapse(), ((Rope) text).root);
                count = 0;
                if (coder == CompactChars.UTF16) {
                    buffer = null; // the next chunk is UTF-16 only if its own text needs it
                    coder = CompactChars.LATIN1;
                }
            } else if (text instanceof Rope) {
                RopeCursor cursor = new RopeCursor(((Rope) text).root, 0);
                while (cursor.hasNext()) {
                    put(cursor.next());
                }
            } else if (text instanceof String) {
                String s = (String) text; // one monomorphic charAt for the common case
                for (int i = 0; i < m; i++) {
                    put(s.charAt(i));
                }
            } else {
                for (int i = 0; i < m; i++) {
                    put(text.charAt(i));
                }
            }
            length += m;
            return this;
        }

        private void put(char c) {
            if (count == capacity()) {
                makeRoom();
            }
            if (c > CompactChars.LATIN1_MAX && coder == CompactChars.LATIN1) {
                byte[] wide = CompactChars.newBuffer(capacity(), CompactChars.UTF16);
                CompactChars.copy(buffer, coder, 0, wide, CompactChars.UTF16, 0, count);
                buffer = wide;
                coder = CompactChars.UTF16;
            }
            CompactChars.putChar(buffer, coder, count++, c);
        }

        private int capacity() {
            return buffer == null ? 0 : buffer.length >> coder;
        }

        /**
         * Grows the buffer by doubling up to a chunk (so that short texts stay cheap), or hands a
         * full chunk over and starts the next one at full size (the text is long by then).
         */
        private void makeRoom() {
            if (count == RopeChunk.MAX_LENGTH) {
                full.add(RopeChunk.of(buffer, coder)); // the full buffer, without copying
                buffer = new byte[RopeChunk.MAX_LENGTH];
                coder = CompactChars.LATIN1;
                count = 0;
                return;
            }
            int grown = Math.min(RopeChunk.MAX_LENGTH, Math.max(INITIAL_CAPACITY, 2 * count));
            buffer =
                    buffer == null
                            ? CompactChars.newBuffer(grown, coder)
                            : Arrays.copyOf(buffer, grown << coder);
        }

        /** {@link #done} with the full chunks and the partial buffer (copied) appended. */
        private RopeNode collapse() {
            if (!full.isEmpty()) {
                done = RopeTrees.concat(done, RopeTrees.balanced(full));
                full.clear();
            }
            if (count == 0) {
                return done;
            }
            return RopeTrees.concat(done, RopeChunk.copyOf(buffer, coder, 0, count));
        }

        /**
         * Returns a rope of everything appended so far. {@code O(k + log n)} for the {@code k}
         * chunks appended since the last build, plus one partial chunk copied; the builder stays
         * usable and never changes the returned rope.
         *
         * @return the rope
         */
        public Rope build() {
            return ofTree(collapse());
        }
    }
}
