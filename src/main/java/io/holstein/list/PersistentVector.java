package io.holstein.list;

import io.holstein.PersistentList;
import io.holstein.internal.ReadOnlyList;
import io.holstein.internal.SerialProxy;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Collector;

/**
 * An immutable list: every "write" returns a new vector that shares all untouched structure with
 * the old one, and every version stays valid and readable forever.
 *
 * <pre>{@code
 * PersistentVector<String> v1 = PersistentVector.of("a", "b");
 * PersistentVector<String> v2 = v1.append("c").with(0, "z"); // [z, b, c]; v1 is still [a, b]
 * }</pre>
 *
 * <p><b>Costs</b> (n elements, h = ⌈log<sub>32</sub> n⌉, at most 4 up to about a million elements
 * and 7 for any {@code int} size). {@code size} and {@code isEmpty} are O(1). {@code get} is O(h),
 * one array load per level on vectors built by appends. The first {@code append} to a version
 * writes into a spare slot of its tail array and allocates only the new vector; other appends, and
 * {@code prepend}, copy one small edge array; once in 32 a full edge array moves into the trie,
 * O(h); amortized O(1). {@code with} copies one leaf and the path above it, O(32 h). {@code slice},
 * {@code take}, {@code drop} and {@code subList} cut along one path, and {@code insert} and {@code
 * removeAt} copy one path: O(32 h), sharing every other node (within the first or last 32 elements
 * they copy only that edge array). When a cut, a split or a removal leaves the trie too tall for
 * its size, the trie is rebuilt by concatenation instead: rare, and O(n) at worst (each method says
 * when). {@code concat} rebalances the seam between its operands, O(32 h²). Iteration, {@code
 * forEach}, {@code toArray}, {@code indexOf}, {@code lastIndexOf}, {@code hashCode} and {@code
 * equals} are O(n). {@link #builder()}, {@link #toBuilder()} and {@link Builder#build()} are O(1);
 * a {@link Builder#add} is amortized O(1) and edits the builder's own nodes in place.
 *
 * <p><b>Guarantees.</b>
 *
 * <ul>
 *   <li>Immutable: the {@code List} mutators throw {@link UnsupportedOperationException}. Permits
 *       {@code null} elements; iterates in index order.
 *   <li>Safe to publish by any means and to read from any number of threads: a vector's arrays are
 *       reachable only through {@code final} fields, and nothing within its length is written after
 *       it is constructed. Appends to one version from several threads at once are safe: one of
 *       them claims the spare tail slot by a compare-and-set, the others copy.
 *   <li>A slice, {@code subList} or concatenation shares whole leaves and subtrees with its sources
 *       and copies the partly used leaf at each cut, so it keeps alive only elements it holds,
 *       never the rest of its source. A version does keep alive up to 31 elements that later
 *       versions appended into its tail array's spare slots.
 *   <li>Iterators, spliterators and streams never throw {@code ConcurrentModificationException}:
 *       there is nothing to modify. Spliterators are {@code SIZED}, {@code SUBSIZED}, {@code
 *       ORDERED} and {@code IMMUTABLE} and split on leaf boundaries.
 *   <li>Equal to any {@code List} with equal elements in the same order; serializable through a
 *       proxy (structure sharing is not preserved across serialization). As with any serialization
 *       proxy, an object graph that loops back through a vector (an element that refers to the
 *       vector) cannot be deserialized; the mutable lists support such graphs.
 *   <li>A size past {@link Integer#MAX_VALUE} is refused with {@link IllegalStateException} before
 *       anything is built, by every version, builder and collector path (a builder's {@code addAll}
 *       of an {@code Iterable} that is not a {@code Collection} keeps the elements it added before
 *       the limit).
 * </ul>
 *
 * @param <E> the type of elements
 */
