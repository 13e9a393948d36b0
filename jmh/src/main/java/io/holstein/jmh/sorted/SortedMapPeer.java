package io.holstein.jmh.sorted;

import static io.holstein.jmh.Implementations.*;

import clojure.lang.IMapEntry;
import clojure.lang.ISeq;
import com.google.common.collect.ImmutableSortedMap;
import io.holstein.jmh.Peers;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import org.pcollections.TreePMap;
import org.pcollections.TreePSet;
import scala.math.Ordering;

/**
 * The sorted group's adapter: one sorted map implementation seen through the operations the sorted
 * benchmarks measure (see {@link Peers}), so that one benchmark method serves every implementation.
 * {@link #ALL} registers each under its name. Maps map each key to itself, in the keys' natural
 * order.
 *
 * <p>Maps are {@code Object}s here because the peers share no interface beyond what each operation
 * needs; every implementation casts back to its own type. Each operation uses the implementation's
 * own best means; where it has none, the benchmarks leave it out (the adapter throws {@link
 * UnsupportedOperationException}). {@code TreeMap} is the mutable baseline: it inserts into one map
 * in place, and its "versions" of a range or a concatenation are copies. {@code
 * ConcurrentSkipListMap} and Guava's {@code ImmutableSortedMap} serve reads only.
 *
 * <p>Holstein's {@code PersistentTreeMap} is the adapter {@link HolsteinTreeMap}, its {@code
 * CowTreeMap} the adapter {@link HolsteinCowTreeMap}.
 */
abstract class SortedMapPeer {

    /** Every sorted map under test. */
    static final Peers<SortedMapPeer> ALL =
            Peers.<SortedMapPeer>of("sorted map")
                    .with(PERSISTENT_TREE_MAP, new HolsteinTreeMap())
                    .with(COW_TREE_MAP, new HolsteinCowTreeMap())
                    .with(TREE_MAP, new JdkTreeMap())
                    .with(CONCURRENT_SKIP_LIST_MAP, new SkipList())
                    .with(SCALA_TREE_MAP, new Scala())
                    .with(VAVR_TREE_MAP, new Vavr())
                    .with(CLOJURE_TREE_MAP, new Clojure())
                    .with(PCOLLECTIONS_TREE_MAP, new PCollections())
                    .with(PAGURO_TREE_MAP, new Paguro())
                    .with(IMMUTABLE_SORTED_MAP, new Guava());

    /** The implementation named {@code type}. */
    static SortedMapPeer of(String type) {
        return ALL.get(type);
    }

    /**
     * A map of {@code keys[i] -> keys[i]}, made as users of the implementation make one: {@link
     * #insertOneByOne} in array order, or for a read-only map its builder.
     */
    Object mapOf(Object[] keys) {
        return insertOneByOne(keys);
    }

    /**
     * A map of {@code keys[i] -> keys[i]}, inserting one key at a time in array order into versions
     * (a mutable map: into one map, in place).
     */
    Object insertOneByOne(Object[] keys) {
        throw unsupported("insertion");
    }

    /** The same map made by the implementation's builder (a mutable map: filled in place). */
    Object build(Object[] keys) {
        throw unsupported("builder");
    }

    /** The value of {@code key}, or {@code null}. */
    abstract Object get(Object map, Object key);

    /** The version without {@code key}. */
    Object without(Object map, Object key) {
        throw unsupported("persistent remove");
    }

    /** The version with {@code key -> value}. */
    Object with(Object map, Object key, Object value) {
        throw unsupported("persistent put");
    }

    /**
     * Visits the values in key order, by {@code values()} or the implementation's fastest way to
     * visit them; returns the sum of their hash codes, so the traversal cannot be dropped.
     */
    abstract long sumValues(Object map);

    /**
     * Visits the entries in key order, by {@code entrySet()} or the implementation's fastest way to
     * visit its key-value pairs; returns the sum of the keys' and values' hash codes.
     */
    abstract long sumEntries(Object map);

    /**
     * The mappings from {@code from} (inclusive) to {@code to} (exclusive) as a map of the
     * implementation's own that no later write to {@code map} changes: its range operation where it
     * has one, else a copy.
     */
    abstract Object subMap(Object map, Object from, Object to);

