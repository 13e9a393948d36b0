package io.holstein.map;

import io.holstein.Forkable;
import io.holstein.internal.SerialArrays;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamField;
import java.io.Serial;
import java.io.Serializable;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.Spliterator;

/**
 * A hash set, with every constructor and method of {@link HashSet} and the same behaviour, whose
 * {@link #fork()} returns an independent copy in constant time by sharing the storage until one
 * side writes.
 *
 * <pre>{@code
 * CowHashSet<String> tags = new CowHashSet<>(Set.of("new"));
 * CowHashSet<String> draft = tags.fork(); // O(1): both sets share one table
 * draft.add("sale");                      // the first write copies: tags stays [new]
 * }</pre>
 *
 * <p><b>Costs.</b> {@code add}, {@code remove} and {@code contains} run in expected constant time
 * while the storage is unshared, assuming the elements' hash codes spread ({@code add} amortized);
 * elements that share one full hash code cost O(log k) per operation for k such elements when they
 * share one class {@code C implements Comparable<C>}, O(k) otherwise. {@code size} and {@code
 * isEmpty} are O(1); iteration is O(capacity + n). {@link #fork()}, {@link #clone()} and the copy
 * constructor given a {@code CowHashSet} are O(1) and allocate only the new set (and its inner map
 * object). The first write to a set whose storage is shared copies the storage once, in
 * O(capacity); every later write is in place again.
 *
 * <p><b>Guarantees.</b>
 *
 * <ul>
 *   <li>Mutable; permits {@code null}. Iteration order is unspecified, as {@code HashSet}'s is, but
 *       a fork iterates exactly like its source until either is written.
 *   <li>After {@code y = x.fork()}, no write to {@code x} shows in {@code y} and no write to {@code
 *       y} shows in {@code x}, including removals through iterators and {@code removeIf}/{@code
 *       retainAll}/{@code removeAll}: everything derived from a set reads and writes that set's
 *       current storage.
 *   <li>Iterators and spliterators are fail-fast, as {@code HashSet}'s are; {@code fork()} and the
 *       copy made by a first write are not structural modifications.
 *   <li>Hash flooding, load factor and size limits as for {@link CowHashMap}, whose storage this
 *       set uses: a load factor given to a constructor is clamped to [0.125, 0.75].
 *   <li>Not synchronized: one instance must not be written concurrently with any other access to
 *       it. {@code fork()} counts as a read. Distinct sets that share storage may be used from
 *       different threads with no synchronization: the shared count is atomic.
 *   <li>Serializable as {@code HashSet} is, including object graphs that loop back through the set
 *       (an element referring to the set); sharing is not preserved across serialization.
 * </ul>
 *
 * @param <E> the type of elements
 */
