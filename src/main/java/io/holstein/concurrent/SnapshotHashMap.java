package io.holstein.concurrent;

import io.holstein.internal.SerialArrays;
import io.holstein.internal.SerialProxy;
import io.holstein.map.PersistentHashMap;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
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
 * A thread-safe hash map whose every state is an immutable {@link PersistentHashMap}: reads never
 * lock and always see one complete version, and {@link #snapshot()} hands that version out in O(1).
 *
 * <pre>{@code
 * SnapshotHashMap<String, Integer> hits = new SnapshotHashMap<>();
 * hits.merge("/home", 1, Integer::sum);                    // from any thread
 * PersistentHashMap<String, Integer> now = hits.snapshot(); // O(1); never changes
 * hits.update(m -> m.without("/old").with("/new", 0));     // several keys, one atomic step
 * }</pre>
 *
 * <p><b>How it works.</b> The map holds one {@code volatile} reference to the current version. A
 * write reads it, computes the next version (which copies only the path to the changed mapping, at
 * most seven small arrays) and installs it by compare-and-set, starting over if another thread
 * installed a version in between. A write that fails (a {@code remove} of an absent key; a {@code
 * putIfAbsent} or {@code replace} that finds no match) writes nothing. A write that succeeds
 * without changing anything (a {@code put} of the value already present, by {@code ==}) allocates
 * nothing, but still compare-and-sets the current version onto itself, so that it has the memory
 * effects of a write, as {@link java.util.concurrent.CopyOnWriteArrayList#set} has.
 *
 * <p><b>Costs.</b> {@code get}, {@code containsKey}, {@code put}, {@code remove} and the other
 * single-key operations run in O(log<sub>32</sub> n) steps (at most seven levels, assuming the
 * keys' hash codes spread) plus one retry per write that a concurrent write overtook. {@code size},
 * {@code isEmpty}, {@link #snapshot()}, the O(1) constructor and the views are O(1); iteration,
 * {@code containsValue}, {@code hashCode}, {@code equals} and {@code toString} are O(n).
 *
 * <p><b>Consistency.</b> Every method is atomic and linearizable. Stronger than {@link
 * java.util.concurrent.ConcurrentHashMap}'s weakly consistent reads: every iterator, spliterator
 * and bulk read ({@code toArray}, {@code size}, {@code equals}, {@code hashCode}, {@code toString},
 * {@code forEach}) works on the one version that was current when it started, so it never sees half
 * of a multi-key {@link #update}. The views ({@link #keySet()}, {@link #values()}, {@link
 * #entrySet()}) are live: their {@code size} and {@code contains} read the version current at the
 * call, and {@code containsAll} reads one version for all its elements. {@code Iterator.remove()}
 * removes the last returned key from the live map, whatever its value is now (as {@code
 * ConcurrentHashMap}'s iterators do), and {@code Entry.setValue} writes through with {@link #put}.
 * A view's {@code removeIf}, {@code removeAll} and {@code retainAll} are each one atomic {@link
 * #update}: the predicate (or the argument's {@code contains}) tests the elements of one version,
 * and all the matches leave the map at once. Iterators never throw {@link
 * java.util.ConcurrentModificationException}.
 *
 * <p><b>Functions under contention.</b> {@link #compute}, {@link #computeIfPresent}, {@link
 * #merge}, {@link #replaceAll} and {@link #update} call their function again when a concurrent
 * write overtook the version the function saw, as {@link ConcurrentMap}'s default methods allow:
 * such functions should be free of side effects. Nor may they write this map: that write would
 * overtake the version the function saw, every time, so the call would never terminate ({@code
 * ConcurrentHashMap} detects that case and throws {@code IllegalStateException}). The same holds
 * for the predicates of the views' {@code removeIf}, {@code removeAll} and {@code retainAll}.
 * {@link #computeIfAbsent} calls its function at most once, outside any retry.
 *
 * <p><b>Nulls.</b> Null keys and values are rejected with {@link NullPointerException}, and so are
 * null arguments to the queries ({@code get(null)}, {@code containsKey(null)}, {@code
 * containsValue(null)}, ...), as {@code ConcurrentHashMap} does: a {@code null} result always means
 * "absent".
 *
 * <p><b>Sharing.</b> {@link #snapshot()} and the {@link #SnapshotHashMap(PersistentHashMap)}
 * constructor share versions with the caller in O(1); versions are immutable, so sharing is safe.
 * Writes to this map never change a version handed out. Conversions from other maps copy (O(n)).
 *
 * <p>Serializable as {@code ConcurrentHashMap} is, writing one version, including object graphs
 * that loop back through the map (a map holding itself as a value, a value referring to the map);
 * sharing with other maps is not preserved. Reading rejects a null key or value. The views are not
 * serializable.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class SnapshotHashMap<K, V> extends SnapshotRoot<PersistentHashMap<K, V>>
        implements ConcurrentMap<K, V>, Serializable {

    /*
     * Implementation notes.
     *
     * The current version is held and compare-and-set by SnapshotRoot, which SnapshotVector
     * shares; its notes say why a VarHandle, and why a write that computes the version it read
     * (PersistentHashMap returns `this` for a write that changes nothing) still compare-and-sets
     * that version onto itself. Each write computes the next version from the one it read, so
     * under contention its work is repeated; nothing is locked and some writer always succeeds
     * (lock-free).
     *
     * Presence is decided by containsKey or by `without` returning a different version, never by
     * get(key) == null: a version installed through the O(1) constructor, update or
     * compareAndSet may break the no-null-value obligation, and such a key must still be
     * removable and replaceable.
     */

    @Serial private static final long serialVersionUID = 1L;

    /** Creates an empty map. O(1). */
    public SnapshotHashMap() {
        super(PersistentHashMap.empty());
    }

    /**
     * Creates a map whose current version is {@code map}. O(1) plus an O(log<sub>32</sub> n) check
     * for a null key; shares {@code map}, which is immutable.
     *
     * <p>{@code map} must hold no null value: finding one would cost O(n), so it is not checked
     * here, nor by {@link #update} or {@link #compareAndSet}. If a version breaks this obligation,
     * a key mapped to null
     *
     * <ul>
     *   <li>reads as absent to {@code get} and {@code getOrDefault} (both return {@code null}), to
     *       {@code putIfAbsent}, {@code computeIfAbsent}, {@code computeIfPresent}, {@code compute}
     *       and {@code merge} (which see its value as {@code null}, so they may replace it), and to
     *       {@code remove(key, value)} and {@code replace(key, oldValue, newValue)}, which never
     *       match it;
     *   <li>reads as present to {@code containsKey}, {@code size}, the views, iteration, {@code
     *       forEach}, {@code equals}, {@code hashCode} and {@code toString}, where its value is
     *       {@code null};
     *   <li>is removed by {@code remove(key)} (which returns {@code null}), the key set's {@code
     *       remove}, iterators' {@code remove} and {@code clear}, and replaced by {@code put} and
     *       {@code replace(key, value)} (which return {@code null});
     *   <li>makes the map unserializable in effect: the stream is written, but reading it throws
     *       {@link java.io.InvalidObjectException}.
     * </ul>
     *
     * No other state is affected: the map stays usable, and removing or replacing the key restores
     * the obligation.
     *
     * @param map the first version
     * @throws NullPointerException if {@code map} is null or has a null key
     */
    public SnapshotHashMap(PersistentHashMap<K, V> map) {
        super(checkedVersion(map));
    }

    /**
     * Creates a map with the mappings of {@code map}. O(1) when {@code map} is a {@code
     * SnapshotHashMap} (it shares that map's current version); otherwise O(n), copying.
     *
     * @param map the mappings
     * @throws NullPointerException if {@code map} is null or holds a null key or value
     */
    public SnapshotHashMap(Map<? extends K, ? extends V> map) {
        super(copyOf(map));
    }

    // ------------------------------------------------------------------ versions

    /**
     * Returns the current version. O(1); shares it: later writes to this map install new versions
     * and never change the one returned.
     *
     * @return the current version, immutable
     */
    public PersistentHashMap<K, V> snapshot() {
        return current();
    }

    /**
     * Installs {@code next} as the current version if the current version is {@code expected} (by
     * identity). O(1) plus an O(log<sub>32</sub> n) check for a null key. When {@code expected ==
     * next} it returns whether {@code expected} is current, writing it onto itself if so, so that a
     * successful call always has the memory effects of a write.
     *
     * <p>{@code next} must hold no null value; this is not checked, and {@link
     * #SnapshotHashMap(PersistentHashMap)} says what a key mapped to null then does.
     *
     * @param expected the version the caller read, typically from {@link #snapshot()}
     * @param next the version to install
     * @return whether {@code next} is now the current version
     * @throws NullPointerException if {@code next} is null or has a null key
     */
    public boolean compareAndSet(PersistentHashMap<K, V> expected, PersistentHashMap<K, V> next) {
        return compareAndSetVersion(expected, next);
    }

    /**
     * Replaces the current version with {@code operator}'s result, atomically: an update of any
     * number of keys that readers see all at once or not at all. The operator receives the current
     * version and returns the next; if another write overtook it, it runs again on the newer
     * version, so it should be free of side effects. Returning its argument changes nothing but
     * still writes that version onto itself, so the call has the memory effects of a write. Costs
     * what the operator costs, per attempt, plus an O(log<sub>32</sub> n) check for a null key.
     *
     * <p>The operator must not write this map: each such write overtakes the version the operator
     * was given, so the update starts over and never terminates ({@code ConcurrentHashMap}'s {@code
     * compute} throws {@code IllegalStateException}, "Recursive update", in that case).
     *
     * <p>The result must hold no null value; this is not checked, and {@link
     * #SnapshotHashMap(PersistentHashMap)} says what a key mapped to null then does.
     *
     * @param operator computes the next version from the current one
     * @return the version installed (or the current one, if the operator returned it)
     * @throws NullPointerException if {@code operator} is null or returns null or a version with a
     *     null key; the map is then unchanged
     */
    public PersistentHashMap<K, V> update(UnaryOperator<PersistentHashMap<K, V>> operator) {
        return updateVersion(operator);
    }

    // ------------------------------------------------------------------ reads

    /**
     * Returns the number of mappings in the current version. O(1).
     *
     * @return the number of mappings
     */
    @Override
    public int size() {
        return current().size();
    }

    /**
     * Returns whether the current version is empty. O(1).
     *
     * @return whether there is no mapping
     */
    @Override
    public boolean isEmpty() {
        return current().isEmpty();
    }

    /**
     * Returns the value of {@code key} in the current version, or {@code null}. O(log<sub>32</sub>
     * n).
     *
     * @param key the key
     * @return its value, or {@code null} if it has none
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public V get(Object key) {
        return current().get(Objects.requireNonNull(key));
    }

    /**
     * Returns the value of {@code key}, or {@code defaultValue}. O(log<sub>32</sub> n).
     *
     * @param key the key
     * @param defaultValue what to return if {@code key} has no mapping
     * @return its value, or {@code defaultValue}
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return current().getOrDefault(Objects.requireNonNull(key), defaultValue);
    }

    /**
     * Returns whether {@code key} has a mapping in the current version. O(log<sub>32</sub> n).
     *
     * @param key the key
     * @return whether it has a mapping
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public boolean containsKey(Object key) {
        return current().containsKey(Objects.requireNonNull(key));
    }

    /**
     * Returns whether some key maps to {@code value} in the current version. O(n).
     *
     * @param value the value
     * @return whether some key maps to it
     * @throws NullPointerException if {@code value} is null
     */
    @Override
    public boolean containsValue(Object value) {
        return current().containsValue(Objects.requireNonNull(value));
    }

    /**
     * Calls {@code action} for every mapping of the current version, which later writes do not
     * change. O(n).
     *
     * @param action called with each key and its value
     * @throws NullPointerException if {@code action} is null
     */
    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        current().forEach(Objects.requireNonNull(action));
    }

    /**
     * Returns a live view of the keys. O(1). {@code size} and {@code contains} read the current
     * version; iterators iterate the version current when they were created, and their {@code
     * remove} removes the key from this map. Removal through the view is supported, addition is
     * not.
     *
     * @return the key set
     */
    @Override
    public Set<K> keySet() {
        return new SnapshotKeySet<>(this);
    }

    /**
     * Returns a live view of the values. O(1); behaves as {@link #keySet()} does. {@code remove(v)}
     * removes one key that maps to {@code v}, atomically.
     *
     * @return the values
     */
    @Override
    public Collection<V> values() {
        return new SnapshotValues<>(this);
    }

    /**
     * Returns a live view of the mappings. O(1); behaves as {@link #keySet()} does. Its entries
     * hold the value they were created with; {@code setValue} puts the new value into this map and
     * into the entry.
     *
     * @return the entry set
     */
    @Override
    public Set<Entry<K, V>> entrySet() {
        return new SnapshotEntrySet<>(this);
    }

    /**
     * Compares the current version with {@code o} as {@link Map#equals} requires. O(n); O(1)
     * rejection on size against another {@code SnapshotHashMap} or a {@code PersistentHashMap},
     * skipping the sub-trees their versions share.
     *
     * @param o the object to compare with
     * @return whether {@code o} is a map with the same mappings
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        PersistentHashMap<K, V> current = current();
        return o instanceof SnapshotHashMap<?, ?> other
                ? current.equals(other.current())
                : current.equals(o);
    }

    /**
     * Returns the sum of the current version's mappings' hash codes, as {@link Map#hashCode}
     * requires. O(n).
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return current().hashCode();
    }

    /**
     * Returns the current version's mappings as {@code {k1=v1, k2=v2}}. O(n).
     *
     * @return the string form
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        current()
                .forEach(
                        (k, v) -> {
                            if (sb.length() > 1) {
                                sb.append(", ");
                            }
                            sb.append(k == this ? "(this Map)" : k)
                                    .append('=')
                                    .append(v == this ? "(this Map)" : v);
                        });
        return sb.append('}').toString();
    }

    // ------------------------------------------------------------------ writes

    /**
     * Maps {@code key} to {@code value}. O(log<sub>32</sub> n); if {@code key} already maps to
     * {@code value} by {@code ==}, allocates nothing and writes the current version onto itself.
     *
     * @param key the key
     * @param value the value
     * @return the previous value, or {@code null}
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    @Override
    public V put(K key, V value) {
        return putValue(key, value, false, false);
    }

    /**
     * Maps {@code key} to {@code value} unless it has a non-null value. O(log<sub>32</sub> n);
     * writes nothing if it has one.
     *
     * @param key the key
     * @param value the value
     * @return the present value, or {@code null} if there was none and {@code value} was put
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    @Override
    public V putIfAbsent(K key, V value) {
        return putValue(key, value, true, false);
    }

    /**
     * Adds every mapping of {@code map} in one atomic step: readers see all of them or none. O(m
     * log<sub>32</sub> n) for m mappings to copy them once, then a node-by-node merge per attempt;
     * O(1) to read {@code map} when it is a {@code SnapshotHashMap} (its current version).
     *
     * @param map the mappings to add
     * @throws NullPointerException if {@code map} is null or holds a null key or value; this map is
     *     then unchanged
     */
    @Override
    public void putAll(Map<? extends K, ? extends V> map) {
        PersistentHashMap<K, V> added = copyOf(map);
        if (!added.isEmpty()) {
            update(current -> current.withAll(added));
        }
    }

    /**
     * Removes {@code key}'s mapping. O(log<sub>32</sub> n); writes nothing if it is absent.
     *
     * @param key the key
     * @return the removed value, or {@code null} if there was none
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public V remove(Object key) {
        PersistentHashMap<K, V> removedFrom = removeMapping(key);
        return removedFrom == null ? null : removedFrom.get(key);
    }

    /**
     * Removes {@code key}'s mapping, for the key set and iterators: unlike {@link #remove(Object)}
     * it reports a removed key mapped to null (see {@link #update}) as removed.
     *
     * @return whether a mapping was removed
     */
    boolean removeKey(Object key) {
        return removeMapping(key) != null;
    }

    /**
     * Removes {@code key}'s mapping if it maps to a value equal to {@code value}.
     * O(log<sub>32</sub> n).
     *
     * @param key the key
     * @param value the value expected
     * @return whether it was removed; {@code false} for a null {@code value}
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public boolean remove(Object key, Object value) {
        Objects.requireNonNull(key);
        // With no value to put, the key is only looked up and removed, never stored: any object
        // serves as a K.
        @SuppressWarnings("unchecked")
        K k = (K) key;
        return value != null && replaceIfEqual(k, value, null);
    }

    /**
     * Maps {@code key} to {@code newValue} if it maps to a value equal to {@code oldValue}.
     * O(log<sub>32</sub> n).
     *
     * @param key the key
     * @param oldValue the value expected
     * @param newValue the value to put
     * @return whether it was replaced
     * @throws NullPointerException if any argument is null
     */
    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(oldValue);
        Objects.requireNonNull(newValue);
        return replaceIfEqual(key, oldValue, newValue);
    }

    /**
     * Maps {@code key} to {@code value} if it has a mapping. O(log<sub>32</sub> n).
     *
     * @param key the key
     * @param value the value
     * @return the previous value, or {@code null} if there was none (nothing is put then)
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    @Override
    public V replace(K key, V value) {
        return putValue(key, value, false, true);
    }

    /**
     * Replaces every value with {@code function}'s result, in one atomic step. O(n) per attempt;
     * the function runs again for every mapping if a concurrent write overtook the attempt. It must
     * not write this map: each such write overtakes the attempt, so the call starts over and never
     * terminates ({@code ConcurrentHashMap} throws {@code IllegalStateException}, "Recursive
     * update", in that case).
     *
     * @param function computes each key's new value from the key and its value
     * @throws NullPointerException if {@code function} is null or returns null; the map is then
     *     unchanged
     */
    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        update(
                current -> {
                    PersistentHashMap.Builder<K, V> b = current.toBuilder();
                    boolean[] changed = {false};
                    current.forEach(
                            (k, v) -> {
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
     * O(log<sub>32</sub> n) plus the function, which runs at most once: if another thread puts the
     * key first, its value wins and is returned. The function may write this map (it runs outside
     * any retry loop), though a value it puts for {@code key} wins over its result.
     *
     * @param key the key
     * @param mappingFunction computes a value for an absent key; a null result puts nothing
     * @return the present or computed value, or {@code null} if the function returned null
     * @throws NullPointerException if {@code key} or {@code mappingFunction} is null
     */
    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(mappingFunction);
        V present = current().get(key);
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
     * If {@code key} has a non-null value, replaces it with {@code remappingFunction}'s result, or
     * removes the key if the result is null. O(log<sub>32</sub> n) plus the function per attempt;
     * the function may run more than once under contention, and must not write this map, or the
     * call never terminates (see {@link #replaceAll}). A key mapped to null (see {@link #update})
     * counts as absent here, as {@link Map#computeIfPresent} specifies.
     *
     * @param key the key
     * @param remappingFunction computes the new value from the key and its present value
     * @return the new value, or {@code null}
     * @throws NullPointerException if {@code key} or {@code remappingFunction} is null
     */
    @Override
    public V computeIfPresent(
            K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(remappingFunction);
        while (true) {
            PersistentHashMap<K, V> current = current();
            V old = current.get(key);
            if (old == null) {
                return null;
            }
            V computed = remappingFunction.apply(key, old);
            if (installMapping(current, key, computed)) {
                return computed;
            }
        }
    }

    /**
     * Replaces {@code key}'s value (or its absence, {@code null}) with {@code remappingFunction}'s
     * result; a null result removes the key. O(log<sub>32</sub> n) plus the function per attempt;
     * the function may run more than once under contention, and must not write this map, or the
     * call never terminates (see {@link #replaceAll}).
     *
     * @param key the key
     * @param remappingFunction computes the new value from the key and its value or {@code null}
     * @return the new value, or {@code null}
     * @throws NullPointerException if {@code key} or {@code remappingFunction} is null
     */
    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(remappingFunction);
        while (true) {
            PersistentHashMap<K, V> current = current();
            V computed = remappingFunction.apply(key, current.get(key));
            if (installMapping(current, key, computed)) {
                return computed;
            }
        }
    }

    /**
     * Puts {@code value} if {@code key} has no mapping, else replaces its value with {@code
     * remappingFunction.apply(old, value)}, removing it if that is null. O(log<sub>32</sub> n) plus
     * the function per attempt; the function may run more than once under contention, and must not
     * write this map, or the call never terminates (see {@link #replaceAll}).
     *
     * @param key the key
     * @param value the value to put, or to combine with the present one
     * @param remappingFunction combines the present value with {@code value}
     * @return the new value, or {@code null}
     * @throws NullPointerException if {@code key}, {@code value} or {@code remappingFunction} is
     *     null
     */
    @Override
    public V merge(
            K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
        Objects.requireNonNull(remappingFunction);
        while (true) {
            PersistentHashMap<K, V> current = current();
            V old = current.get(key);
            V computed = old == null ? value : remappingFunction.apply(old, value);
            if (installMapping(current, key, computed)) {
                return computed;
            }
        }
    }

    /** Removes every mapping, atomically. O(1): installs an empty version (keeps an empty one). */
    @Override
    public void clear() {
        reset(current -> current.isEmpty() ? current : PersistentHashMap.empty());
    }

    /**
     * The one loop of {@code put}, {@code putIfAbsent} and {@code replace(key, value)}: maps {@code
     * key} to {@code value} unless {@code onlyIfAbsent} and it has a non-null value, or {@code
     * onlyIfPresent} and it has no mapping; either way returns its value before, or {@code null}.
     */
    private V putValue(K key, V value, boolean onlyIfAbsent, boolean onlyIfPresent) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
        while (true) {
            PersistentHashMap<K, V> current = current();
            V old = current.get(key);
            if (onlyIfAbsent && old != null
                    || onlyIfPresent && old == null && !current.containsKey(key)) {
                return old;
            }
            if (install(current, current.with(key, value))) {
                return old;
            }
        }
    }

    /**
     * The one loop of {@code remove(key)} and the views' removals: removes {@code key}'s mapping
     * and returns the version it was removed from, or {@code null} if it had none (then nothing is
     * written).
     */
    private PersistentHashMap<K, V> removeMapping(Object key) {
        Objects.requireNonNull(key);
        while (true) {
            PersistentHashMap<K, V> current = current();
            PersistentHashMap<K, V> next = current.without(key);
            if (next == current) {
                return null;
            }
            if (install(current, next)) {
                return current;
            }
        }
    }

    /**
     * The one loop of {@code remove(key, value)} and {@code replace(key, oldValue, newValue)}:
     * while {@code key} maps to a value equal to {@code expected}, maps it to {@code next}, or
     * removes it if {@code next} is null; returns whether it did.
     */
    private boolean replaceIfEqual(K key, Object expected, V next) {
        while (true) {
            PersistentHashMap<K, V> current = current();
            if (!expected.equals(current.get(key))) {
                return false;
            }
            if (installMapping(current, key, next)) {
                return true;
            }
        }
    }

    /**
     * Installs {@code current} with {@code key} mapped to {@code value}, or without {@code key} if
     * {@code value} is null, unless a write overtook {@code current}.
     *
     * @return false if the caller must start over from the newer version
     */
    private boolean installMapping(PersistentHashMap<K, V> current, K key, V value) {
        return install(current, value == null ? current.without(key) : current.with(key, value));
    }

    // ------------------------------------------------------------------ helpers

    @Override
    PersistentHashMap<K, V> checked(PersistentHashMap<K, V> version) {
        return checkedVersion(version);
    }

    private static <K, V> PersistentHashMap<K, V> checkedVersion(PersistentHashMap<K, V> version) {
        if (version.containsKey(null)) {
            throw new NullPointerException("a SnapshotHashMap version holds a null key");
        }
        return version;
    }

    /**
     * {@code map}'s current version if it is a {@code SnapshotHashMap} (O(1)), else a checked copy.
     */
    private static <K, V> PersistentHashMap<K, V> copyOf(Map<? extends K, ? extends V> map) {
        return adoptOrCopy(
                map,
                given -> {
                    PersistentHashMap.Builder<K, V> b = PersistentHashMap.builder();
                    for (Entry<? extends K, ? extends V> e : given.entrySet()) {
                        b.put(
                                Objects.requireNonNull(e.getKey()),
                                Objects.requireNonNull(e.getValue()));
                    }
                    return b.build();
                });
    }

    /**
     * Checks that the current version holds no null key or value and that its size counts its
     * mappings.
     */
    void checkInvariants() {
        PersistentHashMap<K, V> current = current();
        int[] count = {0};
        current.forEach(
                (k, v) -> {
                    if (k == null || v == null) {
                        throw new AssertionError("null mapping " + k + "=" + v);
                    }
                    count[0]++;
                });
        if (count[0] != current.size()) {
            throw new AssertionError("size " + current.size() + " but " + count[0] + " mappings");
        }
    }

    /**
     * Writes the current version, one consistent state: its size, then each key and its value, as
     * {@code ConcurrentHashMap} does; a value may be this map itself or refer back to it.
     *
     * @serialData the mappings in {@link SerialArrays}' layout, as a {@code PersistentHashMap}'s
     *     contents
     * @param out the stream
     * @throws IOException if the stream fails
     */
    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        SerialProxy.writeContents(out, current());
    }

    /**
     * Reads the mappings into a new version, installed as this map's first.
     *
     * @param in the stream
     * @throws java.io.InvalidObjectException if the declared size is invalid or does not match the
     *     mappings, or a key appears twice, or a key or value is null
     * @throws IOException if the stream fails or ends early
     * @throws ClassNotFoundException if a key's or value's class cannot be found
     */
    @Serial
    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        PersistentHashMap<K, V> version = SerialProxy.readContents(in, PersistentHashMap.class);
        SerialArrays.requireNoNull(version);
        initialize(version);
    }
}
