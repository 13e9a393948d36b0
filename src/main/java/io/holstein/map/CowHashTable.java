package io.holstein.map;

import io.holstein.internal.IterationKind;
import io.holstein.internal.RefCount;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The storage of a {@link CowHashMap}: the open-addressing table with its collision buckets, the
 * shared count, and the one sharing guard every write passes. {@code CowHashMap} adds the {@code
 * Map} API on top; the layout, probing, deletion, bucket and sharing rules are described in its
 * implementation notes. The fields live on the map object itself, so reads pay no extra
 * indirection.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
abstract class CowHashTable<K, V> extends AbstractMap<K, V> {

    /** More keys than this with one full hash code on a probe path move into a collision bucket. */
    static final int BUCKET_THRESHOLD = 8;

    /** The default load factor: misses stay short under linear probing. */
    static final float DEFAULT_LOAD_FACTOR = 0.5f;

    /** The lowest load factor honoured; lower ones are raised to it. */
    static final float MIN_LOAD_FACTOR = 0.125f;

    /** The highest load factor honoured; higher ones are lowered to it. */
    static final float MAX_LOAD_FACTOR = 0.75f;

    /** The smallest allocated table, in slots: a power of two. */
    static final int MIN_CAPACITY = 8;

    /** The largest table that fills to {@link #MAX_LOAD_FACTOR} whatever the load factor. */
    static final int SMALL_CAPACITY = 16;

    /** The capacity the no-argument constructor's first insert allocates, in slots. */
    static final int DEFAULT_CAPACITY = 16;

    /** The largest table, in slots: the key-value array then has 2<sup>30</sup> elements. */
    static final int MAX_CAPACITY = 1 << 29;

    /** The most occupied slots (keys, buckets, tombstones) any table takes: 402,653,184. */
    static final int MAX_OCCUPIED = (int) (MAX_CAPACITY * MAX_LOAD_FACTOR);

    /** Stored in place of a null key. */
    private static final Object NULL_KEY = new Sentinel("NULL_KEY");

    /** Stored in a key slot whose key was removed, so that probe paths through it stay intact. */
    static final Object TOMBSTONE = new Sentinel("TOMBSTONE");

    /** The static empty storage: two empty slots, never written, counted as shared forever. */
    private static final Object[] EMPTY_TABLE = new Object[4];

    private static final int[] EMPTY_HASHES = new int[2];

    /** Keys and values, interleaved: slot i holds its key at 2i and its value at 2i + 1. */
    transient Object[] table;

    /** The hash code of the key in each slot (of the bucket's keys for a bucket slot). */
    transient int[] hashes;

    /** The number of mappings. */
    transient int size;

    /** The number of slots holding a key or a collision bucket. */
    transient int liveSlots;

    /** The number of slots holding a tombstone. */
    transient int tombstones;

    /** The number of slots holding a collision bucket. */
    transient int buckets;

    /** The most occupied slots ({@code liveSlots + tombstones}) before a rebuild; 0 when empty. */
    transient int threshold;

    /** The number of structural modifications, for fail-fast iterators. */
    transient int modCount;

    /** The count of maps holding {@link #table}. */
    transient RefCount shares;

    /**
     * The count of maps holding {@link #hashes}. Only an insert writes a hash code, so a write that
     * replaces a value or removes a key copies {@link #table} alone and leaves the hash codes
     * shared under this count until an insert needs them private.
     */
    transient RefCount hashShares;

    /**
     * The load factor, clamped to [MIN_LOAD_FACTOR, MAX_LOAD_FACTOR]. Set by the constructors, and
     * by deserialization before the first insert.
     */
    float loadFactor;

    /** The capacity the first insert allocates while the storage is the static empty one. */
    transient int emptyCapacity;

    /**
     * Empty storage with the defaults: the constructor deserialization runs (the first constructor
     * without arguments of a non-serializable superclass), before the map reads its load factor.
     */
    CowHashTable() {
        this(DEFAULT_LOAD_FACTOR, DEFAULT_CAPACITY);
    }

    /** Empty storage (the static empty table) that allocates {@code emptyCapacity} slots first. */
    CowHashTable(float loadFactor, int emptyCapacity) {
        this.loadFactor = loadFactor;
        this.emptyCapacity = emptyCapacity;
        dropToEmptyStorage();
    }