public final class CowHashSet<E> extends AbstractSet<E>
        implements Set<E>, Cloneable, Serializable, Forkable<CowHashSet<E>> {

    /*
     * Implementation notes.
     *
     * A CowHashSet is a CowHashMap from its elements to one shared marker value, as HashSet is
     * a HashMap: the table, its probing, collision buckets and the sharing protocol are the
     * map's, written once. fork() forks the map. Iterators, spliterators and removals go through
     * the map's key set view, which holds the map and reads its current storage at every step.
     */

    @Serial private static final long serialVersionUID = 1L;

    private transient CowHashMap<E, Object> map;

    /**
     * Creates an empty set with the default load factor (0.5) whose first insert makes room for
     * eight elements. O(1).
     */
    public CowHashSet() {
        map = new CowHashMap<>();
    }

    /**
     * Creates a set of the elements of {@code c}. If {@code c} is a {@code CowHashSet}, the new set
     * shares its storage as {@link #fork()} does, in O(1); otherwise O(n), with room for {@code
     * c}'s elements.
     *
     * @param c the collection whose elements are placed in this set
     * @throws NullPointerException if {@code c} is null
     */
    public CowHashSet(Collection<? extends E> c) {
        if (c instanceof CowHashSet) {
            map = new CowHashMap<>(((CowHashSet<? extends E>) c).map);
            return;
        }
        map = new CowHashMap<>(c.size());
        addAll(c);
    }

    /**
     * Creates an empty set with the default load factor (0.5) whose first insert makes room for at
     * least {@code initialCapacity} elements. O(1).
     *
     * @param initialCapacity the number of elements to make room for
     * @throws IllegalArgumentException if {@code initialCapacity} is negative
     */
    public CowHashSet(int initialCapacity) {
        map = new CowHashMap<>(initialCapacity);
    }

    /**
     * Creates an empty set with the given load factor, clamped to [0.125, 0.75], whose first insert
     * makes room for at least {@code initialCapacity} elements. O(1).
     *
     * @param initialCapacity the number of elements to make room for
     * @param loadFactor the most elements per table slot before the table grows
     * @throws IllegalArgumentException if {@code initialCapacity} is negative or {@code loadFactor}
     *     is not positive
     */
    public CowHashSet(int initialCapacity, float loadFactor) {
        map = new CowHashMap<>(initialCapacity, loadFactor);
    }

    private CowHashSet(CowHashMap<E, Object> map) {
        this.map = map;
    }

    /**
     * Returns an independent set with the same elements, sharing this set's storage until either
     * set writes. O(1). Not a structural modification: iterators of this set stay valid.
     *
     * @return a new set equal to this one
     */
    @Override
    public CowHashSet<E> fork() {
        return new CowHashSet<>(map.fork());
    }

    /**
     * Returns {@link #fork()}: an independent set sharing this set's storage, in O(1).
     *
     * @return a new set equal to this one
     */
    @Override
    public CowHashSet<E> clone() {
        return fork();
    }

    /**
     * Tells whether the next write to this set will copy its storage first. Conservative, as for
     * {@link CowHashMap#isShared()}. O(1); a hint for tests and diagnostics.
     *
     * @return {@code true} if this set's storage may be shared
     */
    public boolean isShared() {
        return map.isShared();
    }

    /**
     * Returns a fail-fast iterator over the elements, which reads this set's current storage. Its
     * {@code remove} writes this set only (copying shared storage first). O(1).
     */
    @Override
    public Iterator<E> iterator() {
        return map.keySet().iterator();
    }

    /** Returns the number of elements. O(1). */
    @Override
    public int size() {
        return map.size();
    }

    /** Returns whether the set has no elements. O(1). */
    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    /** Returns whether {@code o} is an element. Expected O(1). */
    @Override
    public boolean contains(Object o) {
        return map.containsKey(o);
    }

    /**
     * Adds {@code e} if it is not an element yet. Expected amortized O(1); a first write after a
     * fork copies the storage first. Writes (and copies) only if {@code e} is new.
     *
     * @return whether the set changed
     */
    @Override
    public boolean add(E e) {
        return map.putIfAbsent(e, Sentinel.PRESENT) == null;
    }

    /**
     * Removes {@code o} if it is an element. Expected O(1); a first write after a fork copies the
     * storage first.
     *
     * @return whether the set changed
     */
    @Override
    public boolean remove(Object o) {
        return map.removeKey(o);
    }

    /**
     * Removes every element. O(capacity) while unshared; O(1) when shared (the shared storage is
     * let go, not copied).
     */
    @Override
    public void clear() {
        map.clear();
    }

    /**
     * Returns a late-binding, fail-fast spliterator reporting {@code SIZED} and {@code DISTINCT}.
     * O(1).
     */
    @Override
    public Spliterator<E> spliterator() {
        return map.keySet().spliterator();
    }

    /** Returns a new array of the elements, in iteration order. O(capacity + n). */
    @Override
    public Object[] toArray() {
        return map.keySet().toArray();
    }

    /**
     * Returns the elements in {@code a} if they fit (with a {@code null} after them if there is
     * room), otherwise in a new array of {@code a}'s runtime type. O(capacity + n).
     *
     * @throws ArrayStoreException if an element is not an instance of {@code a}'s component type
     * @throws NullPointerException if {@code a} is null
     */
    @Override
    public <T> T[] toArray(T[] a) {
        return map.keySet().toArray(a);
    }

    /** The map holding the elements, for tests. */
    CowHashMap<E, Object> map() {
        return map;
    }

    /** Checks the representation; tests call it after every step. */
    void checkInvariants() {
        map.checkInvariants();
        map.forEach(
                (e, v) -> {
                    if (v != Sentinel.PRESENT) {
                        throw new AssertionError("element " + e + " mapped to " + v);
                    }
                });
    }

    // ------------------------------------------------------------------ serialization

    /**
     * The serialized fields of a {@code CowHashSet}: those of {@link CowHashMap}.
     *
     * @serialField loadFactor float the load factor, in [0.125, 0.75]
     */
    @Serial
    private static final ObjectStreamField[] serialPersistentFields = {
        new ObjectStreamField("loadFactor", float.class)
    };

    /**
     * Writes the load factor, the size, then the elements in iteration order, as {@code HashSet}
     * does; an element may refer back to this set.
     *
     * @serialData the elements in {@link SerialArrays}' layout, after the load factor
     * @param out the stream
     * @throws IOException if the stream fails
     */
    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        CowHashMap.writeLoadFactor(out, map.loadFactor);
        SerialArrays.write(out, toArray(), 1);
    }

    /**
     * Reads the elements into storage of this set's own, sized for the elements read, whatever the
     * stream declared. Elements are hashed once all of them are read.
     *
     * @param in the stream
     * @throws java.io.InvalidObjectException if the load factor is not positive, the declared size
     *     is invalid or does not match the elements, or an element appears twice
     * @throws IOException if the stream fails or ends early
     * @throws ClassNotFoundException if an element's class cannot be found
     */
    @Serial
    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        float loadFactor = CowHashMap.readLoadFactor(in);
        Object[] elements = SerialArrays.read(in, 1);
        CowHashMap<E, Object> m = new CowHashMap<>(elements.length, loadFactor);
        for (Object e : elements) {
            m.put((E) e, Sentinel.PRESENT);
        }
        SerialArrays.requireDistinct(m.size(), elements.length);
        map = m;
    }
}
