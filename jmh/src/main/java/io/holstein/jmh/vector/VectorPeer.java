package io.holstein.jmh.vector;

import static io.holstein.jmh.Implementations.ARRAY_LIST;
import static io.holstein.jmh.Implementations.CLOJURE_VECTOR;
import static io.holstein.jmh.Implementations.CLOJURE_VECTOR_TRANSIENT;
import static io.holstein.jmh.Implementations.KOTLINX_VECTOR;
import static io.holstein.jmh.Implementations.KOTLINX_VECTOR_BUILDER;
import static io.holstein.jmh.Implementations.PAGURO_VECTOR;
import static io.holstein.jmh.Implementations.PAGURO_VECTOR_MUTABLE;
import static io.holstein.jmh.Implementations.PCOLLECTIONS_VECTOR;
import static io.holstein.jmh.Implementations.PERSISTENT_VECTOR;
import static io.holstein.jmh.Implementations.PERSISTENT_VECTOR_BUILDER;
import static io.holstein.jmh.Implementations.SCALA_VECTOR;
import static io.holstein.jmh.Implementations.SCALA_VECTOR_BUILDER;
import static io.holstein.jmh.Implementations.VAVR_VECTOR;

import clojure.lang.IPersistentVector;
import clojure.lang.ITransientCollection;
import clojure.lang.RT;
import io.holstein.jmh.Peers;
import io.holstein.list.PersistentVector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import kotlinx.collections.immutable.ExtensionsKt;
import kotlinx.collections.immutable.PersistentList;
import org.openjdk.jmh.infra.Blackhole;
import org.organicdesign.fp.collections.RrbTree;
import org.pcollections.TreePVector;

/**
 * The vector benchmarks' adapter: one implementation under test, behind the operations the vector
 * benchmarks measure (see {@link Peers}). {@link #ALL} registers each under its name.
 *
 * <p>A peer that lacks an operation throws {@link UnsupportedOperationException}; the benchmarks
 * list for each operation only the peers that have it. {@code ArrayList} is the mutable baseline:
 * its "versions" are the one list, written in place.
 */
abstract class VectorPeer {

    /**
     * Every vector under test; the builder names reach the same adapters through {@link #build}.
     */
    static final Peers<VectorPeer> ALL =
            Peers.<VectorPeer>of("vector")
                    .with(PERSISTENT_VECTOR, new Holstein())
                    .with(PERSISTENT_VECTOR_BUILDER, new Holstein())
                    .with(ARRAY_LIST, new JdkArrayList())
                    .with(VAVR_VECTOR, new Vavr())
                    .with(SCALA_VECTOR, new Scala())
                    .with(SCALA_VECTOR_BUILDER, new Scala())
                    .with(CLOJURE_VECTOR, new Clojure())
                    .with(CLOJURE_VECTOR_TRANSIENT, new Clojure())
                    .with(PCOLLECTIONS_VECTOR, new PCollections())
                    .with(PAGURO_VECTOR, new Paguro())
                    .with(PAGURO_VECTOR_MUTABLE, new Paguro())
                    .with(KOTLINX_VECTOR, new Kotlinx())
                    .with(KOTLINX_VECTOR_BUILDER, new Kotlinx());

    /** The peer named {@code type}. */
    static VectorPeer of(String type) {
        return ALL.get(type);
    }

    /** A vector of {@code elements}, appended one by one to the empty vector. */
    abstract Object appendAll(Integer[] elements);

    /** A vector of {@code elements} built with the peer's builder or transient. */
    Object build(Integer[] elements) {
        throw new UnsupportedOperationException();
    }

    /** A vector of {@code elements} in reverse order, each prepended to the one before. */
    Object prependAll(Integer[] elements) {
        throw new UnsupportedOperationException();
    }

    abstract Object get(Object vector, int index);

    /** Consumes every element in order. */
    abstract void iterate(Object vector, Blackhole bh);

    /** The version with element {@code index} replaced. */
    abstract Object with(Object vector, int index, Integer e);

    /** The version with {@code e} inserted at {@code index}. */
    Object insert(Object vector, int index, Integer e) {
        throw new UnsupportedOperationException();
    }

    /** The elements from {@code from} to {@code to}, as a vector of the peer's type. */
    abstract Object slice(Object vector, int from, int to);