    /**
     * Storage shared with {@code source}, counted once more in both its counts; or, if {@code
     * source} is null, empty storage with the defaults.
     */
    CowHashTable(CowHashTable<?, ?> source) {
        if (source == null) {
            this.loadFactor = DEFAULT_LOAD_FACTOR;
            this.emptyCapacity = DEFAULT_CAPACITY;
            dropToEmptyStorage();
            return;
        }
        this.loadFactor = source.loadFactor;
        table = source.table;
        hashes = source.hashes;
        size = source.size;
        liveSlots = source.liveSlots;
        tombstones = source.tombstones;
        buckets = source.buckets;
        threshold = source.threshold;
        emptyCapacity = source.emptyCapacity;
        shares = source.shares;
        hashShares = source.hashShares;
        shares.retain();
        hashShares.retain();
    }

    /**
     * Checks the arguments of the HashMap-compatible constructors, as HashMap does, and returns the
     * load factor clamped to [MIN_LOAD_FACTOR, MAX_LOAD_FACTOR].
     *
     * @throws IllegalArgumentException if {@code initialCapacity} is negative or {@code loadFactor}
     *     is not positive
     */
    static float checkedLoadFactor(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
        }
        return clampLoadFactor(loadFactor);
    }

    // ------------------------------------------------------------------ sharing

    /**
     * The capacity the first insert allocates for {@code initialCapacity} mappings; huge ones are
     * clamped.
     */
    static int emptyCapacityFor(int initialCapacity, float loadFactor) {
        return capacityFor(
                Math.min(Math.max(initialCapacity, 0), MAX_OCCUPIED), clampLoadFactor(loadFactor));
    }

    /**
     * Moves this map to a private copy of its keys and values if another map may read them. The
     * hash codes stay shared: only {@link #ensureHashesUnshared()} copies them.
     */
    void ensureUnshared() {
        if (shares.isShared()) {
            copyStorage();
        }
    }

    /** Moves this map to a private copy of its hash codes if another map may read them. */
    private void ensureHashesUnshared() {
        if (hashShares.isShared()) {
            hashes = Arrays.copyOf(hashes, hashes.length);
            hashShares = hashShares.moveToCopy();
        }
    }

    /** Whether the next write may copy: the keys and values or the hash codes are shared. */
    boolean storageShared() {
        return shares.isShared() || hashShares.isShared();
    }

    /**
     * Copies the keys and values privately, and every collision bucket, since buckets are mutable
     * (in O(1) each: they share their immutable mappings). Positions do not change, so slot indices
     * stay valid, and the shared hash codes still describe the copy's keys.
     */
    private void copyStorage() {
        assert table != EMPTY_TABLE : "the static empty storage is replaced, never copied";
        Object[] tab = Arrays.copyOf(table, table.length);
        if (buckets != 0) {
            for (int p = 0; p < tab.length; p += 2) {
                if (tab[p] instanceof CollisionBucket) {
                    tab[p] = ((CollisionBucket) tab[p]).copy();
                }
            }
        }
        table = tab;
        shares = shares.moveToCopy();
    }

    /** Lets go of the storage for the static empty one, without copying anything. */
    void dropToEmptyStorage() {
        RefCount old = shares;
        RefCount oldHashes = hashShares;
        table = EMPTY_TABLE;
        hashes = EMPTY_HASHES;
        shares = RefCount.FROZEN;
        hashShares = RefCount.FROZEN;
        size = 0;
        liveSlots = 0;
        tombstones = 0;
        buckets = 0;
        threshold = 0;
        if (old != null) {
            old.release();
            oldHashes.release();
        }
    }

    /** Whether the storage is the static empty one, which the first insert replaces. */
    boolean hasEmptyStorage() {
        return table == EMPTY_TABLE;
    }

    // ------------------------------------------------------------------ geometry

    /**
     * The home slot of hash code {@code h} in a table of {@code mask + 1} slots: the low bits of
     * the high word of {@code h * 2^64/phi}, which depend on every bit of {@code h}, and which for
     * a smaller table are the low bits of a larger table's (see the implementation notes for why
     * not the top bits).
     */
    static int home(int h, int mask) {
        return (int) (((h & 0xFFFF_FFFFL) * 0x9E37_79B9_7F4A_7C15L) >>> 32) & mask;
    }

    /** The stored form of a key: {@code null} becomes {@link #NULL_KEY}. */
    static Object maskNull(Object key) {
        return key == null ? NULL_KEY : key;
    }

    /** The key a stored key stands for. */
    @SuppressWarnings("unchecked")
    static <K> K unmask(Object k) {
        return k == NULL_KEY ? null : (K) k;
    }

    /** The hash code of a key, 0 for {@code null}: what {@link #hashes} stores. */
    static int hash(Object key) {
        return key == null ? 0 : key.hashCode();
    }

    /** The hash code of a stored key: {@link #hash} of the key it stands for. */
    static int hashOfStored(Object k) {
        return k == NULL_KEY ? 0 : k.hashCode();
    }

    /** {@code loadFactor} moved into [MIN_LOAD_FACTOR, MAX_LOAD_FACTOR]. */
    static float clampLoadFactor(float loadFactor) {
        return Math.max(MIN_LOAD_FACTOR, Math.min(MAX_LOAD_FACTOR, loadFactor));
    }

    /**
     * The most occupied slots a table of {@code capacity} slots takes at {@code loadFactor}. Tables
     * of at most {@link #SMALL_CAPACITY} slots fill to {@link #MAX_LOAD_FACTOR} whatever the load
     * factor: their longest probe stays within a cache line or two of the key array, and ten keys
     * then fit in 16 slots, so a small map takes less memory than a {@code HashMap} of the same
     * keys (JOL, in docs/performance.md). Larger tables take at least as many as the largest small
     * one, so that growing never lowers the threshold.
     */
    static int thresholdOf(int capacity, float loadFactor) {
        if (capacity == MAX_CAPACITY) {
            return MAX_OCCUPIED;
        }
        if (capacity <= SMALL_CAPACITY) {
            return (int) (capacity * MAX_LOAD_FACTOR);
        }
        return Math.max((int) (capacity * loadFactor), (int) (SMALL_CAPACITY * MAX_LOAD_FACTOR));
    }

    /**
     * The smallest capacity, a power of two of at least {@link #MIN_CAPACITY}, that takes {@code n}
     * occupied slots at {@code loadFactor}.
     *
     * @throws IllegalStateException if no table can take {@code n} slots
     */
    static int capacityFor(long n, float loadFactor) {
        if (n > MAX_OCCUPIED) {
            throw new IllegalStateException(
                    "a CowHashMap holds at most "
                            + MAX_OCCUPIED
                            + " keys outside collision buckets; "
                            + n
                            + " needed");
        }
        int c = MIN_CAPACITY;
        while (c < MAX_CAPACITY && thresholdOf(c, loadFactor) < n) {
            c <<= 1;
        }
        return c;
    }

    /** The number of slots of the current table. */
    int capacity() {
        return hashes.length;
    }

    // ------------------------------------------------------------------ lookups

    /**
     * Returns the slot holding stored key {@code k} (of hash {@code h}), or the slot of the
     * collision bucket holding it, or -1.
     */
    int slotOf(Object k, int h) {
        Object[] tab = table;
        int[] hs = hashes;
        int mask = hs.length - 1;
        for (int i = home(h, mask); ; i = (i + 1) & mask) {
            Object x = tab[i << 1];
            if (x == k) {
                return i;
            }
            if (x == null) {
                return -1;
            }
            if (hs[i] == h && x != TOMBSTONE) {
                if (x instanceof CollisionBucket) {
                    return ((CollisionBucket) x).containsKey(k) ? i : -1;
                }
                if (k.equals(x)) {
                    return i;
                }
            }
        }
    }

    /**
     * Returns the value of stored key {@code k} (of hash {@code h}), or {@link Sentinel#NOT_FOUND}.
     */
    Object valueOf(Object k, int h) {
        Object[] tab = table;
        int[] hs = hashes;
        int mask = hs.length - 1;
        for (int i = home(h, mask); ; i = (i + 1) & mask) {
            Object x = tab[i << 1];
            if (x == k) {
                return tab[(i << 1) + 1];
            }
            if (x == null) {
                return Sentinel.NOT_FOUND;
            }
            if (hs[i] == h && x != TOMBSTONE) {
                if (x instanceof CollisionBucket) {
                    return ((CollisionBucket) x).get(k);
                }
                if (k.equals(x)) {
                    return tab[(i << 1) + 1];
                }
            }
        }
    }

    /** The value of key {@code k}, which lives in slot {@code slot} or in its bucket. */
    Object valueAt(int slot, Object k) {
        Object[] tab = table;
        Object x = tab[slot << 1];
        return isBucket(x) ? ((CollisionBucket) x).get(k) : tab[(slot << 1) + 1];
    }

    /** For the entry set: whether {@code key} maps to a value equal to {@code value}. */
    boolean containsEntry(Object key, Object value) {
        Object v = valueOf(maskNull(key), hash(key));
        return v != Sentinel.NOT_FOUND && Objects.equals(v, value);
    }

    /**
     * Returns the slot of stored key {@code k}, trying {@code hint} (where it was last seen) before
     * a full lookup, or -1 if the key is not in the map.
     */
    private int locate(int hint, Object k) {
        Object[] tab = table;
        if (hint < (tab.length >> 1)) {
            Object x = tab[hint << 1];
            if (x == k || (x instanceof CollisionBucket && ((CollisionBucket) x).containsKey(k))) {
                return hint;
            }
        }
        return slotOf(k, hashOfStored(k));
    }

    /** For entries: the current value of stored key {@code k}, or {@link Sentinel#NOT_FOUND}. */
    Object currentValue(int hint, Object k) {
        int s = locate(hint, k);
        return s < 0 ? Sentinel.NOT_FOUND : valueAt(s, k);
    }

    /**
     * For entries: sets the value of stored key {@code k} if it is in the map.
     *
     * @return the previous value, or {@link Sentinel#NOT_FOUND} if the key is not in the map
     */
    Object replaceCurrent(int hint, Object k, Object v) {
        int s = locate(hint, k);
        if (s < 0) {
            return Sentinel.NOT_FOUND;
        }
        Object old = valueAt(s, k);
        writeValue(s, k, v);
        return old;
    }

    /**
     * Returns the first slot at or after {@code from} and before {@code limit} that holds a key or
     * a bucket, or {@code limit}.
     */
    int nextLiveSlot(int from, int limit) {
        Object[] tab = table;
        for (int i = from; i < limit; i++) {
            Object x = tab[i << 1];
            if (x != null && x != TOMBSTONE) {
                return i;
            }
        }
        return limit;
    }

    /** Returns the collision bucket in {@code slot}, or null if the slot holds a key. */
    CollisionBucket bucketAt(int slot) {
        Object x = table[slot << 1];
        return isBucket(x) ? (CollisionBucket) x : null;
    }

    /**
     * Whether {@code x}, the occupant of a slot of this table, is a collision bucket. Most tables
     * have none, and then the answer comes without reading {@code x}'s class: loops over the whole
     * table (iteration, copies, rebuilds) would otherwise load every key object into the cache only
     * to learn that it is a key.
     */
    boolean isBucket(Object x) {
        return buckets != 0 && x instanceof CollisionBucket;
    }

    /** The stored key in {@code slot}, which must hold a key, not a bucket. */
    Object keyAt(int slot) {
        return table[slot << 1];
    }

    /**
     * Whether {@code value} matches a present value {@code v}: by {@code value.equals}, as HashMap.
     */
    static boolean valueMatches(Object value, Object v) {
        return value == v || (value != null && value.equals(v));
    }

    /** A stored value as the map's value type (values are stored as they are). */
    @SuppressWarnings("unchecked")
    V unmaskValue(Object v) {
        return (V) v;
    }

    // ------------------------------------------------------------------ writes

    /**
     * The one insert path: maps stored key {@code k} of hash {@code h} to {@code v}.
     *
     * @param onlyIfNull keep a present non-null value
     * @return the previous value, or {@link Sentinel#NOT_FOUND} if the key was added
     */
    Object putVal(Object k, int h, Object v, boolean onlyIfNull) {
        int mc = modCount;
        Object[] tab = table;
        int[] hs = hashes;
        int mask = hs.length - 1;
        int free = -1;
        int sameHash = 0;
        int i = home(h, mask);
        for (; ; i = (i + 1) & mask) {
            Object x = tab[i << 1];
            if (x == null) {
                break;
            }
            if (x == k) {
                return replaceFound(i, v, onlyIfNull);
            }
            if (x == TOMBSTONE) {
                if (free < 0) {
                    free = i;
                }
            } else if (hs[i] == h) {
                if (x instanceof CollisionBucket) {
                    return putInBucket(i, k, v, onlyIfNull, mc);
                }
                if (k.equals(x)) {
                    return replaceFound(i, v, onlyIfNull);
                }
                sameHash++;
            }
        }
        checkForComodification(mc);
        if (sameHash >= BUCKET_THRESHOLD) {
            makeBucket(k, h, v);
        } else {
            insert(k, h, v, free < 0 ? i : free);
        }
        return Sentinel.NOT_FOUND;
    }

    /** Replaces the value of the key found in plain slot {@code i}, unless kept by onlyIfNull. */
    private Object replaceFound(int i, Object v, boolean onlyIfNull) {
        Object old = table[(i << 1) + 1];
        if (!onlyIfNull || old == null) {
            writePlainValue(i, old, v);
        }
        return old;
    }

    /** Maps stored key {@code k} in the collision bucket of slot {@code i}, adding it if absent. */
    private Object putInBucket(int i, Object k, Object v, boolean onlyIfNull, int mc) {
        CollisionBucket b = (CollisionBucket) table[i << 1];
        Object old = b.get(k);
        checkForComodification(mc);
        if (old == Sentinel.NOT_FOUND) {
            checkSizeBelowMax();
            ensureUnshared();
            ((CollisionBucket) table[i << 1]).put(k, v);
            size++;
            modCount++;
        } else if (!onlyIfNull || old == null) {
            writeValue(i, k, v);
        }
        return old;
    }

    /**
     * Sets the value of stored key {@code k} in slot {@code slot} (or its bucket). Not structural.
     */
    void writeValue(int slot, Object k, Object v) {
        if (isBucket(table[slot << 1])) {
            ensureUnshared();
            ((CollisionBucket) table[slot << 1]).put(k, v);
        } else {
            writePlainValue(slot, table[(slot << 1) + 1], v);
        }
    }

    /**
     * Sets the value of plain slot {@code slot}, whose present value is {@code old}. A value that
     * is already the same object needs no store, so it needs no ownership check and never copies
     * shared storage; otherwise the sharing guard, then one store.
     */
    private void writePlainValue(int slot, Object old, Object v) {
        if (old != v) {
            ensureUnshared();
            table[(slot << 1) + 1] = v;
        }
    }

    /** Fails before an insert that would take the size past {@code Integer.MAX_VALUE}. */
    private void checkSizeBelowMax() {
        if (size == Integer.MAX_VALUE) {
            throw new IllegalStateException("a map holds at most Integer.MAX_VALUE mappings");
        }
    }

    /**
     * Adds stored key {@code k}, known to be absent, in {@code slot} (the first tombstone or the
     * empty slot ending its probe path), rebuilding the table first if an empty slot would take the
     * table past its threshold.
     */
    private void insert(Object k, int h, Object v, int slot) {
        checkSizeBelowMax();
        boolean reuse = table[slot << 1] == TOMBSTONE;
        if (!reuse && liveSlots + tombstones >= threshold) {
            rebuild(capacityToInsert());
            slot = emptySlotFor(h);
        } else {
            ensureUnshared();
            ensureHashesUnshared();
        }
        Object[] tab = table;
        tab[slot << 1] = k;
        tab[(slot << 1) + 1] = v;
        hashes[slot] = h;
        if (reuse) {
            tombstones--;
        }
        liveSlots++;
        size++;
        modCount++;
    }

    /**
     * The capacity of the table to rebuild into before one more slot is taken: the same one if
     * dropping the tombstones leaves a quarter of the threshold free (so that rebuilds stay
     * amortized O(1) per insert), else the next that keeps the load under the threshold.
     */
    private int capacityToInsert() {
        long needed = slotsAfterRebuild() + 1L;
        if (table == EMPTY_TABLE) {
            return Math.max(emptyCapacity, capacityFor(needed, loadFactor));
        }
        int cap = capacity();
        if (needed <= threshold - (threshold >> 2)) {
            return cap;
        }
        return Math.max(capacityFor(needed, loadFactor), cap == MAX_CAPACITY ? cap : cap << 1);
    }

    /**
     * The slots the keys take after a rebuild: {@link #liveSlots}, plus the extra slots of the
     * buckets the rebuild dissolves into plain slots.
     */
    private long slotsAfterRebuild() {
        long n = liveSlots;
        if (buckets != 0) {
            Object[] tab = table;
            for (int p = 0; p < tab.length; p += 2) {
                if (tab[p] instanceof CollisionBucket
                        && ((CollisionBucket) tab[p]).size() <= BUCKET_THRESHOLD) {
                    n += ((CollisionBucket) tab[p]).size() - 1;
                }
            }
        }
        return n;
    }

    /** The first empty slot on the probe path of {@code h}. */
    private int emptySlotFor(int h) {
        Object[] tab = table;
        int mask = hashes.length - 1;
        int i = home(h, mask);
        while (tab[i << 1] != null) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /**
     * Moves every key into fresh arrays of {@code newCapacity} slots, in table order, dropping
     * tombstones. Buckets of at most {@link #BUCKET_THRESHOLD} keys (shrunk by removals) are
     * dissolved into plain slots; larger ones move whole (copied if the storage is shared, as
     * buckets are mutable). Not a structural modification by itself: its callers count one.
     */
    private void rebuild(int newCapacity) {
        Object[] old = table;
        int[] oldHashes = hashes;
        boolean shared = shares.isShared();
        Object[] tab = new Object[newCapacity << 1];
        int[] hs = new int[newCapacity];
        int mask = newCapacity - 1;
        int live = 0;
        int nb = 0;
        for (int j = 0; j < oldHashes.length; j++) {
            Object x = old[j << 1];
            if (x == null || x == TOMBSTONE) {
                continue;
            }
            int h = oldHashes[j];
            if (isBucket(x)) {
                CollisionBucket b = (CollisionBucket) x;
                if (b.size() <= BUCKET_THRESHOLD) {
                    Object[] pairs = b.pairs();
                    for (int p = 0; p < pairs.length; p += 2) {
                        place(tab, hs, mask, pairs[p], pairs[p + 1], h);
                        live++;
                    }
                    continue;
                }
                b = shared ? b.copy() : b;
                b.shrunk = false;
                x = b;
                nb++;
            }
            place(tab, hs, mask, x, old[(j << 1) + 1], h);
            live++;
        }
        table = tab;
        hashes = hs;
        liveSlots = live;
        tombstones = 0;
        buckets = nb;
        threshold = thresholdOf(newCapacity, loadFactor);
        shares = shares.moveToCopy();
        hashShares = hashShares.moveToCopy();
    }

    /** Puts a key, absent from fresh arrays, in the first empty slot of its probe path. */
    private static void place(Object[] tab, int[] hs, int mask, Object k, Object v, int h) {
        int i = home(h, mask);
        while (tab[i << 1] != null) {
            i = (i + 1) & mask;
        }
        tab[i << 1] = k;
        tab[(i << 1) + 1] = v;
        hs[i] = h;
    }

    /**
     * Adds stored key {@code k}, the ninth key of hash {@code h} on its probe path: moves the eight
     * others and {@code k} into one collision bucket in the first of their slots and leaves
     * tombstones in the other seven. The bucket is built before the table changes, so a {@code
     * compareTo} that throws leaves the map as it was.
     */
    private void makeBucket(Object k, int h, Object v) {
        checkSizeBelowMax();
        ensureUnshared();
        Object[] tab = table;
        int[] hs = hashes;
        int mask = hs.length - 1;
        int[] slots = new int[BUCKET_THRESHOLD];
        Object[] pairs = new Object[2 * (BUCKET_THRESHOLD + 1)];
        int n = 0;
        for (int i = home(h, mask); tab[i << 1] != null; i = (i + 1) & mask) {
            Object x = tab[i << 1];
            if (hs[i] == h && x != TOMBSTONE) {
                slots[n] = i;
                pairs[2 * n] = x;
                pairs[2 * n + 1] = tab[(i << 1) + 1];
                n++;
            }
        }
        assert n == BUCKET_THRESHOLD : n + " keys of one hash on a probe path";
        pairs[2 * n] = k;
        pairs[2 * n + 1] = v;
        CollisionBucket b = CollisionBucket.of(pairs);
        tab[slots[0] << 1] = b;
        tab[(slots[0] << 1) + 1] = null;
        for (int j = 1; j < n; j++) {
            tab[slots[j] << 1] = TOMBSTONE;
            tab[(slots[j] << 1) + 1] = null;
        }
        liveSlots -= n - 1;
        tombstones += n - 1;
        buckets++;
        size++;
        modCount++;
    }

    // ------------------------------------------------------------------ removals

    /** Removes {@code key}'s mapping if any, and tells whether there was one. */
    boolean removeKey(Object key) {
        Object k = maskNull(key);
        int s = slotOf(k, hash(key));
        if (s < 0) {
            return false;
        }
        removeAt(s, k);
        return true;
    }

    /**
     * Removes stored key {@code k}, which lives in {@code slot} or in the bucket there. Nothing
     * else moves. A structural modification.
     *
     * @return the removed value
     */
    Object removeAt(int slot, Object k) {
        ensureUnshared();
        Object[] tab = table;
        Object x = tab[slot << 1];
        Object old;
        if (x instanceof CollisionBucket) {
            CollisionBucket b = (CollisionBucket) x;
            old = b.remove(k);
            assert old != Sentinel.NOT_FOUND : "removeAt of a key the bucket does not hold";
            if (b.size() == 0) {
                buckets--;
                vacate(slot);
            }
        } else {
            old = tab[(slot << 1) + 1];
            vacate(slot);
        }
        size--;
        modCount++;
        return old;
    }

    /**
     * Empties a slot whose key or bucket left: a tombstone if the next slot is occupied (a probe
     * path may run through this one), else an empty slot, and so are the tombstones just before it,
     * which no probe path needs any more.
     */
    private void vacate(int slot) {
        Object[] tab = table;
        int mask = hashes.length - 1;
        tab[(slot << 1) + 1] = null;
        liveSlots--;
        if (tab[((slot + 1) & mask) << 1] != null) {
            tab[slot << 1] = TOMBSTONE;
            tombstones++;
            return;
        }
        tab[slot << 1] = null;
        for (int i = (slot - 1) & mask; tab[i << 1] == TOMBSTONE; i = (i - 1) & mask) {
            tab[i << 1] = null;
            tombstones--;
        }
    }

    /**
     * Removes every mapping from the storage: clears it in place if unshared, else lets it go for
     * the static empty storage (keeping its capacity for the next insert). Not counted as a
     * modification here; the caller counts one.
     */
    void clearStorage() {
        if (shares.isShared()) {
            if (table != EMPTY_TABLE) {
                emptyCapacity = capacity();
            }
            dropToEmptyStorage();
            return;
        }
        Arrays.fill(table, null);
        size = 0;
        liveSlots = 0;
        tombstones = 0;
        buckets = 0;
    }

    // ------------------------------------------------------------------ iteration

    /** The key, value or entry of stored key {@code k} in {@code slot} (or its bucket). */
    Object element(IterationKind kind, int slot, Object k) {
        return switch (kind) {
            case KEYS -> unmask(k);
            case VALUES -> valueAt(slot, k);
            case ENTRIES -> new CowHashEntry<>(this, k, slot, valueAt(slot, k));
        };
    }

    /** For views: fills {@code a} with the keys ({@code kind} KEYS) or values, in order. */
    <T> T[] fillArray(IterationKind kind, T[] a) {
        boolean keys = kind == IterationKind.KEYS;
        fill(a, keys, !keys);
        return a;
    }

    /**
     * For views: {@code a} if it has room for the mappings (with a null after them), else a new
     * array.
     */
    @SuppressWarnings("unchecked")
    <T> T[] prepareArray(T[] a) {
        int s = size;
        if (a.length < s) {
            return (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), s);
        }
        if (a.length > s) {
            a[s] = null;
        }
        return a;
    }

    /** Throws if the map was modified structurally since {@code expectedModCount}. */
    void checkForComodification(int expectedModCount) {
        if (modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    /** The shared count of this map's keys and values, for tests. */
    RefCount shares() {
        return shares;
    }

    /** The shared count of this map's hash codes, for tests. */
    RefCount hashShares() {
        return hashShares;
    }

    /** Returns the keys and values as {@code [k0, v0, k1, v1, ...]}, in iteration order. */
    Object[] pairs() {
        return fill(new Object[2 * size], true, true);
    }

    /**
     * Writes the keys, the values, or both (each key before its value) into {@code out} from index
     * 0, in iteration order; returns {@code out}.
     */
    private Object[] fill(Object[] out, boolean keys, boolean values) {
        int n = 0;
        Object[] tab = table;
        for (int p = 0; p < tab.length; p += 2) {
            Object x = tab[p];
            if (x == null || x == TOMBSTONE) {
                continue;
            }
            if (isBucket(x)) {
                Object[] pairs = ((CollisionBucket) x).pairs();
                for (int q = 0; q < pairs.length; q += 2) {
                    if (keys) {
                        out[n++] = unmask(pairs[q]);
                    }
                    if (values) {
                        out[n++] = pairs[q + 1];
                    }
                }
            } else {
                if (keys) {
                    out[n++] = unmask(x);
                }
                if (values) {
                    out[n++] = tab[p + 1];
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ invariants

    /**
     * Checks the representation; tests call it after every step. Every key is findable from its
     * home slot and stored with its hash code; counts match; buckets are well formed, the only slot
     * of their hash, and hold more than {@link #BUCKET_THRESHOLD} keys unless keys were removed
     * from them since the table was last rebuilt; the storage is counted.
     */
    void checkInvariants() {
        Object[] tab = table;
        int[] hs = hashes;
        check(
                tab != null && hs != null && shares != null && hashShares != null,
                "missing storage or count");
        int cap = hs.length;
        check(
                tab.length == 2 * cap && Integer.bitCount(cap) == 1,
                "table of " + tab.length + " for " + cap + " slots");
        check(
                loadFactor >= MIN_LOAD_FACTOR && loadFactor <= MAX_LOAD_FACTOR,
                "load factor " + loadFactor);
        if (tab == EMPTY_TABLE) {
            check(
                    hs == EMPTY_HASHES
                            && shares == RefCount.FROZEN
                            && hashShares == RefCount.FROZEN,
                    "static empty storage not frozen");
            check(threshold == 0, "threshold of the static empty storage");
            check(
                    emptyCapacity >= MIN_CAPACITY && Integer.bitCount(emptyCapacity) == 1,
                    "empty capacity " + emptyCapacity);
        } else {
            check(cap >= MIN_CAPACITY, "capacity " + cap);
            check(
                    threshold == thresholdOf(cap, loadFactor),
                    "threshold " + threshold + " for " + cap + " slots");
        }
        check(shares.get() >= 1, "holder of storage counted " + shares.get());
        check(hashShares.get() >= 1, "holder of hash codes counted " + hashShares.get());
        check(
                (tab == EMPTY_TABLE) == (hs == EMPTY_HASHES),
                "static empty storage with another array");
        check(tab != EMPTY_TABLE || shares.get() != 1, "static empty storage counted as owned");
        int live = 0;
        int dead = 0;
        int nb = 0;
        int n = 0;
        Map<Integer, Integer> bucketSlotOfHash = new HashMap<>();
        for (int i = 0; i < cap; i++) {
            Object x = tab[i << 1];
            if (x == null || x == TOMBSTONE) {
                check(tab[(i << 1) + 1] == null, "value in an empty slot " + i);
                if (x == TOMBSTONE) {
                    dead++;
                }
                continue;
            }
            live++;
            if (x instanceof CollisionBucket) {
                CollisionBucket b = (CollisionBucket) x;
                b.checkInvariants();
                check(tab[(i << 1) + 1] == null, "value beside a bucket in slot " + i);
                check(b.size() >= 1, "empty bucket in slot " + i);
                check(
                        b.size() > BUCKET_THRESHOLD || b.shrunk,
                        "bucket of " + b.size() + " keys never shrunk");
                check(bucketSlotOfHash.put(hs[i], i) == null, "two buckets of hash " + hs[i]);
                for (Object k : b.keys()) {
                    check(hashOfStored(k) == hs[i], "bucket key " + k + " of another hash");
                }
                check(slotOnPath(i, hs[i]), "bucket in slot " + i + " unreachable from its home");
                nb++;
                n += b.size();
            } else {
                check(hashOfStored(x) == hs[i], "key " + x + " stored with hash " + hs[i]);
                check(slotOf(x, hs[i]) == i, "key " + x + " in slot " + i + " not found there");
                n++;
            }
        }
        for (int i = 0; i < cap; i++) {
            Object x = tab[i << 1];
            if (x != null && x != TOMBSTONE && !(x instanceof CollisionBucket)) {
                check(
                        !bucketSlotOfHash.containsKey(hs[i]),
                        "key " + x + " beside the bucket of its hash");
            }
        }
        check(live == liveSlots, "liveSlots " + liveSlots + " but " + live);
        check(dead == tombstones, "tombstones " + tombstones + " but " + dead);
        check(nb == buckets, "buckets " + buckets + " but " + nb);
        check(n == size, "size " + size + " but " + n + " mappings");
        check(
                live + dead <= threshold || tab == EMPTY_TABLE,
                "occupied " + (live + dead) + " over threshold " + threshold);
        check(live + dead < cap, "no empty slot");
    }

    /** Whether slot {@code slot} is reached from the home of {@code h} without an empty slot. */
    private boolean slotOnPath(int slot, int h) {
        int mask = hashes.length - 1;
        for (int i = home(h, mask); ; i = (i + 1) & mask) {
            if (i == slot) {
                return true;
            }
            if (table[i << 1] == null) {
                return false;
            }
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
