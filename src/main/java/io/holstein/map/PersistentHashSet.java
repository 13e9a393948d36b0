package io.holstein.map;

import io.holstein.PersistentSet;
import io.holstein.internal.IterationKind;
import io.holstein.internal.Owner;
import io.holstein.internal.ReadOnlySet;
import io.holstein.internal.SerialProxy;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Collector;

/**
 * An immutable hash set: every "write" ({@link #with}, {@link #without}, {@link #union}, ...)
 * returns a new version that shares all untouched structure with this one, and every version stays
 * valid and unchanged.
 *
 * <pre>{@code
 * PersistentHashSet<String> s1 = PersistentHashSet.of("a", "b");
 * PersistentHashSet<String> s2 = s1.with("c").without("a"); // [b, c]; s1 is still [a, b]
 * }</pre>
 *
 * <p><b>Costs.</b> {@code contains}, {@code with} and {@code without} run in O(log<sub>32</sub> n)
 * steps, at most seven levels, with the hash-collision costs of {@link PersistentHashMap}, whose
 * trie nodes this set uses. {@code size}, {@code isEmpty}, {@link #builder()} and {@link
 * #toBuilder()} are O(1); iteration is O(n); {@code hashCode} is O(n) once, then cached. {@link
 * #union}, {@link #intersection} and {@link #difference} cost O(m log<sub>32</sub> n) for the m
 * elements they visit. {@code equals} with another {@code PersistentHashSet} rejects on size and
 * hash bitmaps early and skips shared sub-trees.
 *
 * <p><b>Guarantees.</b>
 *
 * <ul>
 *   <li>Immutable: {@code Set} mutators throw {@link UnsupportedOperationException}. Permits {@code
 *       null}.
 *   <li>A write that changes nothing returns {@code this}; set algebra returns an operand unchanged
 *       when the result equals it.
 *   <li>Iteration order is unspecified but depends only on the contents. Spliterators are {@code
 *       IMMUTABLE}, {@code SIZED}, {@code SUBSIZED}, {@code DISTINCT} and split on node boundaries.
 *   <li>Thread-safe: a set, however it was made, may be published by any means and read by any
 *       number of threads.
 *   <li>Serializable through a proxy; sharing is not preserved across serialization. As with any
 *       serialization proxy, an object graph that loops back through a set (an element that refers
 *       to the set) cannot be deserialized; the mutable sets support such graphs.
 * </ul>
 *
 * @param <E> the type of elements
 */
