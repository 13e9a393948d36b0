package io.holstein.jmh.champ;

import clojure.lang.IPersistentMap;
import clojure.lang.ITransientMap;
import com.google.common.collect.ImmutableMap;
import io.holstein.map.PersistentHashMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import kotlinx.collections.immutable.ExtensionsKt;
import kotlinx.collections.immutable.PersistentMap;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/** The {@code type} parameter values of the CHAMP benchmarks and their {@link MapOps}. */
final class MapImpls {

    static final String HOLSTEIN = "PersistentHashMap";
    static final String HASH_MAP = "HashMap";
    static final String VAVR = "VavrHashMap";
    static final String SCALA = "ScalaHashMap";
    static final String CLOJURE = "ClojurePersistentHashMap";
    static final String PCOLLECTIONS = "HashTreePMap";
    static final String PAGURO = "PaguroPersistentHashMap";
    static final String KOTLINX = "KotlinxPersistentHashMap";
    static final String MAP_COPY_OF = "Map.copyOf";
    static final String IMMUTABLE_MAP = "ImmutableMap";

    private MapImpls() {
    }

    static MapOps of(String type) {
        return switch (type) {
            case HOLSTEIN -> new Holstein();
            case HASH_MAP -> new JdkHashMap();
            case VAVR -> new Vavr();
            case SCALA -> new Scala();
            case CLOJURE -> new Clojure();
            case PCOLLECTIONS -> new PCollections();
            case PAGURO -> new Paguro();
            case KOTLINX -> new Kotlinx();
            case MAP_COPY_OF -> new MapCopyOf();
            case IMMUTABLE_MAP -> new Guava();
            default -> throw new IllegalArgumentException("unknown map implementation: " + type);
        };
    }

    /** Holstein's CHAMP map and its builder. */
    static final class Holstein extends MapOps {
        @Override
        Object insertOneByOne(Integer[] keys) {
            PersistentHashMap<Integer, Integer> m = PersistentHashMap.empty();
            for (Integer k : keys) {
                m = m.with(k, k);
            }
            return m;
        }

        @Override
        Object buildWithBuilder(Integer[] keys) {
            PersistentHashMap.Builder<Integer, Integer> b = PersistentHashMap.builder();
            for (Integer k : keys) {
                b.put(k, k);
            }
            return b.build();
        }