    /** {@code a} followed by {@code b}, as a vector of the peer's type. */
    abstract Object concat(Object a, Object b);

    // ------------------------------------------------------------------ peers

    private static final class Holstein extends VectorPeer {
        @Override
        Object appendAll(Integer[] elements) {
            PersistentVector<Integer> v = PersistentVector.empty();
            for (Integer e : elements) {
                v = v.append(e);
            }
            return v;
        }

        @Override
        Object build(Integer[] elements) {
            PersistentVector.Builder<Integer> b = PersistentVector.builder();
            for (Integer e : elements) {
                b.add(e);
            }
            return b.build();
        }

        @Override
        Object prependAll(Integer[] elements) {
            PersistentVector<Integer> v = PersistentVector.empty();
            for (Integer e : elements) {
                v = v.prepend(e);
            }
            return v;
        }

        @Override
        Object get(Object vector, int index) {
            return vec(vector).get(index);
        }

        @Override
        void iterate(Object vector, Blackhole bh) {
            for (Integer e : vec(vector)) {
                bh.consume(e);
            }
        }

        @Override
        Object with(Object vector, int index, Integer e) {
            return vec(vector).with(index, e);
        }

        @Override
        Object insert(Object vector, int index, Integer e) {
            return vec(vector).insert(index, e);
        }

        @Override
        Object slice(Object vector, int from, int to) {
            return vec(vector).slice(from, to);
        }

        @Override
        Object concat(Object a, Object b) {
            return vec(a).concat(vec(b));
        }

        @SuppressWarnings("unchecked")
        private static PersistentVector<Integer> vec(Object o) {
            return (PersistentVector<Integer>) o;
        }
    }

    private static final class JdkArrayList extends VectorPeer {
        @Override
        Object appendAll(Integer[] elements) {
            ArrayList<Integer> list = new ArrayList<>();
            for (Integer e : elements) {
                list.add(e);
            }
            return list;
        }

        @Override
        Object build(Integer[] elements) {
            return appendAll(elements);
        }

        @Override
        Object get(Object vector, int index) {
            return list(vector).get(index);
        }

        @Override
        void iterate(Object vector, Blackhole bh) {
            for (Integer e : list(vector)) {
                bh.consume(e);
            }
        }

        @Override
        Object with(Object vector, int index, Integer e) {
            list(vector).set(index, e);
            return vector;
        }

        @Override
        Object insert(Object vector, int index, Integer e) {
            list(vector).add(index, e);
            return vector;
        }

        @Override
        Object slice(Object vector, int from, int to) {
            return new ArrayList<>(list(vector).subList(from, to));
        }

        @Override
        Object concat(Object a, Object b) {
            ArrayList<Integer> out = new ArrayList<>(list(a).size() + list(b).size());
            out.addAll(list(a));
            out.addAll(list(b));
            return out;
        }

        @SuppressWarnings("unchecked")
        private static ArrayList<Integer> list(Object o) {
            return (ArrayList<Integer>) o;
        }
    }

    private static final class Vavr extends VectorPeer {
        @Override
        Object appendAll(Integer[] elements) {
            io.vavr.collection.Vector<Integer> v = io.vavr.collection.Vector.empty();
            for (Integer e : elements) {
                v = v.append(e);
            }
            return v;
        }

        @Override
        Object prependAll(Integer[] elements) {
            io.vavr.collection.Vector<Integer> v = io.vavr.collection.Vector.empty();
            for (Integer e : elements) {
                v = v.prepend(e);
            }
            return v;
        }

        @Override
        Object get(Object vector, int index) {
            return vec(vector).get(index);
        }

        @Override
        void iterate(Object vector, Blackhole bh) {
            for (Integer e : vec(vector)) {
                bh.consume(e);
            }
        }

        @Override
        Object with(Object vector, int index, Integer e) {
            return vec(vector).update(index, e);
        }

        @Override
        Object insert(Object vector, int index, Integer e) {
            return vec(vector).insert(index, e);
        }

        @Override
        Object slice(Object vector, int from, int to) {
            return vec(vector).slice(from, to);
        }

        @Override
        Object concat(Object a, Object b) {
            return vec(a).appendAll(vec(b));
        }

