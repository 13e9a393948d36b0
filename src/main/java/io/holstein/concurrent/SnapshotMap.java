package io.holstein.concurrent;

import io.holstein.PersistentMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The thread-safe maps whose every state is an immutable {@link PersistentMap}: {@link
 * SnapshotHashMap} over a {@code PersistentHashMap}, {@link SnapshotTreeMap} over a {@code
 * PersistentTreeMap}. Every read takes the current version once; every write computes the next
 * version from the one it read and installs it by compare-and-set ({@link SnapshotRoot}), starting
 * over if another write overtook it. The public classes document the guarantees.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 * @param <M> the type of versions
 */
abstract class SnapshotMap<K, V, M extends PersistentMap<K, V>> extends SnapshotRoot<M>
        implements ConcurrentMap<K, V> {

    /*
     * Implementation notes.
     *
     * Presence is decided by containsKey or by `without` returning a different version, never by
     * get(key) == null: a version installed through the O(1) constructor, update or
     * compareAndSet may break the no-null-value obligation, and such a key must still be
     * removable and replaceable.
     */

    /** For deserialization only: the subclass's {@code readObject} sets the first version. */
    SnapshotMap() {}

    SnapshotMap(M first) {
        super(first);
    }

    // ------------------------------------------------------------------ versions

    /**
     * Returns the current version. O(1); shares it: later writes to this map install new versions
     * and never change the one returned.
     *
     * @return the current version, immutable
     */
    public final M snapshot() {
        return current();
    }

    /**
     * Installs {@code next} as the current version if the current version is {@code expected} (by
     * identity). O(1) plus an O(log n) check for a null key. When {@code expected == next} it
     * returns whether {@code expected} is current, writing it onto itself if so, so that a
     * successful call always has the memory effects of a write.
     *
     * <p>{@code next} must hold no null value; this is not checked, and the constructor that takes
     * a version says what a key mapped to null then does.
     *
     * @param expected the version the caller read, typically from {@link #snapshot()}
     * @param next the version to install
     * @return whether {@code next} is now the current version
     * @throws NullPointerException if {@code next} is null or has a null key
     * @throws IllegalArgumentException if the map refuses {@code next}: a sorted map refuses a
     *     version ordered otherwise than itself
     */
    public final boolean compareAndSet(M expected, M next) {
        return compareAndSetVersion(expected, next);
    }

    /**
     * Replaces the current version with {@code operator}'s result, atomically: an update of any
     * number of keys that readers see all at once or not at all. The operator receives the current
     * version and returns the next; if another write overtook it, it runs again on the newer
     * version, so it should be free of side effects. Returning its argument changes nothing but
     * still writes that version onto itself, so the call has the memory effects of a write. Costs
     * what the operator costs, per attempt, plus an O(log n) check for a null key.
     *
     * <p>The operator must not write this map: each such write overtakes the version the operator
     * was given, so the update starts over and never terminates ({@code ConcurrentHashMap}'s {@code
     * compute} throws {@code IllegalStateException}, "Recursive update", in that case).
     *
     * <p>The result must hold no null value; this is not checked, and the constructor that takes a
     * version says what a key mapped to null then does.
     *
     * @param operator computes the next version from the current one
     * @return the version installed (or the current one, if the operator returned it)
     * @throws NullPointerException if {@code operator} is null or returns null or a version with a
     *     null key; the map is then unchanged
     * @throws IllegalArgumentException if the map refuses the operator's result (a sorted map, a
     *     version ordered otherwise than itself); the map is then unchanged
     */
    public final M update(UnaryOperator<M> operator) {
        return updateVersion(operator);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Checks that the current version holds no null key or value and that its size counts its
     * mappings.
     */
    final void checkInvariants() {
        M current = current();
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

    /** The empty version in {@code version}'s order. */
    abstract M emptied(M version);

    /** The version of the mappings of {@code map}, checked for nulls; O(1) for a sibling map. */
    abstract M copyOf(Map<? extends K, ? extends V> map);

    /** A version's verbs return the version's own type. */
    @SuppressWarnings("unchecked")
    final M cast(PersistentMap<K, V> version) {
        return (M) version;
    }

    private M with(M version, K key, V value) {
        return cast(version.with(key, value));
    }

    private M without(M version, Object key) {
        return cast(version.without(key));
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
     * Returns the value of {@code key} in the current version, or {@code null}. O(log n).
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
     * Returns the value of {@code key}, or {@code defaultValue}. O(log n).
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
     * Returns whether {@code key} has a mapping in the current version. O(log n).
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
     * Compares the current version with {@code o} as {@link Map#equals} requires. O(n); O(1)
     * rejection on size against another map of the same kind or a version of its kind, skipping the
     * subtrees their versions share.
     *
     * @param o the object to compare with
     * @return whether {@code o} is a map with the same mappings
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        M current = current();
        return o instanceof SnapshotMap<?, ?, ?> other
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
     * Maps {@code key} to {@code value}. O(log n); if {@code key} already maps to {@code value} by
     * {@code ==}, allocates nothing and writes the current version onto itself.
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
     * Maps {@code key} to {@code value} unless it has a non-null value. O(log n); writes nothing if
     * it has one.
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
     * log n) for m mappings to copy them once, then a merge per attempt; O(1) to read {@code map}
     * when it is a map of the same kind (its current version).
     *
     * @param map the mappings to add
     * @throws NullPointerException if {@code map} is null or holds a null key or value; this map is
     *     then unchanged
     */
    @Override
    public void putAll(Map<? extends K, ? extends V> map) {
        M added = copyOf(map);
        if (!added.isEmpty()) {
            updateVersion(current -> cast(current.withAll(added)));
        }
    }

    /**
     * Removes {@code key}'s mapping. O(log n); writes nothing if it is absent.
     *
     * @param key the key
     * @return the removed value, or {@code null} if there was none
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public V remove(Object key) {
        M removedFrom = removeMapping(key);
        return removedFrom == null ? null : removedFrom.get(key);
    }

    /**
     * Removes {@code key}'s mapping, for the key set and iterators: unlike {@link #remove(Object)}
     * it reports a removed key mapped to null (see {@code update}) as removed.
     *
     * @return whether a mapping was removed
     */
    boolean removeKey(Object key) {
        return removeMapping(key) != null;
    }

    /**
     * Removes {@code key}'s mapping if it maps to a value equal to {@code value}. O(log n).
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
     * Maps {@code key} to {@code newValue} if it maps to a value equal to {@code oldValue}. O(log
     * n).
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
     * Maps {@code key} to {@code value} if it has a mapping. O(log n).
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
        updateVersion(
                current -> {
                    Map<K, V> changed = new LinkedHashMap<>();
                    current.forEach(
                            (k, v) -> {
                                V next = Objects.requireNonNull(function.apply(k, v));
                                if (next != v) {
                                    changed.put(k, next);
                                }
                            });
                    return changed.isEmpty() ? current : cast(current.withAll(changed));
                });
    }

    /**
     * Returns {@code key}'s value, first putting {@code mappingFunction}'s result if it has none.
     * O(log n) plus the function, which runs at most once: if another thread puts the key first,
     * its value wins and is returned. The function may write this map (it runs outside any retry
     * loop), though a value it puts for {@code key} wins over its result.
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
     * removes the key if the result is null. O(log n) plus the function per attempt; the function
     * may run more than once under contention, and must not write this map, or the call never
     * terminates (see {@link #replaceAll}). A key mapped to null (see {@code update}) counts as
     * absent here, as {@link Map#computeIfPresent} specifies.
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
            M current = current();
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
     * result; a null result removes the key. O(log n) plus the function per attempt; the function
     * may run more than once under contention, and must not write this map, or the call never
     * terminates (see {@link #replaceAll}).
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
            M current = current();
            V computed = remappingFunction.apply(key, current.get(key));
            if (installMapping(current, key, computed)) {
                return computed;
            }
        }
    }

    /**
     * Puts {@code value} if {@code key} has no mapping, else replaces its value with {@code
     * remappingFunction.apply(old, value)}, removing it if that is null. O(log n) plus the function
     * per attempt; the function may run more than once under contention, and must not write this
     * map, or the call never terminates (see {@link #replaceAll}).
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
            M current = current();
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
        reset(current -> current.isEmpty() ? current : emptied(current));
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
            M current = current();
            V old = current.get(key);
            if (onlyIfAbsent && old != null
                    || onlyIfPresent && old == null && !current.containsKey(key)) {
                return old;
            }
            if (install(current, with(current, key, value))) {
                return old;
            }
        }
    }

    /**
     * The one loop of {@code remove(key)} and the views' removals: removes {@code key}'s mapping
     * and returns the version it was removed from, or {@code null} if it had none (then nothing is
     * written).
     */
    private M removeMapping(Object key) {
        Objects.requireNonNull(key);
        while (true) {
            M current = current();
            M next = without(current, key);
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
            M current = current();
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
    private boolean installMapping(M current, K key, V value) {
        return install(current, value == null ? without(current, key) : with(current, key, value));
    }
}