    /** The number of keys below {@code key}, by the implementation's O(log n) means. */
    int rank(Object map, Object key) {
        throw unsupported("rank");
    }

    /** {@code lower} followed by {@code upper}, whose every key is above those of {@code lower}. */
    Object concat(Object lower, Object upper) {
        throw unsupported("concatenation");
    }

    /** The implementation's sorted set of {@code keys}, adding one key at a time in array order. */
    Object setOf(Object[] keys) {
        throw unsupported("sorted set");
    }

    /** The union of two sets made by {@link #setOf}, by the implementation's best means. */
    Object union(Object a, Object b) {
        throw unsupported("set union");
    }

    /** {@code a} compared with {@code b} in their natural order. */
    @SuppressWarnings("unchecked")
    static int compare(Object a, Object b) {
        return ((Comparable<Object>) a).compareTo(b);
    }

    /** The sum of the hash codes of what {@code values} yields. */
    static long sumHashes(Iterator<?> values) {
        long sum = 0;
        while (values.hasNext()) {
            sum += values.next().hashCode();
        }
        return sum;
    }

    /** The sum of the hash codes of the keys and values of what {@code entries} yields. */
    static long sumEntryHashes(Iterator<? extends Map.Entry<?, ?>> entries) {
        long sum = 0;
        while (entries.hasNext()) {
            Map.Entry<?, ?> e = entries.next();
            sum += (long) e.getKey().hashCode() + e.getValue().hashCode();
        }
        return sum;
    }

    private UnsupportedOperationException unsupported(String operation) {
        return new UnsupportedOperationException(
                getClass().getSimpleName() + " has no " + operation);
    }

    // ------------------------------------------------------------------ implementations

    /**
     * An implementation of {@link NavigableMap}, read through that interface. Its {@code subMap} is
     * the range as a map of the implementation's own type: a persistent map's range, or a view that
     * a mutable map's adapter copies.
     */
    abstract static class JavaNavigableMap extends SortedMapPeer {
        @Override
        Object get(Object map, Object key) {
            return navigable(map).get(key);
        }

        @Override
        long sumValues(Object map) {
            return sumHashes(navigable(map).values().iterator());
        }

        @Override
        long sumEntries(Object map) {
            return sumEntryHashes(navigable(map).entrySet().iterator());
        }

        @Override
        Object subMap(Object map, Object from, Object to) {
            return navigable(map).subMap(from, true, to, false);
        }

        @SuppressWarnings("unchecked")
        static NavigableMap<Object, Object> navigable(Object o) {
            return (NavigableMap<Object, Object>) o;
        }
    }

    /** The JDK's red-black {@link TreeMap}: the mutable baseline. */
    private static final class JdkTreeMap extends JavaNavigableMap {
        @Override
        Object insertOneByOne(Object[] keys) {
            TreeMap<Object, Object> m = new TreeMap<>();
            for (Object k : keys) {
                m.put(k, k);
            }
            return m;
        }

        @Override
        Object build(Object[] keys) {
            return insertOneByOne(keys);
        }

        @Override
        Object subMap(Object map, Object from, Object to) {
            // A view would change with the map: the copy a caller keeps, built in O(k) from the
            // sorted view.
            return new TreeMap<>(navigable(map).subMap(from, true, to, false));
        }

        @Override
        Object concat(Object lower, Object upper) {
            TreeMap<Object, Object> c = new TreeMap<>(map(lower));
            c.putAll(map(upper));
            return c;
        }

        @Override
        Object setOf(Object[] keys) {
            TreeSet<Object> s = new TreeSet<>();
            for (Object k : keys) {
                s.add(k);
            }
            return s;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            TreeSet<Object> u = new TreeSet<>((TreeSet<Object>) a);
            u.addAll((TreeSet<Object>) b);
            return u;
        }

        @SuppressWarnings("unchecked")
        private static TreeMap<Object, Object> map(Object o) {
            return (TreeMap<Object, Object>) o;
        }
    }

    /** The JDK's {@link ConcurrentSkipListMap}, for reads. */
    private static final class SkipList extends JavaNavigableMap {
        @Override
        Object mapOf(Object[] keys) {
            ConcurrentSkipListMap<Object, Object> m = new ConcurrentSkipListMap<>();
            for (Object k : keys) {
                m.put(k, k);
            }
            return m;
        }

