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
import java.util.function.Predicate;

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
public final class SnapshotHashMap<K, V> extends SnapshotMap<K, V, PersistentHashMap<K, V>>
        implements ConcurrentMap<K, V>, Serializable {

    /*
     * Implementation notes.
     *
     * The current version is held and compare-and-set by SnapshotRoot, which SnapshotVector
     * shares; its notes say why a VarHandle, and why a write that computes the version it read
     * (PersistentHashMap returns `this` for a write that changes nothing) still compare-and-sets
     * that version onto itself. Each write computes the next version from the one it read, so
     * under contention its work is repeated; nothing is locked and some writer always succeeds
     * (lock-free). The reads and writes are SnapshotMap's, which SnapshotTreeMap shares.
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
        super(copyOfMap(map));
    }

    // ------------------------------------------------------------------ views

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
        return new SnapshotKeySet<>(source());
    }

    /**
     * Returns a live view of the values. O(1); behaves as {@link #keySet()} does. {@code remove(v)}
     * removes one key that maps to {@code v}, atomically.
     *
     * @return the values
     */
    @Override
    public Collection<V> values() {
        return new SnapshotValues<>(source());
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
        return new SnapshotEntrySet<>(source());
    }

    /** What the views read and write: this map and its current version. */
    private SnapshotSource<K, V> source() {
        return new SnapshotSource<>() {
            @Override
            Map<K, V> map() {
                return SnapshotHashMap.this;
            }

            @Override
            Map<K, V> version() {
                return current();
            }

            @Override
            boolean removeKey(Object key) {
                return SnapshotHashMap.this.removeKey(key);
            }

            @Override
            boolean removeIf(Predicate<? super Entry<K, V>> matches) {
                boolean[] removed = {false};
                update(version -> cast(withoutMatching(version, version, matches, removed)));
                return removed[0];
            }
        };
    }

    // ------------------------------------------------------------------ helpers

    @Override
    PersistentHashMap<K, V> checked(PersistentHashMap<K, V> version) {
        return checkedVersion(version);
    }

    @Override
    PersistentHashMap<K, V> emptied(PersistentHashMap<K, V> version) {
        return PersistentHashMap.empty();
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
    @Override
    PersistentHashMap<K, V> copyOf(Map<? extends K, ? extends V> map) {
        return copyOfMap(map);
    }

    private static <K, V> PersistentHashMap<K, V> copyOfMap(Map<? extends K, ? extends V> map) {
        return adoptOrCopy(
                map,
                PersistentHashMap.class,
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
