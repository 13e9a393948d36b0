package io.holstein.jmh.champ;

import static io.holstein.jmh.Implementations.CLOJURE_HASH_MAP;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.Implementations.IMMUTABLE_MAP;
import static io.holstein.jmh.Implementations.KOTLINX_HASH_MAP;
import static io.holstein.jmh.Implementations.MAP_COPY_OF;
import static io.holstein.jmh.Implementations.PAGURO_HASH_MAP;
import static io.holstein.jmh.Implementations.PCOLLECTIONS_HASH_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_HASH_MAP;
import static io.holstein.jmh.Implementations.SCALA_HASH_MAP;
import static io.holstein.jmh.Implementations.VAVR_HASH_MAP;

import clojure.lang.IPersistentMap;
import clojure.lang.ITransientMap;
import com.google.common.collect.ImmutableMap;
import io.holstein.jmh.Peers;
import io.holstein.map.PersistentHashMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import kotlinx.collections.immutable.ExtensionsKt;
import kotlinx.collections.immutable.PersistentMap;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * The champ group's adapter: one map implementation seen through the operations the CHAMP
 * benchmarks measure (see {@link Peers}), so that one benchmark method serves every implementation.
 * {@link #ALL} registers each under its name.
 *
 * <p>Maps are {@code Object}s here because the peers share no interface beyond what each operation
 * needs; every implementation casts back to its own type.
 */
abstract class HashMapPeer {

    /** Every map under test. */
    static final Peers<HashMapPeer> ALL =
            Peers.<HashMapPeer>of("hash map")
                    .with(PERSISTENT_HASH_MAP, new Holstein())
                    .with(HASH_MAP, new JdkHashMap())
                    .with(VAVR_HASH_MAP, new Vavr())
                    .with(SCALA_HASH_MAP, new Scala())
                    .with(CLOJURE_HASH_MAP, new Clojure())
                    .with(PCOLLECTIONS_HASH_MAP, new PCollections())
                    .with(PAGURO_HASH_MAP, new Paguro())
                    .with(KOTLINX_HASH_MAP, new Kotlinx())
                    .with(MAP_COPY_OF, new MapCopyOf())
                    .with(IMMUTABLE_MAP, new Guava());

    /** The implementation named {@code type}. */
    static HashMapPeer of(String type) {
        return ALL.get(type);
    }

    /** A map of {@code keys[i] -> keys[i]}, built by inserting one key at a time into versions. */
    abstract Object insertOneByOne(Object[] keys);

    /** The same map built with the implementation's builder or transient (or mutable fill). */
    Object buildWithBuilder(Object[] keys) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no builder");
    }

    /** The value of {@code key}, or {@code null}. */
    abstract Object get(Object map, Object key);

    /** The map without {@code key}. */
    Object without(Object map, Object key) {
        throw new UnsupportedOperationException(
                getClass().getSimpleName() + " has no persistent remove");
    }

    /** The map with {@code key -> value}. */
    Object with(Object map, Object key, Object value) {
        throw new UnsupportedOperationException(
                getClass().getSimpleName() + " has no persistent put");
    }

    /** Visits every mapping; returns a sum of the values so the traversal cannot be dropped. */
    abstract long iterate(Object map);

    /** Whether the two maps are equal, by the implementation's own {@code equals}. */
    boolean equal(Object a, Object b) {
        return a.equals(b);
    }

    /** The union of two maps, the second's mappings winning, by the implementation's best means. */
    abstract Object union(Object a, Object b);

    // ------------------------------------------------------------------ implementations

    /** Holstein's CHAMP map and its builder. */
    private static final class Holstein extends HashMapPeer {
        @Override
        Object insertOneByOne(Object[] keys) {
            PersistentHashMap<Object, Object> m = PersistentHashMap.empty();
            for (Object k : keys) {
                m = m.with(k, k);
            }
            return m;
        }

        @Override
        Object buildWithBuilder(Object[] keys) {
            PersistentHashMap.Builder<Object, Object> b = PersistentHashMap.builder();
            for (Object k : keys) {
                b.put(k, k);
            }
            return b.build();
        }

        @Override
        @SuppressWarnings("unchecked")
        Object get(Object map, Object key) {
            return ((PersistentHashMap<Object, Object>) map).get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object without(Object map, Object key) {
            return ((PersistentHashMap<Object, Object>) map).without(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object with(Object map, Object key, Object value) {
            return ((PersistentHashMap<Object, Object>) map).with(key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long[] sum = {0};
            ((PersistentHashMap<Object, Object>) map).forEach((k, v) -> sum[0] += v.hashCode());
            return sum[0];
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            return ((PersistentHashMap<Object, Object>) a)
                    .withAll((PersistentHashMap<Object, Object>) b);
        }
    }

    /** The JDK's mutable {@link HashMap}: inserts and builds fill one map in place. */
    private static final class JdkHashMap extends HashMapPeer {
        @Override
        Object insertOneByOne(Object[] keys) {
            HashMap<Object, Object> m = new HashMap<>();
            for (Object k : keys) {
                m.put(k, k);
            }
            return m;
        }

        @Override
        Object buildWithBuilder(Object[] keys) {
            return insertOneByOne(keys);
        }

        @Override
        Object get(Object map, Object key) {
            return ((HashMap<?, ?>) map).get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object with(Object map, Object key, Object value) {
            // Used only to build the equals fixtures: a copy, then one write.
            HashMap<Object, Object> copy = new HashMap<>((HashMap<Object, Object>) map);
            copy.put(key, value);
            return copy;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object without(Object map, Object key) {
            HashMap<Object, Object> copy = new HashMap<>((HashMap<Object, Object>) map);
            copy.remove(key);
            return copy;
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long[] sum = {0};
            ((HashMap<Object, Object>) map).forEach((k, v) -> sum[0] += v.hashCode());
            return sum[0];
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            HashMap<Object, Object> u = new HashMap<>((HashMap<Object, Object>) a);
            u.putAll((HashMap<Object, Object>) b);
            return u;
        }
    }

    /** Vavr's {@code io.vavr.collection.HashMap} (a HAMT; no builder). */
    private static final class Vavr extends HashMapPeer {
        @Override
        Object insertOneByOne(Object[] keys) {
            io.vavr.collection.HashMap<Object, Object> m = io.vavr.collection.HashMap.empty();
            for (Object k : keys) {
                m = m.put(k, k);
            }
            return m;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object get(Object map, Object key) {
            return ((io.vavr.collection.HashMap<Object, Object>) map).getOrElse(key, null);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object without(Object map, Object key) {
            return ((io.vavr.collection.HashMap<Object, Object>) map).remove(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object with(Object map, Object key, Object value) {
            return ((io.vavr.collection.HashMap<Object, Object>) map).put(key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long sum = 0;
            for (io.vavr.Tuple2<Object, Object> t :
                    (io.vavr.collection.HashMap<Object, Object>) map) {
                sum += t._2.hashCode();
            }
            return sum;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            // merge keeps the receiver's values on conflict: receiver b, so b's mappings win.
            return ((io.vavr.collection.HashMap<Object, Object>) b)
                    .merge((io.vavr.collection.HashMap<Object, Object>) a);
        }
    }

    /** Scala 2.13's CHAMP {@code immutable.HashMap} and its builder. */
    private static final class Scala extends HashMapPeer {
        private static final scala.Function0<Object> NONE = () -> null;

        @Override
        Object insertOneByOne(Object[] keys) {
            scala.collection.immutable.HashMap<Object, Object> m =
                    scala.collection.immutable.HashMap$.MODULE$.empty();
            for (Object k : keys) {
                m = m.updated(k, k);
            }
            return m;
        }

        @Override
        Object buildWithBuilder(Object[] keys) {
            scala.collection.mutable.ReusableBuilder<
                            scala.Tuple2<Object, Object>,
                            scala.collection.immutable.HashMap<Object, Object>>
                    b = scala.collection.immutable.HashMap$.MODULE$.newBuilder();
            for (Object k : keys) {
                b.addOne(new scala.Tuple2<>(k, k));
            }
            return b.result();
        }

        @Override
        @SuppressWarnings("unchecked")
        Object get(Object map, Object key) {
            return ((scala.collection.immutable.HashMap<Object, Object>) map).getOrElse(key, NONE);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object without(Object map, Object key) {
            return ((scala.collection.immutable.HashMap<Object, Object>) map).removed(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object with(Object map, Object key, Object value) {
            return ((scala.collection.immutable.HashMap<Object, Object>) map).updated(key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long[] sum = {0};
            ((scala.collection.immutable.HashMap<Object, Object>) map)
                    .foreachEntry((k, v) -> sum[0] += v.hashCode());
            return sum[0];
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            return ((scala.collection.immutable.HashMap<Object, Object>) a)
                    .concat((scala.collection.immutable.HashMap<Object, Object>) b);
        }
    }

    /** Clojure's HAMT {@code PersistentHashMap} and its transient. */
    private static final class Clojure extends HashMapPeer {
        @Override
        Object insertOneByOne(Object[] keys) {
            IPersistentMap m = clojure.lang.PersistentHashMap.EMPTY;
            for (Object k : keys) {
                m = m.assoc(k, k);
            }
            return m;
        }

        @Override
        Object buildWithBuilder(Object[] keys) {
            ITransientMap t = clojure.lang.PersistentHashMap.EMPTY.asTransient();
            for (Object k : keys) {
                t = t.assoc(k, k);
            }
            return t.persistent();
        }

        @Override
        Object get(Object map, Object key) {
            return ((IPersistentMap) map).valAt(key);
        }

        @Override
        Object without(Object map, Object key) {
            return ((IPersistentMap) map).without(key);
        }

        @Override
        Object with(Object map, Object key, Object value) {
            return ((IPersistentMap) map).assoc(key, value);
        }

        @Override
        long iterate(Object map) {
            long sum = 0;
            for (Iterator<?> it = ((clojure.lang.PersistentHashMap) map).iterator();
                    it.hasNext(); ) {
                sum += ((Map.Entry<?, ?>) it.next()).getValue().hashCode();
            }
            return sum;
        }

        @Override
        Object union(Object a, Object b) {
            // Clojure's merge folds assoc over the second map; a transient makes that cheapest.
            ITransientMap t = ((clojure.lang.PersistentHashMap) a).asTransient();
            for (Object o : (clojure.lang.PersistentHashMap) b) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                t = t.assoc(e.getKey(), e.getValue());
            }
            return t.persistent();
        }
    }

    /** PCollections' {@code HashTreePMap} (a hash map of tree buckets; no builder). */
    private static final class PCollections extends HashMapPeer {
        @Override
        Object insertOneByOne(Object[] keys) {
            PMap<Object, Object> m = HashTreePMap.empty();
            for (Object k : keys) {
                m = m.plus(k, k);
            }
            return m;
        }

        @Override
        Object get(Object map, Object key) {
            return ((PMap<?, ?>) map).get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object without(Object map, Object key) {
            return ((PMap<Object, Object>) map).minus(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object with(Object map, Object key, Object value) {
            return ((PMap<Object, Object>) map).plus(key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long[] sum = {0};
            ((PMap<Object, Object>) map).forEach((k, v) -> sum[0] += v.hashCode());
            return sum[0];
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            return ((PMap<Object, Object>) a).plusAll((PMap<Object, Object>) b);
        }
    }

    /** Paguro's {@code PersistentHashMap} (Clojure's HAMT, in Java) and its mutable form. */
    private static final class Paguro extends HashMapPeer {
        @Override
        Object insertOneByOne(Object[] keys) {
            org.organicdesign.fp.collections.PersistentHashMap<Object, Object> m =
                    org.organicdesign.fp.collections.PersistentHashMap.empty();
            for (Object k : keys) {
                m = m.assoc(k, k);
            }
            return m;
        }

        @Override
        Object buildWithBuilder(Object[] keys) {
            org.organicdesign.fp.collections.PersistentHashMap.MutHashMap<Object, Object> m =
                    org.organicdesign.fp.collections.PersistentHashMap.emptyMutable();
            for (Object k : keys) {
                m = m.assoc(k, k);
            }
            return m.immutable();
        }

        @Override
        Object get(Object map, Object key) {
            return ((org.organicdesign.fp.collections.PersistentHashMap<?, ?>) map).get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object without(Object map, Object key) {
            return ((org.organicdesign.fp.collections.PersistentHashMap<Object, Object>) map)
                    .without(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object with(Object map, Object key, Object value) {
            return ((org.organicdesign.fp.collections.PersistentHashMap<Object, Object>) map)
                    .assoc(key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long sum = 0;
            for (Iterator<Object> it =
                            ((org.organicdesign.fp.collections.PersistentHashMap<Object, Object>)
                                            map)
                                    .valIterator();
                    it.hasNext(); ) {
                sum += it.next().hashCode();
            }
            return sum;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            org.organicdesign.fp.collections.PersistentHashMap.MutHashMap<Object, Object> m =
                    ((org.organicdesign.fp.collections.PersistentHashMap<Object, Object>) a)
                            .mutable();
            // The map itself iterates its entries; its entrySet() would first build a hash set of
            // Tuple2s, whose hash (key ^ value) is 0 for every entry of these maps.
            for (Map.Entry<Object, Object> e :
                    (org.organicdesign.fp.collections.PersistentHashMap<Object, Object>) b) {
                m = m.assoc(e.getKey(), e.getValue());
            }
            return m.immutable();
        }
    }

    /** kotlinx.collections.immutable's CHAMP {@code persistentHashMapOf()} and its builder. */
    private static final class Kotlinx extends HashMapPeer {
        @Override
        Object insertOneByOne(Object[] keys) {
            PersistentMap<Object, Object> m = ExtensionsKt.persistentHashMapOf();
            for (Object k : keys) {
                m = m.put(k, k);
            }
            return m;
        }

        @Override
        Object buildWithBuilder(Object[] keys) {
            PersistentMap.Builder<Object, Object> b =
                    ExtensionsKt.<Object, Object>persistentHashMapOf().builder();
            for (Object k : keys) {
                b.put(k, k);
            }
            return b.build();
        }

        @Override
        Object get(Object map, Object key) {
            return ((PersistentMap<?, ?>) map).get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object without(Object map, Object key) {
            return ((PersistentMap<Object, Object>) map).remove(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object with(Object map, Object key, Object value) {
            return ((PersistentMap<Object, Object>) map).put(key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long[] sum = {0};
            ((PersistentMap<Object, Object>) map).forEach((k, v) -> sum[0] += v.hashCode());
            return sum[0];
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            return ((PersistentMap<Object, Object>) a).putAll((PersistentMap<Object, Object>) b);
        }
    }

    /** The JDK's {@code Map.copyOf}: read-only, for lookups, iteration and memory. */
    private static final class MapCopyOf extends HashMapPeer {
        @Override
        Object insertOneByOne(Object[] keys) {
            return Map.copyOf((Map<?, ?>) new JdkHashMap().insertOneByOne(keys));
        }

        @Override
        Object get(Object map, Object key) {
            return ((Map<?, ?>) map).get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long[] sum = {0};
            ((Map<Object, Object>) map).forEach((k, v) -> sum[0] += v.hashCode());
            return sum[0];
        }

        @Override
        Object union(Object a, Object b) {
            throw new UnsupportedOperationException("read-only");
        }
    }

    /** Guava's {@code ImmutableMap}: read-only, for lookups, iteration and memory. */
    private static final class Guava extends HashMapPeer {
        @Override
        Object insertOneByOne(Object[] keys) {
            ImmutableMap.Builder<Object, Object> b =
                    ImmutableMap.builderWithExpectedSize(keys.length);
            for (Object k : keys) {
                b.put(k, k);
            }
            return b.buildOrThrow();
        }

        @Override
        Object get(Object map, Object key) {
            return ((ImmutableMap<?, ?>) map).get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long[] sum = {0};
            ((ImmutableMap<Object, Object>) map).forEach((k, v) -> sum[0] += v.hashCode());
            return sum[0];
        }

        @Override
        Object union(Object a, Object b) {
            throw new UnsupportedOperationException("read-only");
        }
    }
}