        @Override
        Object subMap(Object map, Object from, Object to) {
            return new ConcurrentSkipListMap<>(navigable(map).subMap(from, true, to, false));
        }
    }

    /** Scala 2.13's red-black {@code immutable.TreeMap}, its builder and {@code TreeSet}. */
    private static final class Scala extends SortedMapPeer {
        private static final scala.Function0<Object> NONE = () -> null;

        @Override
        Object insertOneByOne(Object[] keys) {
            scala.collection.immutable.TreeMap<Object, Object> m =
                    scala.collection.immutable.TreeMap$.MODULE$.empty(ordering(keys));
            for (Object k : keys) {
                m = m.updated(k, k);
            }
            return m;
        }

        @Override
        Object build(Object[] keys) {
            scala.collection.mutable.ReusableBuilder<
                            scala.Tuple2<Object, Object>,
                            scala.collection.immutable.TreeMap<Object, Object>>
                    b = scala.collection.immutable.TreeMap$.MODULE$.newBuilder(ordering(keys));
            for (Object k : keys) {
                b.addOne(new scala.Tuple2<>(k, k));
            }
            return b.result();
        }

        @Override
        Object get(Object map, Object key) {
            return map(map).getOrElse(key, NONE);
        }

        @Override
        Object without(Object map, Object key) {
            return map(map).removed(key);
        }

        @Override
        Object with(Object map, Object key, Object value) {
            return map(map).updated(key, value);
        }

        @Override
        long sumValues(Object map) {
            // foreachEntry visits the tree's nodes; the iterators allocate a tuple per entry.
            long[] sum = {0};
            map(map).foreachEntry((k, v) -> sum[0] += v.hashCode());
            return sum[0];
        }

        @Override
        long sumEntries(Object map) {
            long[] sum = {0};
            map(map).foreachEntry((k, v) -> sum[0] += (long) k.hashCode() + v.hashCode());
            return sum[0];
        }

        @Override
        Object subMap(Object map, Object from, Object to) {
            return map(map).range(from, to);
        }

        @Override
        int rank(Object map, Object key) {
            // Subtrees know their sizes: the keys below, split off in O(log n), then counted.
            return ((scala.collection.immutable.TreeMap<?, ?>) map(map).rangeUntil(key)).size();
        }

        @Override
        Object concat(Object lower, Object upper) {
            return map(lower).concat(map(upper));
        }

        @Override
        Object setOf(Object[] keys) {
            scala.collection.immutable.TreeSet<Object> s =
                    scala.collection.immutable.TreeSet$.MODULE$.empty(ordering(keys));
            for (Object k : keys) {
                s = s.incl(k);
            }
            return s;
        }

        @Override
        Object union(Object a, Object b) {
            return set(a).concat(set(b));
        }

        /** Scala's own ordering of the key type, as a Scala caller's implicit would be. */
        @SuppressWarnings("unchecked")
        private static Ordering<Object> ordering(Object[] keys) {
            Object ordering =
                    keys.length > 0 && keys[0] instanceof String
                            ? Ordering.String$.MODULE$
                            : Ordering.Int$.MODULE$;
            return (Ordering<Object>) ordering;
        }

        @SuppressWarnings("unchecked")
        private static scala.collection.immutable.TreeMap<Object, Object> map(Object o) {
            return (scala.collection.immutable.TreeMap<Object, Object>) o;
        }

        @SuppressWarnings("unchecked")
        private static scala.collection.immutable.TreeSet<Object> set(Object o) {
            return (scala.collection.immutable.TreeSet<Object>) o;
        }
    }

    /** Vavr's red-black {@code TreeMap} and {@code TreeSet} (no builder, no range). */
    private static final class Vavr extends SortedMapPeer {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object insertOneByOne(Object[] keys) {
            io.vavr.collection.TreeMap<Object, Object> m =
                    (io.vavr.collection.TreeMap) io.vavr.collection.TreeMap.empty();
            for (Object k : keys) {
                m = m.put(k, k);
            }
            return m;
        }

        @Override
        Object get(Object map, Object key) {
            return map(map).getOrElse(key, null);
        }

        @Override
        Object without(Object map, Object key) {
            return map(map).remove(key);
        }

        @Override
        Object with(Object map, Object key, Object value) {
            return map(map).put(key, value);
        }

