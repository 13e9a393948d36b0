package io.holstein.concurrent;

import io.holstein.map.PersistentHashMap;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A thread-safe hash map whose every state is an immutable {@link PersistentHashMap}: reads
 * never lock and always see one complete version, and {@link #snapshot()} hands that version out
 * in O(1).
 *
 * <p><b>How it works.</b> The map holds one {@code volatile} reference to the current version.
 * A write reads it, computes the next version (which copies only the path to the changed
 * mapping, at most seven small arrays) and installs it by compare-and-set, starting over if
 * another thread installed a version in between. A write that changes nothing (a {@code put}
 * of the value already present, by {@code ==}; a {@code remove} of an absent key; a failed
 * {@code putIfAbsent} or {@code replace}) installs nothing and allocates nothing beyond what
 * the lookup needs.
 *
 * <p><b>Costs.</b> {@code get}, {@code containsKey}, {@code put}, {@code remove} and the other
 * single-key operations run in O(log<sub>32</sub> n) steps (at most seven levels, assuming the
 * keys' hash codes spread) plus one retry per write that a concurrent write overtook.
 * {@code size}, {@code isEmpty}, {@link #snapshot()}, the O(1) constructor and the views are
 * O(1); iteration, {@code containsValue}, {@code hashCode}, {@code equals} and {@code toString}
 * are O(n).
 *
 * <p><b>Consistency.</b> Every method is atomic and linearizable. Stronger than
 * {@link java.util.concurrent.ConcurrentHashMap}'s weakly consistent reads: every iterator,
 * spliterator and bulk read ({@code toArray}, {@code size}, {@code equals}, {@code hashCode},
 * {@code toString}, {@code forEach}) works on the one version that was current when it started,
 * so it never sees half of a multi-key {@link #update}. The views ({@link #keySet()},
 * {@link #values()}, {@link #entrySet()}) are live: their {@code size} and {@code contains} read
 * the version current at the call. {@code Iterator.remove()} removes the last returned key from
 * the live map, whatever its value is now (as {@code ConcurrentHashMap}'s iterators do), and
 * {@code Entry.setValue} writes through with {@link #put}. A view's {@code removeIf} tests the
 * elements of one version and removes a matching value or entry only if its key still maps to
 * that value. Iterators never throw {@link java.util.ConcurrentModificationException}.
 *
 * <p><b>Functions under contention.</b> {@link #compute}, {@link #computeIfPresent},
 * {@link #merge}, {@link #replaceAll} and {@link #update} call their function again when a
 * concurrent write overtook the version the function saw, as {@link ConcurrentMap}'s default
 * methods allow: such functions should be free of side effects. {@link #computeIfAbsent} calls
 * its function at most once.
 *
 * <p><b>Nulls.</b> Null keys and values are rejected with {@link NullPointerException}, and so
 * are null arguments to the queries ({@code get(null)}, {@code containsKey(null)},
 * {@code containsValue(null)}, ...), as {@code ConcurrentHashMap} does: a {@code null} result
 * always means "absent".
 *
 * <p><b>Sharing.</b> {@link #snapshot()} and the {@link #SnapshotHashMap(PersistentHashMap)}
 * constructor share versions with the caller in O(1); versions are immutable, so sharing is
 * safe. Writes to this map never change a version handed out. Conversions from other maps copy
 * (O(n)).
 *
 * <p>Serializable through a proxy that writes the mappings of one version; sharing is not
 * preserved. The views are not serializable.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class SnapshotHashMap<K, V> implements ConcurrentMap<K, V>, Serializable {

    /*
     * Implementation notes.
     *
     * The root is compared-and-set through a VarHandle rather than an AtomicReference or an
     * AtomicReferenceFieldUpdater. An AtomicReference would add an object and a dependent load to
     * every read; the field updater checks the receiver's class on every call, while a static
     * final VarHandle is constant-folded by the JIT into a plain volatile access and one CAS
     * instruction. Reads use the volatile field directly.
     *
     * Each write computes the next version from the one it read, so under contention its work is
     * repeated; nothing is locked and some writer always succeeds (lock-free). A write that would
     * produce the version it read returns without CAS: PersistentHashMap returns `this` for writes
     * that change nothing, so the check is one reference comparison.
     */

    @Serial
    private static final long serialVersionUID = 1L;

    private static final VarHandle ROOT;

    static {
        try {
            ROOT = MethodHandles.lookup().findVarHandle(SnapshotHashMap.class, "root", PersistentHashMap.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private transient volatile PersistentHashMap<K, V> root;

    /** Creates an empty map. O(1). */
    public SnapshotHashMap() {
        this.root = PersistentHashMap.empty();
    }

    /**
     * Creates a map whose current version is {@code map}. O(1) plus an O(log<sub>32</sub> n) check
     * for a null key; shares {@code map}, which is immutable.
     *
     * <p>{@code map} must hold no null value: finding one would cost O(n), so it is not checked,
     * and this map would report such a key absent to {@code get} while counting it in
     * {@code size}.
     *
     * @param map the first version
     * @throws NullPointerException if {@code map} is null or has a null key
     */
    public SnapshotHashMap(PersistentHashMap<K, V> map) {
        this.root = checkedVersion(map);
    }

    /**
     * Creates a map with the mappings of {@code map}. O(1) when {@code map} is a
     * {@code SnapshotHashMap} (it shares that map's current version); otherwise O(n), copying.
     *
     * @param map the mappings
     * @throws NullPointerException if {@code map} is null or holds a null key or value
     */
    public SnapshotHashMap(Map<? extends K, ? extends V> map) {
        this.root = copyOf(map);
    }

    // ------------------------------------------------------------------ versions

    /**
     * Returns the current version. O(1); shares it: later writes to this map install new
     * versions and never change the one returned.
     *
     * @return the current version, immutable
     */
    public PersistentHashMap<K, V> snapshot() {
        return root;
    }

    /**
     * Installs {@code next} as the current version if the current version is {@code expected}
     * (by identity). O(1) plus an O(log<sub>32</sub> n) check for a null key. Returns
     * {@code true} without writing when {@code expected == next} and it is current.
     *
     * <p>{@code next} must hold no null value (see {@link #SnapshotHashMap(PersistentHashMap)}).
     *
     * @param expected the version the caller read, typically from {@link #snapshot()}
     * @param next the version to install
     * @return whether {@code next} is now the current version
     * @throws NullPointerException if {@code next} is null or has a null key
     */
    public boolean compareAndSet(PersistentHashMap<K, V> expected, PersistentHashMap<K, V> next) {
        checkedVersion(next);
        if (expected == next) {
            return root == expected;
        }
        return ROOT.compareAndSet(this, expected, next);
    }

    /**
     * Replaces the current version with {@code operator}'s result, atomically: an update of any
     * number of keys that readers see all at once or not at all. The operator receives the
     * current version and returns the next; if another write overtook it, it runs again on the
     * newer version, so it should be free of side effects. Returning its argument writes nothing.
     * Costs what the operator costs, per attempt, plus an O(log<sub>32</sub> n) check for a null
     * key.
     *
     * <p>The result must hold no null value (see {@link #SnapshotHashMap(PersistentHashMap)}).
     *
     * @param operator computes the next version from the current one
     * @return the version installed (or the current one, if the operator returned it)
     * @throws NullPointerException if {@code operator} is null or returns null or a version with
     *     a null key; the map is then unchanged
     */
    public PersistentHashMap<K, V> update(UnaryOperator<PersistentHashMap<K, V>> operator) {
        Objects.requireNonNull(operator);
        while (true) {
            PersistentHashMap<K, V> current = root;
            PersistentHashMap<K, V> next = checkedVersion(operator.apply(current));
            if (next == current || ROOT.compareAndSet(this, current, next)) {
                return next;
            }
        }
    }

    // ------------------------------------------------------------------ reads

    /** Returns the number of mappings in the current version. O(1). */
    @Override
    public int size() {
        return root.size();
    }

    /** Returns whether the current version is empty. O(1). */
    @Override
    public boolean isEmpty() {
        return root.isEmpty();
    }

    /**
     * Returns the value of {@code key} in the current version, or {@code null}. O(log<sub>32</sub> n).
     *
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public V get(Object key) {
        return root.get(Objects.requireNonNull(key));
    }

    /**
     * Returns the value of {@code key}, or {@code defaultValue}. O(log<sub>32</sub> n).
     *
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return root.getOrDefault(Objects.requireNonNull(key), defaultValue);
    }

    /**
     * Returns whether {@code key} has a mapping in the current version. O(log<sub>32</sub> n).
     *
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public boolean containsKey(Object key) {
        return root.containsKey(Objects.requireNonNull(key));
    }

    /**
     * Returns whether some key maps to {@code value} in the current version. O(n).
     *
     * @throws NullPointerException if {@code value} is null
     */
    @Override
    public boolean containsValue(Object value) {
        return root.containsValue(Objects.requireNonNull(value));
    }

    /**
     * Calls {@code action} for every mapping of the current version, which later writes do not
     * change. O(n).
     *
     * @throws NullPointerException if {@code action} is null
     */
    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        root.forEach(Objects.requireNonNull(action));
    }

    /**
     * Returns a live view of the keys. O(1). {@code size} and {@code contains} read the current
     * version; iterators iterate the version current when they were created, and their
     * {@code remove} removes the key from this map. Removal through the view is supported,
     * addition is not.
     */
    @Override
    public Set<K> keySet() {
        return new SnapshotKeySet<>(this);
    }

    /**
     * Returns a live view of the values. O(1); behaves as {@link #keySet()} does.
     * {@code remove(v)} removes one key that maps to {@code v}, atomically.
     */
    @Override
    public Collection<V> values() {
        return new SnapshotValues<>(this);
    }

    /**
     * Returns a live view of the mappings. O(1); behaves as {@link #keySet()} does. Its entries
     * hold the value they were created with; {@code setValue} puts the new value into this map
     * and into the entry.
     */
    @Override
    public Set<Entry<K, V>> entrySet() {
        return new SnapshotEntrySet<>(this);
    }

    /**
     * Compares the current version with {@code o} as {@link Map#equals} requires. O(n); O(1)
     * rejection on size against another {@code SnapshotHashMap} or a {@code PersistentHashMap},
     * skipping the sub-trees their versions share.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        PersistentHashMap<K, V> current = root;
        return o instanceof SnapshotHashMap<?, ?> other ? current.equals(other.root) : current.equals(o);
    }

    /** Returns the sum of the current version's mappings' hash codes, as {@link Map#hashCode} requires. O(n). */
    @Override
    public int hashCode() {
        return root.hashCode();
    }

    /** Returns the current version's mappings as {@code {k1=v1, k2=v2}}. O(n). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        root.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(k == this ? "(this Map)" : k).append('=').append(v == this ? "(this Map)" : v);
        });
        return sb.append('}').toString();
    }

    // ------------------------------------------------------------------ writes

    /**
     * Maps {@code key} to {@code value}. O(log<sub>32</sub> n); installs nothing if {@code key}
     * already maps to {@code value} by {@code ==}.
     *
     * @return the previous value, or {@code null}
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    @Override
    public V put(K key, V value) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
        while (true) {
            PersistentHashMap<K, V> current = root;
            V old = current.get(key);
            PersistentHashMap<K, V> next = current.with(key, value);
            if (next == current || ROOT.compareAndSet(this, current, next)) {
                return old;
            }
        }
    }

    /**
     * Maps {@code key} to {@code value} unless it has a mapping. O(log<sub>32</sub> n).
     *
     * @return the present value, or {@code null} if there was none and {@code value} was put
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    @Override
    public V putIfAbsent(K key, V value) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
        while (true) {
            PersistentHashMap<K, V> current = root;
            V old = current.get(key);
            if (old != null || ROOT.compareAndSet(this, current, current.with(key, value))) {
                return old;
            }
        }
    }

    /**
     * Adds every mapping of {@code map} in one atomic step: readers see all of them or none.
     * O(m log<sub>32</sub> n) for m mappings to copy them once, then a node-by-node merge per
     * attempt; O(1) to read {@code map} when it is a {@code SnapshotHashMap} (its current version).
     *
     * @throws NullPointerException if {@code map} is null or holds a null key or value; this map
     *     is then unchanged
     */
    @Override
    public void putAll(Map<? extends K, ? extends V> map) {
        PersistentHashMap<K, V> added = copyOf(map);
        if (!added.isEmpty()) {
            update(current -> current.withAll(added));
        }
    }

    /**
     * Removes {@code key}'s mapping. O(log<sub>32</sub> n); installs nothing if it is absent.
     *
     * @return the removed value, or {@code null}
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public V remove(Object key) {
        Objects.requireNonNull(key);
        while (true) {
            PersistentHashMap<K, V> current = root;
            V old = current.get(key);
            if (old == null || ROOT.compareAndSet(this, current, current.without(key))) {
                return old;
            }
        }
    }

    /**
     * Removes {@code key}'s mapping if it maps to a value equal to {@code value}. O(log<sub>32</sub> n).
     *
     * @return whether it was removed; {@code false} for a null {@code value}
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public boolean remove(Object key, Object value) {
        Objects.requireNonNull(key);
        if (value == null) {
            return false;
        }
        while (true) {
            PersistentHashMap<K, V> current = root;
            V old = current.get(key);
            if (old == null || !old.equals(value)) {
                return false;
            }
            if (ROOT.compareAndSet(this, current, current.without(key))) {
                return true;
            }
        }
    }

    /**
     * Maps {@code key} to {@code newValue} if it maps to a value equal to {@code oldValue}.
     * O(log<sub>32</sub> n).
     *
     * @return whether it was replaced
     * @throws NullPointerException if any argument is null
     */
    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(oldValue);
        Objects.requireNonNull(newValue);
        while (true) {
            PersistentHashMap<K, V> current = root;
            V old = current.get(key);
            if (old == null || !old.equals(oldValue)) {
                return false;
            }
            PersistentHashMap<K, V> next = current.with(key, newValue);
            if (next == current || ROOT.compareAndSet(this, current, next)) {
                return true;
            }
        }
    }

    /**
     * Maps {@code key} to {@code value} if it has a mapping. O(log<sub>32</sub> n).
     *
     * @return the previous value, or {@code null} if there was none (nothing is put then)
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    @Override
    public V replace(K key, V value) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
        while (true) {
            PersistentHashMap<K, V> current = root;
            V old = current.get(key);
            if (old == null) {
                return null;
            }
            PersistentHashMap<K, V> next = current.with(key, value);
            if (next == current || ROOT.compareAndSet(this, current, next)) {
                return old;
            }
        }
    }

    /**
     * Replaces every value with {@code function}'s result, in one atomic step. O(n) per attempt;
     * the function runs again for every mapping if a concurrent write overtook the attempt.
     *
     * @throws NullPointerException if {@code function} is null or returns null; the map is then
     *     unchanged
     */
    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        update(current -> {
            PersistentHashMap.Builder<K, V> b = current.toBuilder();
            boolean[] changed = {false};
            current.forEach((k, v) -> {
                V next = Objects.requireNonNull(function.apply(k, v));
                if (next != v) {
                    b.put(k, next);
                    changed[0] = true;
                }
            });
            return changed[0] ? b.build() : current;
        });
    }

    /**
     * Returns {@code key}'s value, first putting {@code mappingFunction}'s result if it has none.
     * O(log<sub>32</sub> n) plus the function, which runs at most once: if another thread puts
     * the key first, its value wins and is returned.
     *
     * @return the present or computed value, or {@code null} if the function returned null
     * @throws NullPointerException if {@code key} or {@code mappingFunction} is null
     */
    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(mappingFunction);
        V present = root.get(key);
        if (present != null) {
            return present;
        }
        V computed = mappingFunction.apply(key);
        if (computed == null) {
            return null;
        }
        V raced = putIfAbsent(key, computed);
        return raced == null ? computed : raced;
    }

    /**
     * If {@code key} has a mapping, replaces its value with {@code remappingFunction}'s result,
     * or removes it if the result is null. O(log<sub>32</sub> n) plus the function per attempt;
     * the function may run more than once under contention.
     *
     * @return the new value, or {@code null}
     * @throws NullPointerException if {@code key} or {@code remappingFunction} is null
     */
    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(remappingFunction);
        while (true) {
            PersistentHashMap<K, V> current = root;
            V old = current.get(key);
            if (old == null) {
                return null;
            }
            V computed = remappingFunction.apply(key, old);
            if (install(current, key, computed)) {
                return computed;
            }
        }
    }

    /**
     * Replaces {@code key}'s value (or its absence, {@code null}) with
     * {@code remappingFunction}'s result; a null result removes the key. O(log<sub>32</sub> n)
     * plus the function per attempt; the function may run more than once under contention.
     *
     * @return the new value, or {@code null}
     * @throws NullPointerException if {@code key} or {@code remappingFunction} is null
     */
    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(remappingFunction);
        while (true) {
            PersistentHashMap<K, V> current = root;
            V computed = remappingFunction.apply(key, current.get(key));
            if (install(current, key, computed)) {
                return computed;
            }
        }
    }

    /**
     * Puts {@code value} if {@code key} has no mapping, else replaces its value with
     * {@code remappingFunction.apply(old, value)}, removing it if that is null.
     * O(log<sub>32</sub> n) plus the function per attempt; the function may run more than once
     * under contention.
     *
     * @return the new value, or {@code null}
     * @throws NullPointerException if {@code key}, {@code value} or {@code remappingFunction} is null
     */
    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
        Objects.requireNonNull(remappingFunction);
        while (true) {
            PersistentHashMap<K, V> current = root;
            V old = current.get(key);
            V computed = old == null ? value : remappingFunction.apply(old, value);
            if (install(current, key, computed)) {
                return computed;
            }
        }
    }

    /** Removes every mapping. O(1); installs the empty version unless the map is empty. */
    @Override
    public void clear() {
        while (true) {
            PersistentHashMap<K, V> current = root;
            if (current.isEmpty() || ROOT.compareAndSet(this, current, PersistentHashMap.<K, V>empty())) {
                return;
            }
        }
    }

    /**
     * Installs {@code current} with {@code key} mapped to {@code value}, or without {@code key}
     * if {@code value} is null, unless a write overtook {@code current}.
     *
     * @return false if the caller must start over from the newer version
     */
    private boolean install(PersistentHashMap<K, V> current, K key, V value) {
        PersistentHashMap<K, V> next = value == null ? current.without(key) : current.with(key, value);
        return next == current || ROOT.compareAndSet(this, current, next);
    }

    // ------------------------------------------------------------------ helpers

    private static <K, V> PersistentHashMap<K, V> checkedVersion(PersistentHashMap<K, V> version) {
        if (version.containsKey(null)) {
            throw new NullPointerException("a SnapshotHashMap version holds a null key");
        }
        return version;
    }

    @SuppressWarnings("unchecked")
    private static <K, V> PersistentHashMap<K, V> copyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof SnapshotHashMap<?, ?> other) {
            return (PersistentHashMap<K, V>) other.root;
        }
        PersistentHashMap.Builder<K, V> b = PersistentHashMap.builder();
        for (Entry<? extends K, ? extends V> e : map.entrySet()) {
            b.put(Objects.requireNonNull(e.getKey()), Objects.requireNonNull(e.getValue()));
        }
        return b.build();
    }

    /** Checks that the current version holds no null key or value and that its size counts its mappings. */
    void checkInvariants() {
        PersistentHashMap<K, V> current = root;
        int[] count = {0};
        current.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new AssertionError("null mapping " + k + "=" + v);
            }
            count[0]++;
        });
        if (count[0] != current.size()) {
            throw new AssertionError("size " + current.size() + " but " + count[0] + " mappings");
        }
    }

    @Serial
    private Object writeReplace() {
        return SnapshotHashMapForm.of(root);
    }

    /**
     * Refuses a stream that holds this class itself: only the proxy is ever written.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    @Serial
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("SnapshotHashMap is deserialized through its proxy");
    }
}