        @Override
        @SuppressWarnings("unchecked")
        Object get(Object map, Integer key) {
            return ((PersistentHashMap<Integer, Integer>) map).get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object without(Object map, Integer key) {
            return ((PersistentHashMap<Integer, Integer>) map).without(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object with(Object map, Integer key, Integer value) {
            return ((PersistentHashMap<Integer, Integer>) map).with(key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long[] sum = {0};
            ((PersistentHashMap<Integer, Integer>) map).forEach((k, v) -> sum[0] += v);
            return sum[0];
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            return ((PersistentHashMap<Integer, Integer>) a).withAll((PersistentHashMap<Integer, Integer>) b);
        }
    }

    /** The JDK's mutable {@link HashMap}: inserts and builds fill one map in place. */
    static final class JdkHashMap extends MapOps {
        @Override
        Object insertOneByOne(Integer[] keys) {
            HashMap<Integer, Integer> m = new HashMap<>();
            for (Integer k : keys) {
                m.put(k, k);
            }
            return m;
        }

        @Override
        Object buildWithBuilder(Integer[] keys) {
            return insertOneByOne(keys);
        }

        @Override
        Object get(Object map, Integer key) {
            return ((HashMap<?, ?>) map).get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object with(Object map, Integer key, Integer value) {
            // Used only to build the equals fixtures: a copy, then one write.
            HashMap<Integer, Integer> copy = new HashMap<>((HashMap<Integer, Integer>) map);
            copy.put(key, value);
            return copy;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object without(Object map, Integer key) {
            HashMap<Integer, Integer> copy = new HashMap<>((HashMap<Integer, Integer>) map);
            copy.remove(key);
            return copy;
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long sum = 0;
            for (Map.Entry<Integer, Integer> e : ((HashMap<Integer, Integer>) map).entrySet()) {
                sum += e.getValue();
            }
            return sum;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            HashMap<Integer, Integer> u = new HashMap<>((HashMap<Integer, Integer>) a);
            u.putAll((HashMap<Integer, Integer>) b);
            return u;
        }
    }

    /** Vavr's {@code io.vavr.collection.HashMap} (a HAMT; no builder). */
    static final class Vavr extends MapOps {
        @Override
        Object insertOneByOne(Integer[] keys) {
            io.vavr.collection.HashMap<Integer, Integer> m = io.vavr.collection.HashMap.empty();
            for (Integer k : keys) {
                m = m.put(k, k);
            }
            return m;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object get(Object map, Integer key) {
            return ((io.vavr.collection.HashMap<Integer, Integer>) map).getOrElse(key, null);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object without(Object map, Integer key) {
            return ((io.vavr.collection.HashMap<Integer, Integer>) map).remove(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object with(Object map, Integer key, Integer value) {
            return ((io.vavr.collection.HashMap<Integer, Integer>) map).put(key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long sum = 0;
            for (io.vavr.Tuple2<Integer, Integer> t : (io.vavr.collection.HashMap<Integer, Integer>) map) {
                sum += t._2;
            }
            return sum;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            // merge keeps the receiver's values on conflict: receiver b, so b's mappings win.
            return ((io.vavr.collection.HashMap<Integer, Integer>) b).merge((io.vavr.collection.HashMap<Integer, Integer>) a);
        }
    }

    /** Scala 2.13's CHAMP {@code immutable.HashMap} and its builder. */
    static final class Scala extends MapOps {
        private static final scala.Function0<Integer> NONE = () -> null;

        @Override
        Object insertOneByOne(Integer[] keys) {
            scala.collection.immutable.HashMap<Integer, Integer> m = scala.collection.immutable.HashMap$.MODULE$.empty();
            for (Integer k : keys) {
                m = m.updated(k, k);
            }
            return m;
        }

        @Override
        Object buildWithBuilder(Integer[] keys) {
            scala.collection.mutable.ReusableBuilder<scala.Tuple2<Integer, Integer>, scala.collection.immutable.HashMap<Integer, Integer>> b =
                    scala.collection.immutable.HashMap$.MODULE$.newBuilder();
            for (Integer k : keys) {
                b.addOne(new scala.Tuple2<>(k, k));
            }
            return b.result();
        }

        @Override
        @SuppressWarnings("unchecked")
        Object get(Object map, Integer key) {
            return ((scala.collection.immutable.HashMap<Integer, Integer>) map).getOrElse(key, NONE);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object without(Object map, Integer key) {
            return ((scala.collection.immutable.HashMap<Integer, Integer>) map).removed(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object with(Object map, Integer key, Integer value) {
            return ((scala.collection.immutable.HashMap<Integer, Integer>) map).updated(key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long[] sum = {0};
            ((scala.collection.immutable.HashMap<Integer, Integer>) map).foreachEntry((k, v) -> sum[0] += v);
            return sum[0];
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            return ((scala.collection.immutable.HashMap<Integer, Integer>) a)
                    .concat((scala.collection.immutable.HashMap<Integer, Integer>) b);
        }
    }

    /** Clojure's HAMT {@code PersistentHashMap} and its transient. */
    static final class Clojure extends MapOps {
        @Override
        Object insertOneByOne(Integer[] keys) {
            IPersistentMap m = clojure.lang.PersistentHashMap.EMPTY;
            for (Integer k : keys) {
                m = m.assoc(k, k);
            }
            return m;
        }

        @Override
        Object buildWithBuilder(Integer[] keys) {
            ITransientMap t = clojure.lang.PersistentHashMap.EMPTY.asTransient();
            for (Integer k : keys) {
                t = t.assoc(k, k);
            }
            return t.persistent();
        }

        @Override
        Object get(Object map, Integer key) {
            return ((IPersistentMap) map).valAt(key);
        }

        @Override
        Object without(Object map, Integer key) {
            return ((IPersistentMap) map).without(key);
        }

        @Override
        Object with(Object map, Integer key, Integer value) {
            return ((IPersistentMap) map).assoc(key, value);
        }

        @Override
        long iterate(Object map) {
            long sum = 0;
            for (Iterator<?> it = ((clojure.lang.PersistentHashMap) map).iterator(); it.hasNext(); ) {
                sum += (Integer) ((Map.Entry<?, ?>) it.next()).getValue();
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
    static final class PCollections extends MapOps {
        @Override
        Object insertOneByOne(Integer[] keys) {
            PMap<Integer, Integer> m = HashTreePMap.empty();
            for (Integer k : keys) {
                m = m.plus(k, k);
            }
            return m;
        }

        @Override
        Object get(Object map, Integer key) {
            return ((PMap<?, ?>) map).get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object without(Object map, Integer key) {
            return ((PMap<Integer, Integer>) map).minus(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object with(Object map, Integer key, Integer value) {
            return ((PMap<Integer, Integer>) map).plus(key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long sum = 0;
            for (Map.Entry<Integer, Integer> e : ((PMap<Integer, Integer>) map).entrySet()) {
                sum += e.getValue();
            }
            return sum;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            return ((PMap<Integer, Integer>) a).plusAll((PMap<Integer, Integer>) b);
        }
    }

    /** Paguro's {@code PersistentHashMap} (Clojure's HAMT, in Java) and its mutable form. */
    static final class Paguro extends MapOps {
        @Override
        Object insertOneByOne(Integer[] keys) {
            org.organicdesign.fp.collections.PersistentHashMap<Integer, Integer> m =
                    org.organicdesign.fp.collections.PersistentHashMap.empty();
            for (Integer k : keys) {
                m = m.assoc(k, k);
            }
            return m;
        }

        @Override
        Object buildWithBuilder(Integer[] keys) {
            org.organicdesign.fp.collections.PersistentHashMap.MutHashMap<Integer, Integer> m =
                    org.organicdesign.fp.collections.PersistentHashMap.emptyMutable();
            for (Integer k : keys) {
                m = m.assoc(k, k);
            }
            return m.immutable();
        }

        @Override
        Object get(Object map, Integer key) {
            return ((org.organicdesign.fp.collections.PersistentHashMap<?, ?>) map).get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object without(Object map, Integer key) {
            return ((org.organicdesign.fp.collections.PersistentHashMap<Integer, Integer>) map).without(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object with(Object map, Integer key, Integer value) {
            return ((org.organicdesign.fp.collections.PersistentHashMap<Integer, Integer>) map).assoc(key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long sum = 0;
            for (Iterator<Integer> it = ((org.organicdesign.fp.collections.PersistentHashMap<Integer, Integer>) map).valIterator();
                    it.hasNext(); ) {
                sum += it.next();
            }
            return sum;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            org.organicdesign.fp.collections.PersistentHashMap.MutHashMap<Integer, Integer> m =
                    ((org.organicdesign.fp.collections.PersistentHashMap<Integer, Integer>) a).mutable();
            for (Map.Entry<Integer, Integer> e : ((org.organicdesign.fp.collections.PersistentHashMap<Integer, Integer>) b).entrySet()) {
                m = m.assoc(e.getKey(), e.getValue());
            }
            return m.immutable();
        }
    }

    /** kotlinx.collections.immutable's CHAMP {@code persistentHashMapOf()} and its builder. */
    static final class Kotlinx extends MapOps {
        @Override
        Object insertOneByOne(Integer[] keys) {
            PersistentMap<Integer, Integer> m = ExtensionsKt.persistentHashMapOf();
            for (Integer k : keys) {
                m = m.put(k, k);
            }
            return m;
        }

        @Override
        Object buildWithBuilder(Integer[] keys) {
            PersistentMap.Builder<Integer, Integer> b = ExtensionsKt.<Integer, Integer>persistentHashMapOf().builder();
            for (Integer k : keys) {
                b.put(k, k);
            }
            return b.build();
        }

        @Override
        Object get(Object map, Integer key) {
            return ((PersistentMap<?, ?>) map).get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object without(Object map, Integer key) {
            return ((PersistentMap<Integer, Integer>) map).remove(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        Object with(Object map, Integer key, Integer value) {
            return ((PersistentMap<Integer, Integer>) map).put(key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long sum = 0;
            for (Map.Entry<Integer, Integer> e : ((PersistentMap<Integer, Integer>) map).entrySet()) {
                sum += e.getValue();
            }
            return sum;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object union(Object a, Object b) {
            return ((PersistentMap<Integer, Integer>) a).putAll((PersistentMap<Integer, Integer>) b);
        }
    }

    /** The JDK's {@code Map.copyOf}: read-only, for lookups, iteration and memory. */
    static final class MapCopyOf extends MapOps {
        @Override
        Object insertOneByOne(Integer[] keys) {
            return Map.copyOf((Map<?, ?>) new JdkHashMap().insertOneByOne(keys));
        }

        @Override
        Object get(Object map, Integer key) {
            return ((Map<?, ?>) map).get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long sum = 0;
            for (Map.Entry<Integer, Integer> e : ((Map<Integer, Integer>) map).entrySet()) {
                sum += e.getValue();
            }
            return sum;
        }

        @Override
        Object union(Object a, Object b) {
            throw new UnsupportedOperationException("read-only");
        }
    }

    /** Guava's {@code ImmutableMap}: read-only, for lookups, iteration and memory. */
    static final class Guava extends MapOps {
        @Override
        Object insertOneByOne(Integer[] keys) {
            ImmutableMap.Builder<Integer, Integer> b = ImmutableMap.builderWithExpectedSize(keys.length);
            for (Integer k : keys) {
                b.put(k, k);
            }
            return b.buildOrThrow();
        }

        @Override
        Object get(Object map, Integer key) {
            return ((ImmutableMap<?, ?>) map).get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        long iterate(Object map) {
            long sum = 0;
            for (Map.Entry<Integer, Integer> e : ((ImmutableMap<Integer, Integer>) map).entrySet()) {
                sum += e.getValue();
            }
            return sum;
        }

        @Override
        Object union(Object a, Object b) {
            throw new UnsupportedOperationException("read-only");
        }
    }
}