public final class PersistentVector<E> extends ReadOnlyList<E>
        implements PersistentList<E>, RandomAccess, Serializable {

    /*
     * Implementation notes.
     *
     * A vector is head ++ trie ++ tail. The head is an exact-size array of at most `width`
     * elements, and prepends copy it. The tail is tail[0 .. tailLength) of an array of at most
     * `width` slots that versions appended one after another share: the slots past a version's
     * length start as the FREE marker, and an append claims the next one by compare-and-set
     * (FREE to the element) and allocates only the new vector. Only the first append to a
     * version can win that slot; any other append to it, or one to a tail with no spare slot,
     * copies the tail, doubling it while the vector is no more than its tail (so a vector of
     * one element holds one slot) and to `width` slots otherwise. Null elements are stored as
     * they are: FREE, not null, marks a free slot. Only when an edge array is full does it move
     * into the trie as a leaf. No version reads past its own length, and a full tail, which
     * becomes a leaf, has no free slot left.
     *
     * The trie (VectorTrie, Branch) is a relaxed radix-balanced tree [1, 2]: leaves are
     * Object[] of 1..width elements, branches are bare Object[] of 1..width children and, when
     * not strict, one more slot holding a table of cumulative sizes. Bare arrays cost a lookup
     * one load per level, as in Clojure's and Scala's vectors; a wrapper object per branch
     * would cost two. Appends push full leaves along the rightmost path, so a vector built by
     * appends is strict everywhere; the `strict` flag, read off the rightmost path when the
     * trie changes, lets `get`, `with` and iteration follow the radix digits without looking
     * for size tables. Concatenation joins two tries along their seam and redistributes the
     * seam's nodes by the RRB plan, so that each seam node has at most `extras` (2) children
     * more than the fewest possible. take and drop cut along one path, copying one node per
     * level. insert copies one path and splits a full leaf (and a branch that overflows) in two
     * as a B-tree does; removeAt copies one path and drops emptied nodes; prepend pushes a full
     * head down the leftmost path, the mirror of append. None of these bounds the height by
     * itself (cuts leave near-empty spines, splits half-full nodes, removals thin leaves, and
     * concatenations repeated on one edge leave one near-empty node per level), so each checks
     * the height against the least possible for its size and, past VectorTrie.MAX_EXTRA_HEIGHT
     * (2) levels more, rebuilds the trie by concatenating the pieces under its root
     * (VectorTrie.balanced). checkInvariants() verifies the size tables, the strict flag and the
     * height bound, which the model tests check after every step on 32-way and 4-way tries.
     *
     * Builders (Builder) record, by height, the branches they created since their last build()
     * and edit exactly those in place; their tail is a full-width array they own. build() copies
     * the tail to its exact size and forgets the record, so nothing a built vector can reach is
     * ever written again. Leaves are never edited in place: a builder's set() copies the leaf.
     *
     * The geometry is a VectorShape (32-way by default). Tests build 4-way vectors, whose tries
     * are deep at small sizes.
     *
     * [1] P. Bagwell, T. Rompf, "RRB-Trees: Efficient Immutable Vectors", EPFL TR 169879, 2011.
     * [2] J. N. L'orange, "Improving RRB-Tree Performance through Transience", MSc thesis,
     *     NTNU, 2014 (the concatenation plan, §3.3).
     */

    @Serial private static final long serialVersionUID = 1L;

    private static final Object[] EMPTY_ARRAY = {};

    /** Marks a tail slot that no version has claimed yet (see {@link #append}). */
    private static final Object FREE = new Object();

    /** Claims tail slots: a compare-and-set from {@link #FREE} to the appended element. */
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    private static final PersistentVector<?> EMPTY =
            new PersistentVector<>(VectorShape.DEFAULT, EMPTY_ARRAY, Trie.EMPTY, EMPTY_ARRAY);

    private final transient VectorShape shape;
    private final transient Object[] head;
    private final transient Object root;
    private final transient int height;
    private final transient int trieSize;

    /**
     * The last elements, {@code tail[0 .. tailLength)}. The array may be longer and shared with
     * other versions: each slot past a version's length is {@link #FREE} or holds an element a
     * later version appended in place (see {@link #append}); no version reads past its length.
     */
    private final transient Object[] tail;

    private final transient int tailLength;

    /** {@code head.length}, kept here so that a lookup need not load the head array first. */
    private final transient int trieStart;

    /** Whether every branch is strict, so that lookups may follow the radix digits alone. */
    private final transient boolean strict;

    PersistentVector(VectorShape shape, Object[] head, Trie trie, Object[] tail) {
        this(shape, head, trie, tail, tail.length);
    }

    private PersistentVector(
            VectorShape shape, Object[] head, Trie trie, Object[] tail, int tailLength) {
        this(
                shape,
                head,
                trie.root,
                trie.height,
                trie.size,
                tail,
                tailLength,
                VectorTrie.isStrict(trie.root, trie.height));
    }

    private PersistentVector(
            VectorShape shape,
            Object[] head,
            Object root,
            int height,
            int trieSize,
            Object[] tail,
            int tailLength,
            boolean strict) {
        this.shape = shape;
        this.head = head;
        this.root = root;
        this.height = height;
        this.trieSize = trieSize;
        this.tail = tail;
        this.tailLength = tailLength;
        this.trieStart = head.length;
        this.strict = strict;
    }

    /** This vector with another head and the same trie and tail; allocates only the vector. */
    private PersistentVector<E> withHead(Object[] newHead) {
        return new PersistentVector<>(
                shape, newHead, root, height, trieSize, tail, tailLength, strict);
    }

    /** This vector with another tail, {@code newTail} exactly, and the same head and trie. */
    private PersistentVector<E> withTail(Object[] newTail) {
        return new PersistentVector<>(
                shape, head, root, height, trieSize, newTail, newTail.length, strict);
    }

    /** This vector with another trie and the same head and tail. */
    private PersistentVector<E> withTrie(Trie trie) {
        return new PersistentVector<>(shape, head, trie, tail, tailLength);
    }

    /** A copy of the tail's elements, exactly. */
    private Object[] tailElements() {
        return Arrays.copyOf(tail, tailLength);
    }

    // ------------------------------------------------------------------ factories

    /**
     * Returns the empty vector. O(1).
     *
     * @param <E> the type of elements
     * @return the empty vector
     */
    @SuppressWarnings("unchecked")
    public static <E> PersistentVector<E> empty() {
        return (PersistentVector<E>) EMPTY;
    }

    /** The empty vector of {@code shape}, for tests of other branching factors. */
    static <E> PersistentVector<E> empty(VectorShape shape) {
        return shape == VectorShape.DEFAULT
                ? empty()
                : new PersistentVector<>(shape, EMPTY_ARRAY, Trie.EMPTY, EMPTY_ARRAY);
    }

    /**
     * Returns a vector of the given elements, in order. O(n).
     *
     * @param elements the elements, which may include {@code null}
     * @param <E> the type of elements
     * @return a new vector
     * @throws NullPointerException if {@code elements} is {@code null}
     */
    @SafeVarargs
    public static <E> PersistentVector<E> of(E... elements) {
        return PersistentVector.<E>builder().addAll(Arrays.asList(elements)).build();
    }

    /**
     * Returns a vector of the elements of {@code elements} in iteration order: O(n), or O(1) and
     * {@code elements} itself if it is a {@code PersistentVector}.
     *
     * @param elements the elements
     * @param <E> the type of elements
     * @return a vector of those elements
     * @throws NullPointerException if {@code elements} is {@code null}
     */
    @SuppressWarnings("unchecked")
    public static <E> PersistentVector<E> copyOf(Iterable<? extends E> elements) {
        if (elements instanceof PersistentVector) {
            return (PersistentVector<E>) elements;
        }
        return PersistentVector.<E>builder().addAll(elements).build();
    }

    /**
     * Returns a collector into a vector, through a builder; parallel parts are joined by {@link
     * #concat}. Amortized O(1) per element.
     *
     * @param <E> the type of elements
     * @return the collector
     */
    public static <E> Collector<E, ?, PersistentVector<E>> collector() {
        return Collector.<E, Builder<E>, PersistentVector<E>>of(
                PersistentVector::builder,
                Builder::add,
                (a, b) -> a.build().concat(b.build()).toBuilder(),
                Builder::build);
    }

    /**
     * Returns a new, empty builder. O(1).
     *
     * @param <E> the type of elements
     * @return a new builder
     */
    public static <E> Builder<E> builder() {
        return new Builder<>(empty());
    }

    /**
     * Returns a builder that starts with this vector's elements. O(1): the builder shares this
     * vector's trie and copies a node the first time it writes it.
     *
     * @return a new builder
     */
    public Builder<E> toBuilder() {
        return new Builder<>(this);
    }

    // ------------------------------------------------------------------ reads

    /**
     * Returns the number of elements. O(1).
     *
     * @return the size
     */
    @Override
    public int size() {
        return trieStart + trieSize + tailLength;
    }

    /**
     * Returns the element at {@code index}. O(log n): one array load per trie level for vectors
     * built by appends, plus a short scan per relaxed level otherwise.
     *
     * @param index the index
     * @return the element
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size());
        int i = index - trieStart;
        if (i < 0) {
            return (E) head[index];
        }
        if (i < trieSize) {
            return (E) trieGet(i);
        }
        return (E) tail[i - trieSize];
    }

    private Object trieGet(int i) {
        return strict
                ? VectorTrie.getStrict(root, height, i, shape)
                : VectorTrie.get(root, height, i, shape);
    }

    /** The array holding element {@code index}: the head, the tail or a leaf. */
    Object[] segmentFor(int index) {
        int i = index - trieStart;
        if (i < 0) {
            return head;
        }
        if (i >= trieSize) {
            return tail;
        }
        return strict
                ? VectorTrie.leafForStrict(root, height, i, shape)
                : VectorTrie.leafFor(root, height, i, shape);
    }

    /** The position of element {@code index} in {@link #segmentFor its array}. */
    int offsetInSegment(int index) {
        int i = index - trieStart;
        if (i < 0) {
            return index;
        }
        if (i >= trieSize) {
            return i - trieSize;
        }
        // In a strict trie every leaf but the last is full, so the last digit is the offset.
        return strict ? i & shape.mask : VectorTrie.offsetInLeaf(root, height, i, shape);
    }

    /** The index after the last element of the trie. */
    int trieEnd() {
        return trieStart + trieSize;
    }

    /**
     * Returns an iterator that reads one leaf at a time. O(1) to create, amortized O(1) per
     * element. Its {@code remove} throws {@link UnsupportedOperationException}.
     *
     * @return an iterator
     */
    @Override
    public Iterator<E> iterator() {
        return new VectorIterator<>(this, 0, size());
    }

    /**
     * Returns a list iterator from index 0, as {@link #listIterator(int) listIterator(0)}.
     *
     * @return a list iterator
     */
    @Override
    public ListIterator<E> listIterator() {
        return new VectorIterator<>(this, 0, size());
    }

    /**
     * Returns a list iterator whose first {@code next()} returns element {@code index}. It reads
     * one leaf at a time in both directions: O(log n) to create, amortized O(1) per step on vectors
     * built by appends, O(log n) per leaf crossed otherwise. Its {@code set}, {@code add} and
     * {@code remove} throw {@link UnsupportedOperationException}.
     *
     * @param index the index of the first element {@code next()} returns, from 0 to {@code size()}
     * @return a list iterator
     * @throws IndexOutOfBoundsException if {@code index} is negative or greater than {@code size()}
     */
    @Override
    public ListIterator<E> listIterator(int index) {
        int size = size();
        // Not checkIndex(index, size + 1): size + 1 overflows at Integer.MAX_VALUE.
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
        return new VectorIterator<>(this, index, size);
    }

    /**
     * Returns the index of the first element equal to {@code o}, or -1. O(n), reading one leaf at a
     * time.
     *
     * @param o the element to look for, may be {@code null}
     * @return the index, or -1
     */
    @Override
    public int indexOf(Object o) {
        Iterator<E> it = iterator();
        for (int i = 0; it.hasNext(); i++) {
            if (Objects.equals(o, it.next())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns the index of the last element equal to {@code o}, or -1. O(n), reading one leaf at a
     * time from the end.
     *
     * @param o the element to look for, may be {@code null}
     * @return the index, or -1
     */
    @Override
    public int lastIndexOf(Object o) {
        ListIterator<E> it = listIterator(size());
        while (it.hasPrevious()) {
            if (Objects.equals(o, it.previous())) {
                return it.nextIndex();
            }
        }
        return -1;
    }

    /**
     * Returns a spliterator that is {@code SIZED}, {@code SUBSIZED}, {@code ORDERED} and {@code
     * IMMUTABLE} and splits on leaf boundaries. O(1); a split is O(log n).
     *
     * @return a spliterator
     */
    @Override
    public Spliterator<E> spliterator() {
        return new VectorSpliterator<>(this, 0, size());
    }

    /**
     * Calls {@code action} on every element in order, walking leaves. O(n).
     *
     * @param action the action
     * @throws NullPointerException if {@code action} is {@code null}
     */
    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        Consumer<Object[]> each =
                array -> {
                    for (Object e : array) {
                        action.accept((E) e);
                    }
                };
        each.accept(head);
        if (trieSize > 0) {
            VectorTrie.forEachLeaf(root, height, each);
        }
        for (int i = 0; i < tailLength; i++) {
            action.accept((E) tail[i]);
        }
    }

    /**
     * Returns a new array of the elements in order. O(n).
     *
     * @return the array
     */
    @Override
    public Object[] toArray() {
        Object[] out = new Object[size()];
        int[] at = {0};
        Consumer<Object[]> copy =
                array -> {
                    System.arraycopy(array, 0, out, at[0], array.length);
                    at[0] += array.length;
                };
        copy.accept(head);
        if (trieSize > 0) {
            VectorTrie.forEachLeaf(root, height, copy);
        }
        System.arraycopy(tail, 0, out, at[0], tailLength);
        return out;
    }

    /**
     * Compares with any {@code List} by elements in order. O(n); leaves shared by two vectors at
     * the same position are skipped without comparing their elements.
     *
     * @param o the object to compare with
     * @return whether {@code o} is a list with equal elements in the same order
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof List)) {
            return false;
        }
        List<?> other = (List<?>) o;
        if (other.size() != size()) {
            return false;
        }
        if (o instanceof PersistentVector) {
            return equalVectors((PersistentVector<?>) o);
        }
        Iterator<?> it = other.iterator();
        for (E e : this) {
            if (!it.hasNext() || !Objects.equals(e, it.next())) {
                return false;
            }
        }
        return !it.hasNext();
    }

    private boolean equalVectors(PersistentVector<?> other) {
        if (other.root == root && other.head.length == head.length && trieSize > 0) {
            // The same trie at the same place: only the edges can differ.
            return Arrays.equals(head, other.head)
                    && Arrays.equals(tail, 0, tailLength, other.tail, 0, other.tailLength);
        }
        int i = 0;
        int n = size();
        while (i < n) {
            Object[] a = segmentFor(i);
            int ai = offsetInSegment(i);
            Object[] b = other.segmentFor(i);
            int bi = other.offsetInSegment(i);
            // A tail array may run past the vector's end (see append).
            int run = Math.min(Math.min(a.length - ai, b.length - bi), n - i);
            // A shared leaf at the same position holds the same elements: skip it.
            if (a != b || ai != bi) {
                for (int k = 0; k < run; k++) {
                    if (!Objects.equals(a[ai + k], b[bi + k])) {
                        return false;
                    }
                }
            }
            i += run;
        }
        return true;
    }

    /**
     * Returns the hash code {@code List} defines. O(n); not cached, since elements may be mutable.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int[] h = {1};
        forEach(e -> h[0] = 31 * h[0] + Objects.hashCode(e));
        return h[0];
    }

    // ------------------------------------------------------------------ versions

    /**
     * Returns this vector with {@code e} appended. The first append to a version writes {@code e}
     * into a spare slot of the tail array in place, claimed by a compare-and-set, and allocates
     * only the new vector; a second append to the same version, or one to a tail without a spare
     * slot, copies the tail (at most 31 elements; small vectors grow it by doubling, larger ones to
     * 32 slots). Once in 32 appends the full tail is pushed into the trie along the rightmost path.
     * Amortized O(1), O(log n) at worst.
     *
     * <p>A version shares its tail array with the versions appended to it, so it keeps up to 31 of
     * their elements reachable (never readable) while it lives.
     *
     * @param e the element, may be {@code null}
     * @return the new vector
     * @throws IllegalStateException if the size is already {@link Integer#MAX_VALUE}
     */
    @Override
    public PersistentVector<E> append(E e) {
        checkRoom(size(), 1);
        int n = tailLength;
        if (n < shape.width) {
            Object[] t = tail;
            if (n == t.length || !SLOT.compareAndSet(t, n, FREE, e)) {
                t = grownTail(e);
            }
            return new PersistentVector<>(shape, head, root, height, trieSize, t, n + 1, strict);
        }
        Trie pushed = VectorTrie.appendLeaf(trie(), tail, shape, null);
        Object[] t = new Object[shape.width];
        t[0] = e;
        Arrays.fill(t, 1, t.length, FREE);
        return new PersistentVector<>(shape, head, pushed, t, 1);
    }

    /**
     * A new tail array holding this vector's tail elements and {@code e}, its spare slots free:
     * twice the length when the vector is no more than its tail (so that a vector of one element
     * holds one slot), else {@code width} slots.
     */
    private Object[] grownTail(Object e) {
        int n = tailLength;
        int capacity =
                trieStart + trieSize == 0 ? Math.min(shape.width, Math.max(1, 2 * n)) : shape.width;
        Object[] t = Arrays.copyOf(tail, capacity);
        t[n] = e;
        Arrays.fill(t, n + 1, capacity, FREE);
        return t;
    }

    /**
     * Returns this vector with {@code e} inserted before the first element. Copies the head (at
     * most 31 elements), and once in 32 prepends pushes a full head into the trie along the
     * leftmost path: amortized O(1), O(32 log n) at worst.
     *
     * @param e the element, may be {@code null}
     * @return the new vector
     * @throws IllegalStateException if the size is already {@link Integer#MAX_VALUE}
     */
    @Override
    public PersistentVector<E> prepend(E e) {
        checkRoom(size(), 1);
        if (head.length < shape.width) {
            Object[] h = new Object[head.length + 1];
            h[0] = e;
            System.arraycopy(head, 0, h, 1, head.length);
            return withHead(h);
        }
        Trie pushed = VectorTrie.prependLeaf(trie(), head, shape);
        return new PersistentVector<>(shape, new Object[] {e}, pushed, tail, tailLength);
    }

    /**
     * Returns this vector with element {@code index} replaced by {@code e}. Copies one leaf and the
     * path above it: O(log n). Returns {@code this} if the element there is {@code e} itself.
     *
     * @param index the index
     * @param e the new element, may be {@code null}
     * @return the new vector
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    @Override
    public PersistentVector<E> with(int index, E e) {
        Objects.checkIndex(index, size());
        int i = index - trieStart;
        if (i < 0) {
            if (head[index] == e) {
                return this;
            }
            Object[] h = head.clone();
            h[index] = e;
            return withHead(h);
        }
        if (i < trieSize) {
            // Both return the root itself when the element is e already.
            Object newRoot =
                    strict
                            ? VectorTrie.setStrict(root, height, i, e, shape)
                            : VectorTrie.set(root, height, i, e, shape, null);
            if (newRoot == root) {
                return this;
            }
            return new PersistentVector<>(
                    shape, head, newRoot, height, trieSize, tail, tailLength, strict);
        }
        if (tail[i - trieSize] == e) {
            return this;
        }
        Object[] t = tailElements();
        t[i - trieSize] = e;
        return withTail(t);
    }

    /**
     * Returns this vector with {@code e} inserted at {@code index}, the elements from there on
     * shifted up by one. Within a head or tail that has room this copies that one array; elsewhere
     * it copies the path to one leaf, splitting that leaf (and, rarely, branches above it) in two
     * when full, as a B-tree does: O(32 log n), sharing every other node. The branches on the path
     * keep a size table from then on, so later lookups there scan a little. Splits leave nodes half
     * full; when that makes the trie too tall for its size it is rebuilt by concatenation, O(n) at
     * worst and rare.
     *
     * @param index the index, from 0 to {@code size()}
     * @param e the element, may be {@code null}
     * @return the new vector
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     * @throws IllegalStateException if the size is already {@link Integer#MAX_VALUE}
     */
    @Override
    public PersistentVector<E> insert(int index, E e) {
        checkRoom(size(), 1); // first, so that size() + 1 does not overflow
        Objects.checkIndex(index, size() + 1);
        if (index == size()) {
            return append(e);
        }
        if (index == 0) {
            return prepend(e);
        }
        if (index <= head.length && head.length < shape.width) {
            return withHead(VectorTrie.inserted(head, head.length, index, e));
        }
        int t = index - head.length - trieSize;
        if (t >= 0 && tailLength < shape.width) {
            return withTail(VectorTrie.inserted(tail, tailLength, t, e));
        }
        if (index < head.length) {
            // A full head passes its last element to the front of the trie.
            Object[] grown = VectorTrie.inserted(head, head.length, index, e);
            Trie trie = VectorTrie.insert(trie(), 0, grown[shape.width], shape);
            return new PersistentVector<>(
                    shape, Arrays.copyOf(grown, shape.width), trie, tail, tailLength);
        }
        if (t > 0) {
            // A full tail passes its first element to the end of the trie.
            Object[] grown = VectorTrie.inserted(tail, tailLength, t, e);
            Trie trie = VectorTrie.insert(trie(), trieSize, grown[0], shape);
            return new PersistentVector<>(
                    shape, head, trie, Arrays.copyOfRange(grown, 1, grown.length));
        }
        return withTrie(VectorTrie.insert(trie(), index - head.length, e, shape));
    }

    /**
     * Returns this vector without element {@code index}. Within the head or tail this copies that
     * one array; elsewhere it copies the path to the element's leaf, dropping the leaf if it
     * empties: O(32 log n), sharing every other node. Leaves are not merged; a trie thinned until
     * it is too tall for its size is rebuilt by concatenation, O(n) at worst, which takes a trie
     * that has lost most of its elements.
     *
     * @param index the index
     * @return the new vector
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    @Override
    public PersistentVector<E> removeAt(int index) {
        Objects.checkIndex(index, size());
        if (index < head.length) {
            return withHead(VectorTrie.removed(head, head.length, index));
        }
        int t = index - head.length - trieSize;
        if (t >= 0) {
            return withTail(VectorTrie.removed(tail, tailLength, t));
        }
        return withTrie(VectorTrie.remove(trie(), index - head.length, shape));
    }

    /**
     * Returns this vector followed by the elements of {@code elements}: {@link #concat} for a
     * {@code PersistentVector}, otherwise amortized O(1) per element through a builder. Returns
     * {@code this} if {@code elements} is empty.
     *
     * <p>A size past {@link Integer#MAX_VALUE} is refused and this vector stays as it is: the size
     * of a {@code Collection} is checked before any element is read; elements of another {@code
     * Iterable} are read until the limit.
     *
     * @param elements the elements to append
     * @return the new vector
     * @throws NullPointerException if {@code elements} is {@code null}
     * @throws IllegalStateException if the size would pass {@link Integer#MAX_VALUE}
     */
    @Override
    public PersistentVector<E> appendAll(Iterable<? extends E> elements) {
        if (elements instanceof PersistentVector) {
            return concat((PersistentVector<? extends E>) elements);
        }
        if (elements instanceof Collection) {
            checkRoom(size(), ((Collection<?>) elements).size());
        }
        Iterator<? extends E> it = elements.iterator();
        if (!it.hasNext()) {
            return this;
        }
        Builder<E> builder = toBuilder();
        it.forEachRemaining(builder::add);
        return builder.build();
    }

    /**
     * Returns this vector followed by {@code other}. Given another {@code PersistentVector}, the
     * tries are joined along their seam, which is rebalanced, and every other node of both is
     * shared: O(32 log² n); a short one (at most 32 elements) is appended element by element
     * instead. Any other list is appended element by element, as by {@link #appendAll}.
     *
     * @param other the list to append
     * @return the new vector; {@code this} if {@code other} is empty, {@code other} if this is
     *     empty and {@code other} is a vector
     * @throws NullPointerException if {@code other} is {@code null}
     * @throws IllegalStateException if the size would pass {@link Integer#MAX_VALUE}
     */
    @Override
    public PersistentVector<E> concat(PersistentList<? extends E> other) {
        if (other instanceof PersistentVector<? extends E> vector) {
            return concatVector(vector);
        }
        return appendAll(other);
    }

    @SuppressWarnings("unchecked")
    private PersistentVector<E> concatVector(PersistentVector<? extends E> other) {
        if (other.size() == 0) {
            return this;
        }
        checkRoom(size(), other.size());
        if (size() == 0 && other.shape == shape) {
            return (PersistentVector<E>) other;
        }
        if (other.size() <= shape.width || other.shape != shape) {
            Builder<E> builder = toBuilder();
            other.forEach(builder::add);
            return builder.build();
        }
        Trie left =
                tailLength == 0
                        ? trie()
                        : tailLength == shape.width
                                ? VectorTrie.appendLeaf(trie(), tail, shape, null)
                                : VectorTrie.concat(trie(), Trie.leaf(tailElements()), shape);
        Trie right = VectorTrie.concat(Trie.leaf(other.head), other.trie(), shape);
        return new PersistentVector<>(
                shape, head, VectorTrie.concat(left, right, shape), other.tail, other.tailLength);
    }

    /**
     * Returns the elements from {@code from} (inclusive) to {@code to} (exclusive). The trie is cut
     * along two paths, copying one node per level on each; every other node is shared: O(32 log n).
     * (A cut that leaves a trie too tall for what remains joins the pieces under its root by
     * concatenation instead: O(32 log² n) for a trie built by appends, O(n) at worst for one
     * thinned by many removals.)
     *
     * @param from the first index
     * @param to the index after the last
     * @return the slice; {@code this} if it is the whole vector
     * @throws IndexOutOfBoundsException if {@code from < 0}, {@code to > size()} or {@code from >
     *     to}
     */
    @Override
    public PersistentVector<E> slice(int from, int to) {
        Objects.checkFromToIndex(from, to, size());
        if (from == 0 && to == size()) {
            return this;
        }
        int h = head.length;
        Object[] newHead = Arrays.copyOfRange(head, Math.min(from, h), Math.min(to, h));
        int trieFrom = clamp(from - h, trieSize);
        int trieTo = clamp(to - h, trieSize);
        Trie cut = VectorTrie.drop(VectorTrie.take(trie(), trieTo, shape), trieFrom, shape);
        int tailStart = h + trieSize;
        Object[] newTail =
                Arrays.copyOfRange(
                        tail,
                        clamp(from - tailStart, tailLength),
                        clamp(to - tailStart, tailLength));
        return new PersistentVector<>(shape, newHead, cut, newTail);
    }

    /**
     * Returns the first {@code n} elements, as {@link #slice slice(0, n)}.
     *
     * @param n how many elements to keep
     * @return the vector of the first {@code n} elements
     * @throws IndexOutOfBoundsException if {@code n} is negative or greater than {@code size()}
     */
    @Override
    public PersistentVector<E> take(int n) {
        Objects.checkFromToIndex(0, n, size());
        return slice(0, n);
    }

    /**
     * Returns all but the first {@code n} elements, as {@link #slice slice(n, size())}.
     *
     * @param n how many elements to drop
     * @return the vector of the remaining elements
     * @throws IndexOutOfBoundsException if {@code n} is negative or greater than {@code size()}
     */
    @Override
    public PersistentVector<E> drop(int n) {
        Objects.checkFromToIndex(n, size(), size());
        return slice(n, size());
    }

    /**
     * Returns the elements from {@code from} to {@code to} as a vector, like {@link #slice} (O(32
     * log n), sharing nodes) but with {@code List.subList}'s exceptions. The result is a vector of
     * its own, not a view: it does not keep this vector alive.
     *
     * @param from the first index
     * @param to the index after the last
     * @return the slice
     * @throws IndexOutOfBoundsException if {@code from < 0} or {@code to > size()}
     * @throws IllegalArgumentException if {@code from > to}
     */
    @Override
    public PersistentVector<E> subList(int from, int to) {
        if (from < 0) {
            throw new IndexOutOfBoundsException("fromIndex = " + from);
        }
        if (to > size()) {
            throw new IndexOutOfBoundsException("toIndex = " + to);
        }
        if (from > to) {
            throw new IllegalArgumentException("fromIndex(" + from + ") > toIndex(" + to + ")");
        }
        return slice(from, to);
    }

    // ------------------------------------------------------------------ internals

    Trie trie() {
        return new Trie(root, height, trieSize);
    }

    VectorShape shape() {
        return shape;
    }

    Object[] head() {
        return head;
    }

    Object[] tail() {
        return tail;
    }

    /**
     * Refuses to grow a vector or builder of {@code size} elements by {@code added}, before
     * anything is built, if the size would pass {@link Integer#MAX_VALUE}.
     */
    static void checkRoom(int size, int added) {
        if (size > Integer.MAX_VALUE - added) {
            throw new IllegalStateException(
                    "size would exceed Integer.MAX_VALUE: " + size + " + " + added);
        }
    }

    private static int clamp(int i, int max) {
        return Math.max(0, Math.min(i, max));
    }

    /** Checks the whole structure; see {@link VectorTrie#check}. */
    void checkInvariants() {
        if (head.length > shape.width || tailLength > shape.width || tailLength > tail.length) {
            throw new AssertionError(
                    "head of " + head.length + ", tail of " + tailLength + " in " + tail.length);
        }
        int counted = VectorTrie.check(trie(), shape);
        if (head.length + counted + tailLength != size()) {
            throw new AssertionError(
                    "size " + size() + " but counted " + (head.length + counted + tailLength));
        }
        if (strict != VectorTrie.isStrictEverywhere(root, height)) {
            throw new AssertionError("strict flag " + strict + " does not match the trie");
        }
    }

    /** Whether lookups follow the radix digits alone: no branch has a size table. */
    boolean isStrict() {
        return strict;
    }

    /**
     * Serializes this vector as the one proxy of the persistent types, which writes its size and
     * its elements in order.
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
        throw new InvalidObjectException("PersistentVector is deserialized through its proxy");
    }

    // ------------------------------------------------------------------ builder

    /**
     * Builds a {@link PersistentVector} by appending and updating in place. Not a {@code List} and
     * not synchronized: one builder must not be used by several threads at once.
     *
     * <pre>{@code
     * PersistentVector.Builder<Integer> builder = PersistentVector.builder();
     * for (int i = 0; i < 1000; i++) {
     *     builder.add(i);                            // in place, amortized O(1)
     * }
     * PersistentVector<Integer> numbers = builder.build(); // O(1); the builder stays usable
     * }</pre>
     *
     * <p>{@link #add} is amortized O(1): it writes into a tail array the builder owns and, once in
     * 32 adds, hands that array to the trie as a leaf, editing the branches the builder created in
     * place. {@link #build()} is O(1) (it copies the tail, at most 32 elements) and retires the
     * builder's ownership of everything built so far: the builder stays usable, and later writes
     * copy what they touch instead of changing a vector already built.
     *
     * @param <E> the type of elements
     */
    public static final class Builder<E> {

        private final VectorShape shape;

        /**
         * The branches this builder created since its last {@link #build()}, by height: reachable
         * from no built vector, so they may be edited in place. Others are copied first.
         */
        private final Object[] owned;

        private Object[] head;
        private Trie trie;
        private Object[] tail;
        private int tailLength;

        /**
         * How many elements the tail may hold: {@code width}, or fewer where the size limit comes
         * first. Folding the limit into the full-tail test keeps {@link #add} at one comparison.
         */
        private int tailRoom;

        Builder(PersistentVector<E> from) {
            this.shape = from.shape;
            this.head = from.head;
            this.trie = from.trie();
            this.tail = new Object[shape.width];
            System.arraycopy(from.tail, 0, tail, 0, from.tailLength);
            this.tailLength = from.tailLength;
            this.tailRoom = tailRoom();
            this.owned =
                    new Object
                            [shape.minimalHeight(Integer.MAX_VALUE)
                                    + VectorTrie.MAX_EXTRA_HEIGHT
                                    + 2];
        }

        /** {@link #tailRoom} for the current head and trie. */
        private int tailRoom() {
            return Math.min(shape.width, Integer.MAX_VALUE - head.length - trie.size);
        }

        /**
         * Appends {@code e}. Amortized O(1).
         *
         * @param e the element, may be {@code null}
         * @return this builder
         * @throws IllegalStateException if the size is already {@link Integer#MAX_VALUE}; the
         *     builder is then unchanged
         */
        public Builder<E> add(E e) {
            if (tailLength == tailRoom) {
                // The tail is full, or the builder holds Integer.MAX_VALUE elements.
                checkRoom(size(), 1);
                // The full tail becomes a leaf as it is, and is never written again.
                trie = VectorTrie.appendLeaf(trie, tail, shape, owned);
                tail = new Object[shape.width];
                tailLength = 0;
                tailRoom = tailRoom();
            }
            tail[tailLength++] = e;
            return this;
        }

        /**
         * Appends every element of {@code elements} in iteration order. Amortized O(1) per element.
         *
         * <p>A size past {@link Integer#MAX_VALUE} is refused: the size of a {@code Collection} is
         * checked before any element is read, and the builder is then unchanged; the elements of
         * another {@code Iterable} are added one by one, so those read before the limit stay added.
         *
         * @param elements the elements
         * @return this builder
         * @throws NullPointerException if {@code elements} is {@code null}
         * @throws IllegalStateException if the size would pass {@link Integer#MAX_VALUE}
         */
        public Builder<E> addAll(Iterable<? extends E> elements) {
            if (elements instanceof Collection) {
                checkRoom(size(), ((Collection<?>) elements).size());
            }
            for (E e : elements) {
                add(e);
            }
            return this;
        }

        /**
         * Returns the number of elements added so far. O(1).
         *
         * @return the size
         */
        public int size() {
            return head.length + trie.size + tailLength;
        }

        /**
         * Returns the element at {@code index}. O(log n).
         *
         * @param index the index
         * @return the element
         * @throws IndexOutOfBoundsException if {@code index} is out of range
         */
        @SuppressWarnings("unchecked")
        public E get(int index) {
            Objects.checkIndex(index, size());
            int i = index - head.length;
            if (i < 0) {
                return (E) head[index];
            }
            if (i < trie.size) {
                return (E) VectorTrie.get(trie.root, trie.height, i, shape);
            }
            return (E) tail[i - trie.size];
        }

        /**
         * Replaces the element at {@code index}. O(1) in the tail; elsewhere it copies the leaf and
         * edits (or, where not yet owned, copies) the path above it: O(log n).
         *
         * @param index the index
         * @param e the new element, may be {@code null}
         * @return the element previously at {@code index}
         * @throws IndexOutOfBoundsException if {@code index} is out of range
         */
        public E set(int index, E e) {
            E old = get(index);
            int i = index - head.length;
            if (i < 0) {
                head = head.clone();
                head[index] = e;
            } else if (i < trie.size) {
                trie =
                        new Trie(
                                VectorTrie.set(trie.root, trie.height, i, e, shape, owned),
                                trie.height,
                                trie.size);
            } else {
                tail[i - trie.size] = e;
            }
            return old;
        }

        /**
         * Removes and returns the last element. O(1) from the tail; once in 32 calls the last leaf
         * moves back into the tail, O(32 log n).
         *
         * @return the removed element
         * @throws NoSuchElementException if the builder is empty
         */
        @SuppressWarnings("unchecked")
        public E removeLast() {
            if (tailLength == 0) {
                if (trie.size > 0) {
                    Object[] leaf =
                            VectorTrie.leafFor(trie.root, trie.height, trie.size - 1, shape);
                    trie = VectorTrie.take(trie, trie.size - leaf.length, shape);
                    // The cut copied the rightmost path; what this builder owned there is gone.
                    Arrays.fill(owned, null);
                    tail = Arrays.copyOf(leaf, shape.width);
                    tailLength = leaf.length;
                    tailRoom = tailRoom();
                } else if (head.length > 0) {
                    E last = (E) head[head.length - 1];
                    head = Arrays.copyOf(head, head.length - 1);
                    tailRoom = tailRoom();
                    return last;
                } else {
                    throw new NoSuchElementException("empty builder");
                }
            }
            E last = (E) tail[--tailLength];
            tail[tailLength] = null;
            return last;
        }

        /**
         * Returns a vector of the elements added so far. O(1): copies the tail (at most 32
         * elements) and retires the builder's ownership of its nodes, so that later writes to this
         * builder never change the returned vector.
         *
         * @return the vector
         */
        public PersistentVector<E> build() {
            if (size() == 0) {
                return empty(shape);
            }
            Arrays.fill(owned, null);
            return new PersistentVector<>(shape, head, trie, Arrays.copyOf(tail, tailLength));
        }

        @Override
        public String toString() {
            return "PersistentVector.Builder(size " + size() + ")";
        }
    }
}