        @Override
        long sumValues(Object map) {
            return sumHashes(map(map).valuesIterator());
        }

        @Override
        long sumEntries(Object map) {
            long sum = 0;
            for (io.vavr.Tuple2<Object, Object> e : map(map)) {
                sum += (long) e._1.hashCode() + e._2.hashCode();
            }
            return sum;
        }

        @Override
        Object subMap(Object map, Object from, Object to) {
            return map(map).filterKeys(k -> compare(k, from) >= 0 && compare(k, to) < 0);
        }

        @Override
        Object concat(Object lower, Object upper) {
            return map(lower).merge(map(upper));
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object setOf(Object[] keys) {
            io.vavr.collection.TreeSet<Object> s =
                    (io.vavr.collection.TreeSet) io.vavr.collection.TreeSet.empty();
            for (Object k : keys) {
                s = s.add(k);
            }
            return s;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            return ((io.vavr.collection.TreeSet<Object>) a)
                    .union((io.vavr.collection.TreeSet<Object>) b);
        }

        @SuppressWarnings("unchecked")
        private static io.vavr.collection.TreeMap<Object, Object> map(Object o) {
            return (io.vavr.collection.TreeMap<Object, Object>) o;
        }
    }

    /**
     * Clojure's red-black {@code PersistentTreeMap} and {@code PersistentTreeSet} (no transient).
     */
    private static final class Clojure extends SortedMapPeer {
        static {
            // Clojure's runtime must start before PersistentTreeMap is first touched: started from
            // that class's static initializer, clojure.core reads PersistentTreeMap.EMPTY before it
            // is set and fails.
            clojure.java.api.Clojure.var("clojure.core", "sorted-map");
        }

        @Override
        Object insertOneByOne(Object[] keys) {
            clojure.lang.PersistentTreeMap m = clojure.lang.PersistentTreeMap.EMPTY;
            for (Object k : keys) {
                m = m.assoc(k, k);
            }
            return m;
        }

        @Override
        Object get(Object map, Object key) {
            return map(map).valAt(key);
        }

        @Override
        Object without(Object map, Object key) {
            return map(map).without(key);
        }

        @Override
        Object with(Object map, Object key, Object value) {
            return map(map).assoc(key, value);
        }

        @Override
        long sumValues(Object map) {
            return sumHashes(map(map).vals());
        }

        @Override
        @SuppressWarnings("unchecked")
        long sumEntries(Object map) {
            return sumEntryHashes((Iterator<Map.Entry<?, ?>>) map(map).iterator());
        }

        @Override
        Object subMap(Object map, Object from, Object to) {
            // subseq is a lazy walk, not a map: the entries from there, added to a new map.
            clojure.lang.PersistentTreeMap m = map(map);
            clojure.lang.PersistentTreeMap range = clojure.lang.PersistentTreeMap.EMPTY;
            for (ISeq s = m.seqFrom(from, true); s != null; s = s.next()) {
                IMapEntry e = (IMapEntry) s.first();
                if (m.doCompare(e.key(), to) >= 0) {
                    break;
                }
                range = range.assoc(e.key(), e.val());
            }
            return range;
        }

        @Override
        Object concat(Object lower, Object upper) {
            clojure.lang.PersistentTreeMap c = map(lower);
            for (Object o : map(upper)) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                c = c.assoc(e.getKey(), e.getValue());
            }
            return c;
        }

        @Override
        Object setOf(Object[] keys) {
            clojure.lang.IPersistentSet s = clojure.lang.PersistentTreeSet.EMPTY;
            for (Object k : keys) {
                s = (clojure.lang.IPersistentSet) s.cons(k);
            }
            return s;
        }

        @Override
        Object union(Object a, Object b) {
            clojure.lang.IPersistentSet u = (clojure.lang.IPersistentSet) a;
            for (Object k : (clojure.lang.PersistentTreeSet) b) {
                u = (clojure.lang.IPersistentSet) u.cons(k);
            }
            return u;
        }

        private static clojure.lang.PersistentTreeMap map(Object o) {
            return (clojure.lang.PersistentTreeMap) o;
        }
    }

    /** PCollections' AVL {@link TreePMap} and {@link TreePSet}, which split and join ranges. */
    private static final class PCollections extends JavaNavigableMap {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object insertOneByOne(Object[] keys) {
            TreePMap<Object, Object> m = (TreePMap) TreePMap.empty();
            for (Object k : keys) {
                m = m.plus(k, k);
            }
            return m;
        }