        @SuppressWarnings("unchecked")
        private static io.vavr.collection.Vector<Integer> vec(Object o) {
            return (io.vavr.collection.Vector<Integer>) o;
        }
    }

    private static final class Scala extends VectorPeer {
        @Override
        Object appendAll(Integer[] elements) {
            scala.collection.immutable.Vector<Integer> v =
                    scala.collection.immutable.Vector$.MODULE$.empty();
            for (Integer e : elements) {
                v = vec(ops(v).appended(e));
            }
            return v;
        }

        @Override
        @SuppressWarnings("unchecked")
        Object build(Integer[] elements) {
            scala.collection.mutable.ReusableBuilder<
                            Integer, scala.collection.immutable.Vector<Integer>>
                    b = scala.collection.immutable.Vector$.MODULE$.newBuilder();
            for (Integer e : elements) {
                b.addOne(e);
            }
            return b.result();
        }

        @Override
        Object prependAll(Integer[] elements) {
            scala.collection.immutable.Vector<Integer> v =
                    scala.collection.immutable.Vector$.MODULE$.empty();
            for (Integer e : elements) {
                v = vec(ops(v).prepended(e));
            }
            return v;
        }

        @Override
        Object get(Object vector, int index) {
            return vec(vector).apply(index);
        }

        @Override
        void iterate(Object vector, Blackhole bh) {
            scala.collection.Iterator<Integer> it = vec(vector).iterator();
            while (it.hasNext()) {
                bh.consume(it.next());
            }
        }

        @Override
        Object with(Object vector, int index, Integer e) {
            return ops(vec(vector)).updated(index, e);
        }

        @Override
        Object insert(Object vector, int index, Integer e) {
            // No insert in Scala's Vector: take, append, and append the rest.
            scala.collection.immutable.Vector<Integer> v = vec(vector);
            return ops(ops(v.take(index)).appended(e)).appendedAll(v.drop(index));
        }

        @Override
        Object slice(Object vector, int from, int to) {
            return vec(vector).slice(from, to);
        }

        @Override
        Object concat(Object a, Object b) {
            return ops(vec(a)).appendedAll(vec(b));
        }

        @SuppressWarnings("unchecked")
        private static scala.collection.immutable.Vector<Integer> vec(Object o) {
            return (scala.collection.immutable.Vector<Integer>) o;
        }

        /**
         * Vector's generic {@code appended} and its bridge from {@code AbstractSeq} look alike to
         * javac; through the {@code SeqOps} interface there is only one of each.
         */
        @SuppressWarnings("rawtypes")
        private static scala.collection.SeqOps ops(Object v) {
            return (scala.collection.SeqOps) v;
        }
    }

    private static final class Clojure extends VectorPeer {
        @Override
        Object appendAll(Integer[] elements) {
            IPersistentVector v = clojure.lang.PersistentVector.EMPTY;
            for (Integer e : elements) {
                v = v.cons(e);
            }
            return v;
        }

        @Override
        Object build(Integer[] elements) {
            ITransientCollection t = clojure.lang.PersistentVector.EMPTY.asTransient();
            for (Integer e : elements) {
                t = t.conj(e);
            }
            return t.persistent();
        }

        @Override
        Object get(Object vector, int index) {
            return ((IPersistentVector) vector).nth(index);
        }

        @Override
        void iterate(Object vector, Blackhole bh) {
            Iterator<?> it = ((List<?>) vector).iterator();
            while (it.hasNext()) {
                bh.consume(it.next());
            }
        }

        @Override
        Object with(Object vector, int index, Integer e) {
            return ((IPersistentVector) vector).assocN(index, e);
        }

        @Override
        Object slice(Object vector, int from, int to) {
            // subvec is an O(1) view that keeps the whole source alive.
            return RT.subvec((IPersistentVector) vector, from, to);
        }

        @Override
        Object concat(Object a, Object b) {
            ITransientCollection t = ((clojure.lang.PersistentVector) a).asTransient();
            for (Object e : (List<?>) b) {
                t = t.conj(e);
            }
            return t.persistent();
        }
    }