public final class PersistentHashSet<E> extends ReadOnlySet<E>
        implements PersistentSet<E>, Serializable {

    /*
     * Implementation notes.
     *
     * The CHAMP trie of PersistentHashMap (see its notes), with every element mapped to one
     * marker value: the nodes, their compaction, collision handling and the builders' ownership
     * protocol are written once. Elements are keys, so the hash code of a set depends only on
     * them and may be cached (racy single check: recomputing is harmless).
     */

    @Serial private static final long serialVersionUID = 1L;

    private static final PersistentHashSet<?> EMPTY = new PersistentHashSet<>(BitmapNode.EMPTY);

    private final transient ChampNode root;

    /** The cached hash code; 0 until computed. */
    private transient int hash;

    PersistentHashSet(ChampNode root) {
        this.root = root;
    }

    /**
     * Returns the empty set. O(1); one shared instance.
     *
     * @param <E> the type of elements
     * @return the empty set
     */
    @SuppressWarnings("unchecked")
    public static <E> PersistentHashSet<E> empty() {
        return (PersistentHashSet<E>) EMPTY;
    }

    /**
     * Returns a set of the given elements. O(n).
     *
     * @param <E> the type of elements
     * @param elements the elements
     * @return the set
     * @throws IllegalArgumentException if two elements are equal, as {@link Set#of} does
     * @throws NullPointerException if the array is null
     */
    @SafeVarargs
    public static <E> PersistentHashSet<E> of(E... elements) {
        Builder<E> b = builder();
        for (E e : elements) {
            int before = b.size();
            b.add(e);
            if (b.size() == before) {
                throw new IllegalArgumentException("duplicate element: " + e);
            }
        }
        return b.build();
    }

    /**
     * Returns a set of the elements of {@code elements}: {@code elements} itself if it is a {@code
     * PersistentHashSet} (O(1)), otherwise a new set built in O(n).
     *
     * @param <E> the type of elements
     * @param elements the elements
     * @return an immutable set of them
     * @throws NullPointerException if {@code elements} is null
     */
    @SuppressWarnings("unchecked")
    public static <E> PersistentHashSet<E> copyOf(Iterable<? extends E> elements) {
        if (elements instanceof PersistentHashSet) {
            return (PersistentHashSet<E>) elements;
        }
        return PersistentHashSet.<E>builder().addAll(elements).build();
    }

    /**
     * Returns a collector into a {@code PersistentHashSet}, through a builder. O(n).
     *
     * @param <E> the type of elements
     * @return the collector
     */
    public static <E> Collector<E, ?, PersistentHashSet<E>> collector() {
        return Collector.of(
                PersistentHashSet::<E>builder,
                Builder::add,
                (a, b) -> a.addAll(b.build()),
                Builder::build,
                Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns an empty builder. O(1).
     *
     * @param <E> the type of elements
     * @return a new builder
     */
    public static <E> Builder<E> builder() {
        return new Builder<>(BitmapNode.EMPTY);
    }

    /**
     * Returns a builder that starts from this set's elements, sharing its whole trie. O(1); the
     * builder copies a node of this set before its first write to it.
     *
     * @return a new builder
     */
    public Builder<E> toBuilder() {
        return new Builder<>(root);
    }

    // ------------------------------------------------------------------ reads

    /** Returns the number of elements. O(1). */
    @Override
    public int size() {
        return root.size();
    }

    /** Returns whether the set has no elements. O(1). */
    @Override
    public boolean isEmpty() {
        return root.size() == 0;
    }

    /** Returns whether {@code o} is an element. O(log<sub>32</sub> n). */
    @Override
    public boolean contains(Object o) {
        return root.find(o, ChampNode.spread(o), 0) != Sentinel.NOT_FOUND;
    }

    /** Returns an iterator over the elements; {@code remove} throws. O(1). */
    @Override
    public Iterator<E> iterator() {
        return new ChampIterator<>(IterationKind.KEYS, root);
    }

    /** Returns a spliterator that splits on node boundaries. O(1). */
    @Override
    public Spliterator<E> spliterator() {
        return new ChampSpliterator<>(IterationKind.KEYS, root, Spliterator.DISTINCT);
    }

    /** Calls {@code action} for every element, allocating nothing per element. O(n). */
    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        root.forEach((k, v) -> action.accept((E) k));
    }

    /**
     * Compares with {@code o} as {@link Set#equals} requires. Against another {@code
     * PersistentHashSet}: O(1) rejection on size and hash bitmaps, then node by node, skipping
     * shared sub-trees.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof PersistentHashSet<?> other) {
            return root.equivalent(other.root);
        }
        return super.equals(o);
    }

    /** Returns the sum of the elements' hash codes. O(n) the first time, then O(1). */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && !isEmpty()) {
            int[] sum = {0};
            root.forEach((k, v) -> sum[0] += Objects.hashCode(k));
            h = sum[0];
            hash = h;
        }
        return h;
    }

    // ------------------------------------------------------------------ versions

    /**
     * Returns a set with {@code e}. O(log<sub>32</sub> n); shares all but one path. Returns {@code
     * this} if {@code e} is already an element.
     *
     * @param e the element
     * @return the new version
     */
    public PersistentHashSet<E> with(E e) {
        ChampNode r = root.put(null, e, ChampNode.spread(e), Sentinel.PRESENT, 0);
        return r == root ? this : new PersistentHashSet<>(r);
    }

    /**
     * Returns a set without {@code e}. O(log<sub>32</sub> n); shares all but one path. Returns
     * {@code this} if {@code e} is absent.
     *
     * @param e the element
     * @return the new version
     */
    public PersistentHashSet<E> without(Object e) {
        ChampNode r = root.remove(null, e, ChampNode.spread(e), 0);
        return r == root ? this : new PersistentHashSet<>(r);
    }

    /**
     * Returns the union of this set and {@code c}. Given another {@code PersistentHashSet}, merges
     * the two tries node by node, taking slots only one side uses and shared sub-trees as they are:
     * at most O(n + m), less the more they share. Otherwise adds the elements of {@code c} one by
     * one, O(m log<sub>32</sub> n), writing in place the nodes it creates. Returns {@code this} or
     * {@code c} when the union equals it.
     *
     * @param c the elements to add
     * @return the union
     * @throws NullPointerException if {@code c} is null
     */
    @SuppressWarnings("unchecked")
    public PersistentHashSet<E> union(Collection<? extends E> c) {
        if (c instanceof PersistentHashSet<?> p) {
            ChampNode r = ChampUnion.union(root, p.root, 0);
            return r == root
                    ? this
                    : r == p.root ? (PersistentHashSet<E>) p : new PersistentHashSet<>(r);
        }
        Owner owner = new Owner();
        ChampNode r = root;
        for (E e : c) {
            r = r.put(owner, e, ChampNode.spread(e), Sentinel.PRESENT, 0);
        }
        return r == root ? this : new PersistentHashSet<>(r);
    }

    /**
     * Returns the elements of this set that {@code c} contains, by {@code c.contains}. O(n) calls
     * of {@code contains} plus O(log<sub>32</sub> n) per element removed. Returns {@code this} when
     * every element is kept, and {@code c} when it is a {@code PersistentHashSet} equal to the
     * result.
     *
     * @param c the elements to keep
     * @return the intersection
     * @throws NullPointerException if {@code c} is null
     */
    @SuppressWarnings("unchecked")
    public PersistentHashSet<E> intersection(Collection<?> c) {
        if (c instanceof PersistentHashSet<?> p && p.root == root) {
            return this;
        }
        PersistentHashSet<E> result = removeWhere(c, true);
        if (result != this && c instanceof PersistentHashSet<?> p && p.size() == result.size()) {
            return (PersistentHashSet<E>) p;
        }
        return result;
    }

    /**
     * Returns the elements of this set that {@code c} does not contain, by {@code c.contains}. O(n)
     * calls of {@code contains} plus O(log<sub>32</sub> n) per element removed. Returns {@code
     * this} when no element is removed.
     *
     * @param c the elements to remove
     * @return the difference
     * @throws NullPointerException if {@code c} is null
     */
    public PersistentHashSet<E> difference(Collection<?> c) {
        if (c instanceof PersistentHashSet<?> p && p.root == root) {
            // An empty set that is not the shared instance is still the operand to return.
            return isEmpty() ? this : empty();
        }
        return removeWhere(c, false);
    }

    /** Removes the elements whose membership in {@code c} differs from {@code keep}. */
    private PersistentHashSet<E> removeWhere(Collection<?> c, boolean keep) {
        Objects.requireNonNull(c);
        if (isEmpty()) {
            return this;
        }
        Owner owner = new Owner();
        ChampNode r = root;
        for (ChampIterator<Object> it = new ChampIterator<>(IterationKind.KEYS, root);
                it.hasNext(); ) {
            Object e = it.next();
            if (c.contains(e) != keep) {
                r = r.remove(owner, e, ChampNode.spread(e), 0);
            }
        }
        return r == root ? this : r.size() == 0 ? empty() : new PersistentHashSet<>(r);
    }

    // ------------------------------------------------------------------ tests and serialization

    /** Checks the trie's invariants, as {@link PersistentHashMap#checkInvariants()} does. */
    void checkInvariants() {
        BitmapNode.checkTrie(root);
        root.forEach(
                (k, v) ->
                        BitmapNode.check(
                                v == Sentinel.PRESENT, "an element without the marker value"));
    }

    /** Whether this set's trie has exactly the shape of {@code other}'s (canonical form). */
    boolean sameShape(PersistentHashSet<?> other) {
        return root.sameShape(other.root);
    }

    /**
     * Serializes this set as the one proxy of the persistent types, which writes its size and its
     * elements in iteration order.
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
        throw new InvalidObjectException("PersistentHashSet is deserialized through its proxy");
    }

    /**
     * A mutable builder of {@link PersistentHashSet}s. It owns the nodes it creates and writes them
     * in place; a node it shares with a built set or with the set it started from is copied before
     * its first write. Not a {@code Set}, not synchronized.
     *
     * <pre>{@code
     * PersistentHashSet<String> tags =
     *         PersistentHashSet.<String>builder().add("new").add("sale").build();
     * PersistentHashSet<String> more = tags.toBuilder().add("gift").build(); // tags unchanged
     * }</pre>
     *
     * @param <E> the type of elements
     */
    public static final class Builder<E> {

        private Owner owner = new Owner();

        private ChampNode root;

        Builder(ChampNode root) {
            this.root = root;
        }

        /**
         * Adds {@code e}. O(log<sub>32</sub> n); copies only nodes it does not own.
         *
         * @param e the element
         * @return this builder
         */
        public Builder<E> add(E e) {
            root = root.put(owner, e, ChampNode.spread(e), Sentinel.PRESENT, 0);
            return this;
        }

        /**
         * Adds every element of {@code elements}. O(m log<sub>32</sub> n) for m elements.
         *
         * @param elements the elements
         * @return this builder
         * @throws NullPointerException if {@code elements} is null
         */
        public Builder<E> addAll(Iterable<? extends E> elements) {
            for (E e : elements) {
                add(e);
            }
            return this;
        }

        /**
         * Removes {@code e} if present. O(log<sub>32</sub> n).
         *
         * @param e the element
         * @return this builder
         */
        public Builder<E> remove(Object e) {
            root = root.remove(owner, e, ChampNode.spread(e), 0);
            return this;
        }

        /**
         * Returns whether {@code e} is an element. O(log<sub>32</sub> n).
         *
         * @param e the element
         * @return whether it is present
         */
        public boolean contains(Object e) {
            return root.find(e, ChampNode.spread(e), 0) != Sentinel.NOT_FOUND;
        }

        /**
         * Returns the number of elements. O(1).
         *
         * @return the size
         */
        public int size() {
            return root.size();
        }

        /**
         * Returns a set of the current elements. O(1): the set takes the trie as it is, and this
         * builder takes a fresh ownership token, so its later writes never change the set.
         *
         * @return the built set
         */
        public PersistentHashSet<E> build() {
            owner = new Owner();
            return root.size() == 0 ? empty() : new PersistentHashSet<>(root);
        }
    }
}