        @Override
        Object without(Object map, Object key) {
            return map(map).minus(key);
        }

        @Override
        Object with(Object map, Object key, Object value) {
            return map(map).plus(key, value);
        }

        @Override
        int rank(Object map, Object key) {
            // Subtrees know their sizes: the keys below, split off in O(log n), then counted.
            return map(map).headMap(key, false).size();
        }

        @Override
        Object concat(Object lower, Object upper) {
            return map(lower).plusAll(map(upper));
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object setOf(Object[] keys) {
            TreePSet<Object> s = (TreePSet) TreePSet.empty();
            for (Object k : keys) {
                s = s.plus(k);
            }
            return s;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            return ((TreePSet<Object>) a).plusAll((TreePSet<Object>) b);
        }

        @SuppressWarnings("unchecked")
        private static TreePMap<Object, Object> map(Object o) {
            return (TreePMap<Object, Object>) o;
        }
    }

    /** Paguro's red-black {@code PersistentTreeMap} and {@code PersistentTreeSet}. */
    private static final class Paguro extends SortedMapPeer {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object insertOneByOne(Object[] keys) {
            org.organicdesign.fp.collections.PersistentTreeMap<Object, Object> m =
                    (org.organicdesign.fp.collections.PersistentTreeMap)
                            org.organicdesign.fp.collections.PersistentTreeMap.empty();
            for (Object k : keys) {
                m = m.assoc(k, k);
            }
            return m;
        }

        @Override
        Object get(Object map, Object key) {
            return map(map).get(key);
        }

        @Override
        Object without(Object map, Object key) {
            return map(map).without(key);
        }

        @Override
        Object with(Object map, Object key, Object value) {
            return map(map).assoc(key, value);
        }

        @Override
        long sumValues(Object map) {
            return sumHashes(map(map).valIterator());
        }

        @Override
        long sumEntries(Object map) {
            // The map iterates its entries; its entrySet() would first build a set of them.
            return sumEntryHashes(map(map).iterator());
        }

        @Override
        Object subMap(Object map, Object from, Object to) {
            return map(map).subMap(from, to);
        }

        @Override
        Object concat(Object lower, Object upper) {
            org.organicdesign.fp.collections.PersistentTreeMap<Object, Object> c = map(lower);
            for (Map.Entry<Object, Object> e : map(upper)) {
                c = c.assoc(e.getKey(), e.getValue());
            }
            return c;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object setOf(Object[] keys) {
            org.organicdesign.fp.collections.PersistentTreeSet<Object> s =
                    (org.organicdesign.fp.collections.PersistentTreeSet)
                            org.organicdesign.fp.collections.PersistentTreeSet.empty();
            for (Object k : keys) {
                s = s.put(k);
            }
            return s;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            org.organicdesign.fp.collections.PersistentTreeSet<Object> u =
                    (org.organicdesign.fp.collections.PersistentTreeSet<Object>) a;
            for (Object k : (org.organicdesign.fp.collections.PersistentTreeSet<Object>) b) {
                u = u.put(k);
            }
            return u;
        }

        @SuppressWarnings("unchecked")
        private static org.organicdesign.fp.collections.PersistentTreeMap<Object, Object> map(
                Object o) {
            return (org.organicdesign.fp.collections.PersistentTreeMap<Object, Object>) o;
        }
    }

    /** Guava's {@link ImmutableSortedMap} (sorted arrays), for reads. */
    private static final class Guava extends JavaNavigableMap {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object mapOf(Object[] keys) {
            ImmutableSortedMap.Builder<Object, Object> b =
                    (ImmutableSortedMap.Builder) ImmutableSortedMap.naturalOrder();
            for (Object k : keys) {
                b.put(k, k);
            }
            return b.buildOrThrow();
        }

        @Override
        int rank(Object map, Object key) {
            // The key list of a sorted array: indexOf is a binary search.
            return map(map).keySet().asList().indexOf(key);
        }

        @SuppressWarnings("unchecked")
        private static ImmutableSortedMap<Object, Object> map(Object o) {
            return (ImmutableSortedMap<Object, Object>) o;
        }
    }
}