    private static final class PCollections extends VectorPeer {
        @Override
        Object appendAll(Integer[] elements) {
            TreePVector<Integer> v = TreePVector.empty();
            for (Integer e : elements) {
                v = v.plus(e);
            }
            return v;
        }

        @Override
        Object prependAll(Integer[] elements) {
            TreePVector<Integer> v = TreePVector.empty();
            for (Integer e : elements) {
                v = v.plus(0, e);
            }
            return v;
        }

        @Override
        Object get(Object vector, int index) {
            return vec(vector).get(index);
        }

        @Override
        void iterate(Object vector, Blackhole bh) {
            for (Integer e : vec(vector)) {
                bh.consume(e);
            }
        }

        @Override
        Object with(Object vector, int index, Integer e) {
            return vec(vector).with(index, e);
        }

        @Override
        Object insert(Object vector, int index, Integer e) {
            return vec(vector).plus(index, e);
        }

        @Override
        Object slice(Object vector, int from, int to) {
            return vec(vector).subList(from, to);
        }

        @Override
        Object concat(Object a, Object b) {
            return vec(a).plusAll(vec(b));
        }

        @SuppressWarnings("unchecked")
        private static TreePVector<Integer> vec(Object o) {
            return (TreePVector<Integer>) o;
        }
    }

    private static final class Paguro extends VectorPeer {
        @Override
        Object appendAll(Integer[] elements) {
            RrbTree.ImRrbt<Integer> v = RrbTree.empty();
            for (Integer e : elements) {
                v = v.append(e);
            }
            return v;
        }

        @Override
        Object build(Integer[] elements) {
            RrbTree.MutRrbt<Integer> v = RrbTree.emptyMutable();
            for (Integer e : elements) {
                v.append(e);
            }
            return v.immutable();
        }

        @Override
        Object prependAll(Integer[] elements) {
            RrbTree.ImRrbt<Integer> v = RrbTree.empty();
            for (Integer e : elements) {
                v = v.insert(0, e);
            }
            return v;
        }

        @Override
        Object get(Object vector, int index) {
            return vec(vector).get(index);
        }

        @Override
        void iterate(Object vector, Blackhole bh) {
            for (Integer e : vec(vector)) {
                bh.consume(e);
            }
        }

        @Override
        Object with(Object vector, int index, Integer e) {
            return vec(vector).replace(index, e);
        }

        @Override
        Object insert(Object vector, int index, Integer e) {
            return vec(vector).insert(index, e);
        }

        @Override
        Object slice(Object vector, int from, int to) {
            return vec(vector).split(to)._1().split(from)._2();
        }

        @Override
        Object concat(Object a, Object b) {
            return vec(a).join(vec(b));
        }

        @SuppressWarnings("unchecked")
        private static RrbTree.ImRrbt<Integer> vec(Object o) {
            return (RrbTree.ImRrbt<Integer>) o;
        }
    }

    private static final class Kotlinx extends VectorPeer {
        @Override
        Object appendAll(Integer[] elements) {
            PersistentList<Integer> v = ExtensionsKt.persistentListOf();
            for (Integer e : elements) {
                v = v.add(e);
            }
            return v;
        }

        @Override
        Object build(Integer[] elements) {
            PersistentList.Builder<Integer> b = ExtensionsKt.<Integer>persistentListOf().builder();
            for (Integer e : elements) {
                b.add(e);
            }
            return b.build();
        }

        @Override
        Object get(Object vector, int index) {
            return vec(vector).get(index);
        }

        @Override
        void iterate(Object vector, Blackhole bh) {
            for (Integer e : vec(vector)) {
                bh.consume(e);
            }
        }

        @Override
        Object with(Object vector, int index, Integer e) {
            return vec(vector).set(index, e);
        }

        @Override
        Object insert(Object vector, int index, Integer e) {
            return vec(vector).add(index, e);
        }

        @Override
        Object slice(Object vector, int from, int to) {
            // subList is a view; a vector of its own needs a copy.
            return ExtensionsKt.toPersistentList(vec(vector).subList(from, to));
        }

        @Override
        Object concat(Object a, Object b) {
            return vec(a).addAll(vec(b));
        }

        @SuppressWarnings("unchecked")
        private static PersistentList<Integer> vec(Object o) {
            return (PersistentList<Integer>) o;
        }
    }
}
