package io.holstein.map;

import io.holstein.Forkable;
import io.holstein.internal.IterationKind;
import io.holstein.internal.SerialArrays;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamField;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A hash map, with every constructor and method of {@link HashMap} and the same behaviour, whose
 * {@link #fork()} returns an independent copy in constant time by sharing the storage until one
 * side writes.
 *
 * <pre>{@code
 * CowHashMap<String, Integer> prices = new CowHashMap<>(Map.of("tea", 3));
 * CowHashMap<String, Integer> quote = prices.fork(); // O(1): both maps share one table
 * quote.put("tea", 4);                              // the first write copies: prices keeps tea=3
 * }</pre>
 *
 * <p><b>Costs.</b> {@code get}, {@code containsKey}, {@code put}, {@code remove} and the other
 * single-key operations ({@code getOrDefault}, {@code putIfAbsent}, {@code replace}, {@code
 * compute*}, {@code merge}) run in expected constant time while the storage is unshared, assuming
 * the keys' hash codes spread; {@code put} is amortized (the table doubles when it fills). Keys
 * that share one full hash code cost O(log k) per operation for k such keys when they share one
 * class {@code C implements Comparable<C>}, O(k) otherwise (see Guarantees). {@code size} and
 * {@code isEmpty} are O(1); iteration, {@code containsValue}, {@code equals}, {@code hashCode},
 * {@code forEach} and {@code replaceAll} are O(capacity + n). {@link #fork()}, {@link #clone()} and
 * the copy constructor given a {@code CowHashMap} are O(1) and allocate only the new map object.
 * The first write to a map whose storage is shared copies the storage once, in O(capacity) (two
 * flat arrays, one {@code Arrays.copyOf} each); every later write is in place again, with the
 * single extra cost of reading the shared count.
 *
 * <p><b>Guarantees.</b>
 *
 * <ul>
 *   <li>Mutable; permits {@code null} keys and values. Iteration order is unspecified, as {@code
 *       HashMap}'s is, but a fork iterates exactly like its source until either is written, and the
 *       order changes only when a write adds a key.
 *   <li>After {@code y = x.fork()}, no write to {@code x} shows in {@code y} and no write to {@code
 *       y} shows in {@code x}, whatever writes through the {@code keySet}, {@code values} and
 *       {@code entrySet} views, their iterators, {@code removeIf}, {@code retainAll}, or {@code
 *       Map.Entry.setValue}: everything derived from a map reads and writes that map's current
 *       storage. An entry taken before a fork and written after it writes only the map it came
 *       from.
 *   <li>Iterators and spliterators of the views are fail-fast, as {@code HashMap}'s are. {@code
 *       fork()} and the copy made by a first write are not structural modifications: they never
 *       invalidate iterators. Bulk operations that call user code ({@code forEach}, {@code
 *       replaceAll}, the views' {@code forEach}) stop at the first structural modification by that
 *       code and throw {@code ConcurrentModificationException}, where {@code HashMap} finishes the
 *       loop first. {@code compute}, {@code computeIfAbsent}, {@code computeIfPresent} and {@code
 *       merge} throw it when their function modifies the map structurally, as {@code HashMap}'s do.
 *   <li>A {@code Map.Entry} from the entry set reads and writes its key's current mapping. Once its
 *       key has left the map it keeps the value it last read or wrote, as a {@code HashMap} entry
 *       keeps its node's; unlike a {@code HashMap} entry, it follows its key again if the key is
 *       put back.
 *   <li>Hash flooding: when more than {@value #BUCKET_THRESHOLD} keys share one full hash code,
 *       they move into one collision bucket: while they are all of one class that is {@code
 *       Comparable} to itself, a tree ordered by {@code compareTo} (keys that compare equal but are
 *       not {@code equals} are still told apart), where operations cost O(log k) as with {@code
 *       HashMap}'s tree bins; otherwise a list searched by {@code equals}, O(k). {@code compareTo}
 *       is called only between two keys of one class, so a key equal to a key of another class (an
 *       instance of a subclass, say) is found whatever the order of insertion, as {@link
 *       PersistentHashMap} finds it.
 *   <li>The load factor, the most keys per table slot before the table grows, is 0.5 by default; a
 *       load factor given to a constructor is clamped to [{@value #MIN_LOAD_FACTOR}, {@value
 *       #MAX_LOAD_FACTOR}], the range in which linear probing stays short and the table stays small
 *       enough; tables of at most 16 slots fill to 0.75 whatever the load factor, so that small
 *       maps stay small. The table holds at most 402,653,184 slots' worth of keys (keys in
 *       collision buckets share one slot); a write that needs more throws {@code
 *       IllegalStateException} before changing anything.
 *   <li>Not synchronized: one instance must not be written concurrently with any other access to
 *       it. {@code fork()} counts as a read, so several threads may fork an instance that nobody
 *       writes. Distinct maps that share storage may be used from different threads with no
 *       synchronization once each was safely published (as any mutable object must be): the shared
 *       count is atomic.
 *   <li>A key's {@code hashCode}, {@code equals} and {@code compareTo} must not write the map they
 *       are looked up in nor fork it; values' {@code equals} may.
 *   <li>A fork dropped without writing is never uncounted, so its source copies once on its next
 *       write ({@link #isShared()} stays {@code true} until then).
 *   <li>Serializable as {@code HashMap} is, including object graphs that loop back through the map
 *       (a map holding itself as a value, a key or value referring to the map); sharing is not
 *       preserved across serialization.
 * </ul>
 *
 * <p>Conversions to and from the persistent maps go through constructors in O(n).
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class CowHashMap<K, V> extends CowHashTable<K, V>
        implements Map<K, V>, Cloneable, Serializable, Forkable<CowHashMap<K, V>> {

    /*
     * Implementation notes.
     *
     * Layout. One flat open-addressing table in two arrays: `table` interleaves keys and values
     * (slot i keeps its key at 2i and its value at 2i + 1, so a hit reads one cache line) and
     * `hashes` keeps each slot's hash code, compared before equals, reused when the table is
     * rebuilt, and needed to recognise keys that share a full hash code. The capacity is a power
     * of two between MIN_CAPACITY and MAX_CAPACITY. A key slot holds one of: null (empty), a
     * stored key (a null key is stored as NULL_KEY), TOMBSTONE (a removed key), or a
     * CollisionBucket; only a stored key has a value beside it. Against HashMap's table of nodes
     * [2], and so against a wrapper over a HashMap, this saves the 32-byte node per entry and a
     * pointer chase per lookup, and it makes the first write after a fork a copy of two flat
     * arrays (Arrays.copyOf, at memory bandwidth) instead of re-hashing n nodes.
     * docs/performance.md ("Maps") compares memory per entry, fork + first write, iteration,
     * lookups and writes with HashMap's.
     *
     * Probing. Linear probing from the key's home slot [1, 6.4, Algorithm L] with load factor at
     * most 0.5 by default: an unsuccessful search then probes about 2.5 slots on average [1, 6.4],
     * all in adjacent memory. The home slot is the low bits of the high word of the 64-bit
     * product of the (zero-extended) hash code and 2^64/phi, so every bit of a poor user hash
     * (Integer keys, hash codes that differ only in high bits) reaches the index. Not the top
     * bits of a 32-bit product, as Knuth's multiplicative (Fibonacci) hashing [1, 6.4] takes:
     * table order would then sort keys by those top bits, so a map filled in the iteration order
     * of a larger one would receive them as one dense prefix of its table while smaller than its
     * source, which makes copying one map into another quadratic [3, 4]. With the low bits, a
     * smaller table's home slot is the low bits of a larger table's, so keys arrive spread over
     * the whole table. putAll into an empty map also sizes the table for the incoming mappings
     * first.
     *
     * Deletion. A removed key leaves TOMBSTONE, so that probe paths through its slot stay
     * intact and nothing moves: iterators, Iterator.remove and entries' slot hints never see an
     * entry change place except when the table is rebuilt, which only an insert does (a
     * structural modification). When the slot after the removed one is empty, no probe path
     * runs through it, and it is emptied instead, with the tombstones just before it. An insert
     * reuses the first tombstone on its probe path. When an insert would take the occupied slots
     * (keys, buckets, tombstones) past the threshold, the table is rebuilt into fresh arrays:
     * at the same capacity if dropping the tombstones leaves a quarter of the threshold free,
     * else at twice the capacity; either way at least a quarter of the threshold is free
     * afterwards, so rebuilds cost amortized O(1) per insert.
     *
     * Collision buckets. An insert walks its whole probe path to the first empty slot, which holds
     * every key of its hash code (a key never lies past an empty slot on its path), and counts the
     * keys of its full hash code there. The insert that finds BUCKET_THRESHOLD of them moves them
     * and itself into one CollisionBucket in the first of their slots and leaves tombstones in the
     * others. From then on the bucket is the only slot of that hash code; lookups that reach it
     * search it and stop. A bucket holds a CollisionMappings, the immutable structure under
     * PersistentHashMap's collision nodes, so that both maps follow one rule, that of HashMap's
     * tree bins [5]: while the keys are all of one class Comparable to itself, they are ordered in
     * a tree by compareTo (O(log k); keys with compareTo == 0 but not equal kept apart), otherwise
     * they sit in a flat array searched by equals; compareTo is called only between two keys of the
     * tree's class, and a key of another class, which may equal one of them, is searched for by
     * equals over all of them. Each write replaces the bucket's mappings, so copying a bucket costs
     * O(1) and shares them. A bucket emptied by removals leaves its slot; a rebuild dissolves
     * buckets of at most BUCKET_THRESHOLD keys back into plain slots (so a bucket holds fewer only
     * if keys were removed from it since, which it records in `shrunk`). Distinct hash codes that
     * share a home slot are not gathered: with a fixed multiplier, an adversary who chooses hash
     * codes can still lengthen probe paths, at most 2^32 / capacity distinct codes per home slot.
     *
     * Sharing. The map keeps `table` and `hashes` itself, each beside the RefCount of that array:
     * `shares` for the keys and values, `hashShares` for the hash codes (see
     * io.holstein.internal.RefCount for the protocol and its memory-ordering argument). fork()
     * retains both counts and writes nothing else in the source. Every write goes through one
     * guard: ensureUnshared() before writing in place, which copies the key-value array and every
     * bucket (buckets are mutable holders of immutable mappings, copied in O(1); `buckets` counts
     * them so that maps without any skip the scan) and moves its count with RefCount.moveToCopy();
     * or rebuild(), which writes only fresh arrays and then moves both counts the same way. The
     * hash codes are written only by an insert, which copies them too (ensureHashesUnshared())
     * when they are shared; until then a fork's first write, which replaces or removes, copies
     * one array instead of two, and the shared hash codes still describe both maps' keys, since
     * a copy keeps every key in its slot. Copies keep every slot where it was, so slot indices
     * held by iterators and entries stay valid: fork() and the copy are not structural
     * modifications, and a fork iterates like its source until either writes. clear() of a shared
     * map lets the storage go instead of copying it. An empty map holds the static EMPTY_TABLE
     * and EMPTY_HASHES with RefCount.FROZEN (shared forever, never written): its threshold of 0
     * sends the first insert to rebuild(), which allocates emptyCapacity slots.
     *
     * No leaked reads. Iterators, spliterators, views and entries hold the map, never an array,
     * and read the map's current fields at every step; loops that call user code (forEach,
     * replaceAll, containsValue, equals) re-read them after each call. Entries and iterators keep
     * slot indices and stored keys, and iterators keep a private list of a bucket's keys, taken
     * when they reach it: keys change only by structural modification, which they detect.
     *
     * References.
     * [1] D. E. Knuth, The Art of Computer Programming, vol. 3, 2nd ed., section 6.4.
     * [2] java.util.HashMap (OpenJDK): behaviour mirrored, including its compute* checks.
     * [3] rust-lang/rust issue 36481, "Exposure of HashMap iteration order allows for O(n^2)
     *     blowup" (2016).
     * [4] rust-lang/rustc-hash issues 14 and 45: the same slowdown building a map from another
     *     map's iteration.
     * [5] JEP 180, "Handle Frequent HashMap Collisions with Balanced Trees" (JDK 8).
     */

    @Serial private static final long serialVersionUID = 1L;

    private transient Set<K> keySet;

    private transient Collection<V> values;

    private transient Set<Map.Entry<K, V>> entrySet;

    /**
     * Creates an empty map with the default load factor (0.5) whose first insert makes room for
     * eight mappings. O(1); allocates no table until the first mapping arrives.
     */
    public CowHashMap() {
        super(DEFAULT_LOAD_FACTOR, DEFAULT_CAPACITY);
    }

    /**
     * Creates an empty map with the default load factor (0.5) whose first insert makes room for at
     * least {@code initialCapacity} mappings. O(1); the table is allocated by the first insert.
     *
     * @param initialCapacity the number of mappings to make room for
     * @throws IllegalArgumentException if {@code initialCapacity} is negative
     */
    public CowHashMap(int initialCapacity) {
        this(initialCapacity, DEFAULT_LOAD_FACTOR);
    }

    /**
     * Creates an empty map with the given load factor, clamped to [0.125, 0.75], whose first insert
     * makes room for at least {@code initialCapacity} mappings. O(1); the table is allocated by the
     * first insert.
     *
     * @param initialCapacity the number of mappings to make room for
     * @param loadFactor the most mappings per table slot before the table grows
     * @throws IllegalArgumentException if {@code initialCapacity} is negative or {@code loadFactor}
     *     is not positive
     */
    public CowHashMap(int initialCapacity, float loadFactor) {
        super(
                checkedLoadFactor(initialCapacity, loadFactor),
                emptyCapacityFor(initialCapacity, loadFactor));
    }

    /**
     * Creates a map with the mappings of {@code m}. If {@code m} is a {@code CowHashMap}, the new
     * map shares its storage as {@link #fork()} does, in O(1); otherwise O(n), with the default
     * load factor and room for {@code m}'s mappings.
     *
     * @param m the map whose mappings are placed in this map
     * @throws NullPointerException if {@code m} is null
     */
    public CowHashMap(Map<? extends K, ? extends V> m) {
        super(sourceToShare(m));
        if (!(m instanceof CowHashMap)) {
            putMapEntries(m);
        }
    }

    /** The fork constructor: shares {@code source}'s storage, counted once more. */
    private CowHashMap(CowHashMap<K, V> source) {
        super(source);
    }

    /** For the copy constructor: {@code m} if its storage can be shared, else null. */
    private static CowHashMap<?, ?> sourceToShare(Map<?, ?> m) {
        Objects.requireNonNull(m);
        return m instanceof CowHashMap ? (CowHashMap<?, ?>) m : null;
    }

    // ------------------------------------------------------------------ sharing

    /**
     * Returns an independent map with the same mappings, sharing this map's storage until either
     * map writes. O(1): increments the shared count and allocates the new map object. Not a
     * structural modification: iterators of this map stay valid. The fork iterates in this map's
     * order until either map is written.
     *
     * @return a new map equal to this one
     */
    @Override
    public CowHashMap<K, V> fork() {
        return new CowHashMap<>(this);
    }

    /**
     * Returns {@link #fork()}: an independent map sharing this map's storage, in O(1).
     *
     * @return a new map equal to this one
     */
    @Override
    public CowHashMap<K, V> clone() {
        return fork();
    }

    /**
     * Tells whether the next write to this map will copy its storage first: true while another map
     * may read any of it. A fork's first write that replaces or removes copies the keys and values
     * only, so after it both maps still share the hash codes, which their next insert copies.
     * Conservative: a fork dropped without writing keeps it true until this map's next write. Also
     * true for an empty map that has not allocated a table yet (its first mapping allocates one in
     * any case). O(1); a hint for tests and diagnostics.
     *
     * @return {@code true} if this map's storage may be shared
     */
    public boolean isShared() {
        return storageShared();
    }

    // ------------------------------------------------------------------ reads

    /** Returns the number of mappings. O(1). */
    @Override
    public int size() {
        return size;
    }

    /** Returns whether the map has no mappings. O(1). */
    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * Returns the value of {@code key}, or {@code null} if it has none. Expected O(1).
     *
     * @param key the key, possibly null
     */
    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        Object v = valueOf(maskNull(key), hash(key));
        return v == Sentinel.NOT_FOUND ? null : (V) v;
    }

    /**
     * Returns the value of {@code key}, or {@code defaultValue} if it has none (a mapping to {@code
     * null} returns {@code null}). Expected O(1).
     */
    @Override
    @SuppressWarnings("unchecked")
    public V getOrDefault(Object key, V defaultValue) {
        Object v = valueOf(maskNull(key), hash(key));
        return v == Sentinel.NOT_FOUND ? defaultValue : (V) v;
    }

    /** Returns whether {@code key} has a mapping. Expected O(1). */
    @Override
    public boolean containsKey(Object key) {
        return valueOf(maskNull(key), hash(key)) != Sentinel.NOT_FOUND;
    }

    /**
     * Returns whether some key maps to {@code value}. O(capacity + n). Reads the current storage at
     * every step, since {@code value.equals} may write this map.
     *
     * @throws ConcurrentModificationException if {@code value.equals} modifies this map
     *     structurally
     */
    @Override
    public boolean containsValue(Object value) {
        int mc = modCount;
        int cap = capacity();
        for (int i = nextLiveSlot(0, cap); i < cap; i = nextLiveSlot(i + 1, cap)) {
            CollisionBucket b = bucketAt(i);
            if (b == null) {
                if (valueMatches(value, table[(i << 1) + 1])) {
                    return true;
                }
            } else {
                for (Object k : b.keys()) {
                    if (valueMatches(value, valueAt(i, k))) {
                        return true;
                    }
                    checkForComodification(mc);
                }
            }
            checkForComodification(mc);
        }
        return false;
    }

    // ------------------------------------------------------------------ writes

    /**
     * Maps {@code key} to {@code value}. Expected amortized O(1) while unshared; a first write
     * after a fork copies the storage first, in O(capacity), except a put of the value already
     * mapped (the same object), which stores nothing and so copies nothing. Adding a key is a
     * structural modification; replacing a value is not.
     *
     * @return the previous value of {@code key}, or {@code null} if it had none
     */
    @Override
    public V put(K key, V value) {
        Object old = putVal(maskNull(key), hash(key), value, false);
        return old == Sentinel.NOT_FOUND ? null : unmaskValue(old);
    }

    /**
     * Maps {@code key} to {@code value} unless it has a non-null value already. Expected amortized
     * O(1); writes (and copies shared storage) only if it maps.
     *
     * @return the previous value of {@code key}, or {@code null} if it had none
     */
    @Override
    public V putIfAbsent(K key, V value) {
        Object old = putVal(maskNull(key), hash(key), value, true);
        return old == Sentinel.NOT_FOUND ? null : unmaskValue(old);
    }

    /**
     * Removes the mapping of {@code key}, if any. Expected O(1); a first write after a fork copies
     * the storage first. Removing is a structural modification; nothing moves, so iterators see no
     * entry change place.
     *
     * @return the previous value of {@code key}, or {@code null} if it had none
     */
    @Override
    public V remove(Object key) {
        Object k = maskNull(key);
        int s = slotOf(k, hash(key));
        return s < 0 ? null : unmaskValue(removeAt(s, k));
    }

    /**
     * Removes the mapping of {@code key} if its value equals {@code value}. Expected O(1).
     *
     * @return whether the mapping was removed
     * @throws ConcurrentModificationException if {@code value.equals} modifies this map
     *     structurally
     */
    @Override
    public boolean remove(Object key, Object value) {
        Object k = maskNull(key);
        int s = slotOf(k, hash(key));
        if (s < 0) {
            return false;
        }
        int mc = modCount;
        boolean matches = valueMatches(value, valueAt(s, k));
        checkForComodification(mc);
        if (matches) {
            removeAt(s, k);
        }
        return matches;
    }

    /**
     * Removes every mapping. O(capacity) while unshared (the capacity is kept); O(1) when shared:
     * the shared storage is let go, not copied, and the next insert allocates a table of the
     * current capacity. A structural modification.
     */
    @Override
    public void clear() {
        modCount++;
        clearStorage();
    }

    /**
     * Copies every mapping of {@code m} into this map. O(m's size) expected, plus one copy of
     * shared storage; an empty map allocates room for all of them at once. From another {@code
     * CowHashMap}, reads its storage directly and reuses its stored hash codes.
     *
     * @throws NullPointerException if {@code m} is null
     */
    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        putMapEntries(m);
    }

    private void putMapEntries(Map<? extends K, ? extends V> m) {
        int s = m.size();
        if (s == 0) {
            return;
        }
        if (hasEmptyStorage()) {
            // Sized once for all of them. A table that exists grows as keys turn out to be new:
            // rebuilding it up front would be a structural modification even when none is.
            emptyCapacity =
                    Math.max(emptyCapacity, capacityFor(Math.min(s, MAX_OCCUPIED), loadFactor));
        }
        if (m instanceof CowHashMap) {
            putAllFromCow((CowHashMap<?, ?>) m);
            return;
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            K key = e.getKey();
            putVal(maskNull(key), hash(key), e.getValue(), false);
        }
    }

    /** Copies from another CowHashMap's storage, reusing its stored hash codes. */
    private void putAllFromCow(CowHashMap<?, ?> m) {
        int mc = m.modCount;
        int cap = m.capacity();
        for (int i = m.nextLiveSlot(0, cap); i < cap; i = m.nextLiveSlot(i + 1, cap)) {
            int h = m.hashes[i];
            CollisionBucket b = m.bucketAt(i);
            if (b == null) {
                putVal(m.keyAt(i), h, m.table[(i << 1) + 1], false);
            } else {
                for (Object k : b.keys()) {
                    putVal(k, h, m.valueAt(i, k), false);
                }
            }
            m.checkForComodification(mc);
        }
    }

    /**
     * Replaces the value of {@code key} if it has a mapping. Expected O(1); not a structural
     * modification.
     *
     * @return the previous value, or {@code null} if {@code key} had no mapping
     */
    @Override
    public V replace(K key, V value) {
        Object k = maskNull(key);
        int s = slotOf(k, hash(key));
        if (s < 0) {
            return null;
        }
        Object old = valueAt(s, k);
        writeValue(s, k, value);
        return unmaskValue(old);
    }

    /**
     * Replaces the value of {@code key} if it is {@code oldValue} (by the present value's {@code
     * equals}, as {@code HashMap}). Expected O(1); not a structural modification.
     *
     * @return whether the value was replaced
     * @throws ConcurrentModificationException if the value's {@code equals} modifies this map
     *     structurally
     */
    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        Object k = maskNull(key);
        int s = slotOf(k, hash(key));
        if (s < 0) {
            return false;
        }
        int mc = modCount;
        Object v = valueAt(s, k);
        boolean matches = v == oldValue || (v != null && v.equals(oldValue));
        checkForComodification(mc);
        if (matches) {
            writeValue(s, k, newValue);
        }
        return matches;
    }

    /**
     * Returns the value of {@code key} if it is not null, else computes one, maps it unless it is
     * null, and returns it. Expected O(1) plus the function.
     *
     * @throws NullPointerException if {@code mappingFunction} is null
     * @throws ConcurrentModificationException if the function modifies this map structurally
     */
    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        Object k = maskNull(key);
        int h = hash(key);
        int s = slotOf(k, h);
        if (s >= 0) {
            Object old = valueAt(s, k);
            if (old != null) {
                return unmaskValue(old);
            }
        }
        int mc = modCount;
        V v = mappingFunction.apply(key);
        checkForComodification(mc);
        if (v == null) {
            return null;
        }
        if (s >= 0) {
            writeValue(s, k, v);
        } else {
            putVal(k, h, v, false);
        }
        return v;
    }

    /**
     * If {@code key} has a non-null value, computes a new one from it: maps it, or removes the
     * mapping if it is null. Expected O(1) plus the function.
     *
     * @return the new value, or {@code null}
     * @throws NullPointerException if {@code remappingFunction} is null
     * @throws ConcurrentModificationException if the function modifies this map structurally
     */
    @Override
    public V computeIfPresent(
            K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Object k = maskNull(key);
        int s = slotOf(k, hash(key));
        if (s < 0) {
            return null;
        }
        V old = unmaskValue(valueAt(s, k));
        if (old == null) {
            return null;
        }
        int mc = modCount;
        V v = remappingFunction.apply(key, old);
        checkForComodification(mc);
        return writeOrRemove(s, k, v);
    }

    /**
     * Computes a value from {@code key} and its value (or {@code null}): maps it, or removes the
     * mapping if it is null. Expected O(1) plus the function.
     *
     * @return the new value, or {@code null}
     * @throws NullPointerException if {@code remappingFunction} is null
     * @throws ConcurrentModificationException if the function modifies this map structurally
     */
    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Object k = maskNull(key);
        int h = hash(key);
        int s = slotOf(k, h);
        V old = s < 0 ? null : unmaskValue(valueAt(s, k));
        int mc = modCount;
        V v = remappingFunction.apply(key, old);
        checkForComodification(mc);
        if (s >= 0) {
            return writeOrRemove(s, k, v);
        }
        if (v != null) {
            putVal(k, h, v, false);
        }
        return v;
    }

    /**
     * Maps {@code key} to {@code value} if it has no value or a null one; otherwise to the
     * function's result from the old and the given value, removing the mapping if that is null.
     * Expected O(1) plus the function.
     *
     * @return the new value, or {@code null}
     * @throws NullPointerException if {@code value} or {@code remappingFunction} is null
     * @throws ConcurrentModificationException if the function modifies this map structurally
     */
    @Override
    public V merge(
            K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        Object k = maskNull(key);
        int h = hash(key);
        int s = slotOf(k, h);
        if (s < 0) {
            putVal(k, h, value, false);
            return value;
        }
        V old = unmaskValue(valueAt(s, k));
        V v;
        if (old != null) {
            int mc = modCount;
            v = remappingFunction.apply(old, value);
            checkForComodification(mc);
        } else {
            v = value;
        }
        return writeOrRemove(s, k, v);
    }

    /**
     * The end of the {@code compute} family on a present key: writes {@code v} as the value of
     * stored key {@code k} in {@code slot}, or removes the mapping if {@code v} is null; returns
     * {@code v}.
     */
    private V writeOrRemove(int slot, Object k, V v) {
        if (v != null) {
            writeValue(slot, k, v);
        } else {
            removeAt(slot, k);
        }
        return v;
    }

    /**
     * Replaces each value with {@code function}'s result for its mapping, in iteration order.
     * O(capacity + n), plus one copy of shared storage. Not a structural modification, as in {@code
     * HashMap}. Each step reads the current storage, since the function may fork or write this map.
     *
     * @throws NullPointerException if {@code function} is null
     * @throws ConcurrentModificationException if the function modifies this map structurally
     */
    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int mc = modCount;
        int cap = capacity();
        for (int i = nextLiveSlot(0, cap); i < cap; i = nextLiveSlot(i + 1, cap)) {
            CollisionBucket b = bucketAt(i);
            if (b == null) {
                Object k = table[i << 1];
                V v = function.apply(unmask(k), unmaskValue(table[(i << 1) + 1]));
                checkForComodification(mc);
                writeValue(i, k, v);
            } else {
                for (Object k : b.keys()) {
                    V v = function.apply(unmask(k), unmaskValue(valueAt(i, k)));
                    checkForComodification(mc);
                    writeValue(i, k, v);
                }
            }
        }
    }

    // ------------------------------------------------------------------ bulk reads

    /**
     * Performs {@code action} on each mapping, in iteration order. O(capacity + n). Each step reads
     * the current storage.
     *
     * @throws NullPointerException if {@code action} is null
     * @throws ConcurrentModificationException if the action modifies this map structurally
     */
    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int mc = modCount;
        int cap = capacity();
        for (int i = nextLiveSlot(0, cap); i < cap; i = nextLiveSlot(i + 1, cap)) {
            CollisionBucket b = bucketAt(i);
            if (b == null) {
                action.accept(unmask(table[i << 1]), unmaskValue(table[(i << 1) + 1]));
            } else {
                for (Object k : b.keys()) {
                    action.accept(unmask(k), unmaskValue(valueAt(i, k)));
                    checkForComodification(mc);
                }
            }
            checkForComodification(mc);
        }
    }

    /** For views: performs {@code action} on each key, value or entry ({@code kind}). */
    void forEachElement(IterationKind kind, Consumer<Object> action) {
        Objects.requireNonNull(action);
        int mc = modCount;
        int cap = capacity();
        for (int i = nextLiveSlot(0, cap); i < cap; i = nextLiveSlot(i + 1, cap)) {
            CollisionBucket b = bucketAt(i);
            if (b == null) {
                action.accept(element(kind, i, table[i << 1]));
            } else {
                for (Object k : b.keys()) {
                    action.accept(element(kind, i, k));
                    checkForComodification(mc);
                }
            }
            checkForComodification(mc);
        }
    }

    /**
     * Compares with another map per {@link Map#equals}: same size, and every mapping of this map is
     * in {@code o}. O(n) lookups in {@code o}; O(1) for two maps sharing one storage.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map)) {
            return false;
        }
        Map<?, ?> m = (Map<?, ?>) o;
        if (m.size() != size) {
            return false;
        }
        if (o instanceof CowHashMap && ((CowHashMap<?, ?>) o).table == table) {
            return true;
        }
        try {
            int mc = modCount;
            int cap = capacity();
            for (int i = nextLiveSlot(0, cap); i < cap; i = nextLiveSlot(i + 1, cap)) {
                CollisionBucket b = bucketAt(i);
                if (b == null) {
                    if (!hasMapping(m, unmask(table[i << 1]), table[(i << 1) + 1])) {
                        return false;
                    }
                } else {
                    for (Object k : b.keys()) {
                        if (!hasMapping(m, unmask(k), valueAt(i, k))) {
                            return false;
                        }
                        checkForComodification(mc);
                    }
                }
                checkForComodification(mc);
            }
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }

    private static boolean hasMapping(Map<?, ?> m, Object key, Object value) {
        return value == null ? m.get(key) == null && m.containsKey(key) : value.equals(m.get(key));
    }

    /**
     * Returns the hash code defined by {@link Map#hashCode()}: the sum over the mappings of {@code
     * Objects.hashCode(key) ^ Objects.hashCode(value)}. O(capacity + n).
     */
    @Override
    public int hashCode() {
        int mc = modCount;
        int h = 0;
        int cap = capacity();
        for (int i = nextLiveSlot(0, cap); i < cap; i = nextLiveSlot(i + 1, cap)) {
            // A key's hash code is stored beside it (every key of a bucket has the slot's): the
            // keys themselves need not be read, nor their hashCode called again.
            int keyHash = hashes[i];
            CollisionBucket b = bucketAt(i);
            if (b == null) {
                h += keyHash ^ Objects.hashCode(table[(i << 1) + 1]);
            } else {
                Object[] pairs = b.pairs();
                for (int p = 0; p < pairs.length; p += 2) {
                    h += keyHash ^ Objects.hashCode(pairs[p + 1]);
                }
            }
            checkForComodification(mc);
        }
        return h;
    }

    /**
     * Returns the mappings as {@code {k1=v1, k2=v2}}, in iteration order, as {@code HashMap} does.
     * O(n).
     */
    @Override
    public String toString() {
        return super.toString();
    }

    // ------------------------------------------------------------------ views

    /**
     * Returns a live view of the keys: removing through it removes mappings from this map (copying
     * shared storage first); it does not add. Its iterators and spliterators are fail-fast and read
     * this map's current storage. O(1).
     */
    @Override
    public Set<K> keySet() {
        Set<K> ks = keySet;
        if (ks == null) {
            ks = new CowKeySet<>(this);
            keySet = ks;
        }
        return ks;
    }

    /**
     * Returns a live view of the values: removing through it removes mappings from this map
     * (copying shared storage first); it does not add. Its iterators and spliterators are fail-fast
     * and read this map's current storage. O(1).
     */
    @Override
    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new CowValues<>(this);
            values = vs;
        }
        return vs;
    }

    /**
     * Returns a live view of the mappings: removing through it removes mappings from this map, and
     * {@code Map.Entry.setValue} on its entries writes this map (copying shared storage first,
     * never into storage a fork sees); it does not add. Its iterators and spliterators are
     * fail-fast and read this map's current storage. O(1).
     */
    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        if (es == null) {
            es = new CowEntrySet<>(this);
            entrySet = es;
        }
        return es;
    }

    // ------------------------------------------------------------------ serialization

    /**
     * The serialized fields of a {@code CowHashMap}, and of a {@code CowHashSet}.
     *
     * @serialField loadFactor float the load factor, in [0.125, 0.75]
     */
    @Serial
    private static final ObjectStreamField[] serialPersistentFields = {
        new ObjectStreamField("loadFactor", float.class)
    };

    /**
     * Writes the load factor, the size, then each key and its value in iteration order, as {@code
     * HashMap} does; a key or value may be this map itself or refer back to it.
     *
     * @serialData the mappings in {@link SerialArrays}' layout, after the load factor
     * @param out the stream
     * @throws IOException if the stream fails
     */
    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        writeLoadFactor(out, loadFactor);
        SerialArrays.write(out, pairs(), 2);
    }

    /**
     * Reads the mappings into storage of this map's own, sized for the mappings read, whatever the
     * stream declared. Keys are hashed once all of them are read.
     *
     * @param in the stream
     * @throws java.io.InvalidObjectException if the load factor is not positive, the declared size
     *     is invalid or does not match the mappings, or a key appears twice
     * @throws IOException if the stream fails or ends early
     * @throws ClassNotFoundException if a key's or value's class cannot be found
     */
    @Serial
    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        float lf = readLoadFactor(in);
        Object[] pairs = SerialArrays.read(in, 2);
        int n = pairs.length / 2;
        loadFactor = lf;
        emptyCapacity = emptyCapacityFor(n, lf);
        for (int i = 0; i < pairs.length; i += 2) {
            put((K) pairs[i], (V) pairs[i + 1]);
        }
        SerialArrays.requireDistinct(size, n);
    }

    /** Writes {@code loadFactor} as the one serialized field of a map or set. */
    static void writeLoadFactor(ObjectOutputStream out, float loadFactor) throws IOException {
        out.putFields().put("loadFactor", loadFactor);
        out.writeFields();
    }

    /**
     * Reads what {@link #writeLoadFactor} wrote and clamps it, as the constructors do.
     *
     * @throws java.io.InvalidObjectException if it is not positive
     */
    static float readLoadFactor(ObjectInputStream in) throws IOException, ClassNotFoundException {
        float loadFactor = in.readFields().get("loadFactor", DEFAULT_LOAD_FACTOR);
        if (!(loadFactor > 0)) {
            throw new InvalidObjectException("Illegal load factor: " + loadFactor);
        }
        return clampLoadFactor(loadFactor);
    }
}
