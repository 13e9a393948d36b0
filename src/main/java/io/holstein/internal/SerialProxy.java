package io.holstein.internal;

import io.holstein.list.PersistentVector;
import io.holstein.map.PersistentHashMap;
import io.holstein.map.PersistentHashSet;
import io.holstein.sorted.PersistentTreeMap;
import io.holstein.sorted.PersistentTreeSet;
import io.holstein.string.Rope;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * The serialized form of every persistent type, as the JDK's {@code CollSer} is that of its
 * immutable collections: each type's {@code writeReplace} returns {@code new SerialProxy(this)},
 * and reading the proxy rebuilds the value through the type's public builder.
 *
 * <p>The proxy has no serializable field. Its data is a format version byte ({@value #VERSION}), a
 * type tag byte, then the type's contents: for a collection the {@link SerialArrays} layout (a
 * count, the objects, an end byte), for a sorted collection its comparator object first (null for
 * natural order), for a {@code Rope} the {@link SerialText} layout. This class's name, its {@code
 * serialVersionUID} and these bytes are the wire format: none of them may change without a new
 * version.
 *
 * <p>A new type adds one constant to {@link Kind} (its tag, its class, how its contents are written
 * and read) and the two methods every persistent type has: {@code writeReplace} returning {@code
 * new SerialProxy(this)}, and a {@code readObject} that throws {@link InvalidObjectException}, so
 * that a stream naming the type itself is refused.
 *
 * <p>As with any serialization proxy, an object graph that loops back through a persistent value (a
 * value holding, through its elements, a reference to itself) cannot be restored: the elements are
 * read before the value exists. The mutable containers serialize themselves instead and have no
 * such limit.
 */
public final class SerialProxy implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    /** The format version this code writes, and the only one it reads. */
    private static final byte VERSION = 1;

    /** The kind of {@link #value}. */
    private transient Kind kind;

    /** The value written, or the value read. */
    private transient Object value;

    /**
     * The proxy of {@code value}, for its {@code writeReplace}. O(1).
     *
     * @param value a value of a persistent type
     * @throws IllegalArgumentException if {@code value}'s class has no {@link Kind}
     */
    public SerialProxy(Object value) {
        this.kind = Kind.of(value.getClass());
        this.value = value;
    }

    /**
     * Writes the contents of {@code value} without version or tag: for a mutable container that
     * holds one persistent version and serializes itself. O(n) plus the elements' own
     * serialization.
     *
     * @param out the stream
     * @param value a value of a persistent type
     * @throws IOException if the stream fails
     */
    public static void writeContents(ObjectOutputStream out, Object value) throws IOException {
        Kind.of(value.getClass()).write(value, out);
    }

    /**
     * Reads what {@link #writeContents} wrote for a value of {@code type}. O(n) plus the elements'
     * own deserialization; see {@link SerialArrays} and {@link SerialText} for the checks.
     *
     * @param in the stream
     * @param type the persistent type written
     * @param <T> that type
     * @return the value read
     * @throws InvalidObjectException if the contents are not a valid value of {@code type}
     * @throws IOException if the stream fails or ends early
     * @throws ClassNotFoundException if an element's class cannot be found
     */
    public static <T> T readContents(ObjectInputStream in, Class<T> type)
            throws IOException, ClassNotFoundException {
        return type.cast(Kind.of(type).read(in));
    }

    /**
     * Writes the value.
     *
     * @serialData the format version ({@code byte}), the type tag ({@code byte}), then the value's
     *     contents in the layout of its kind
     * @param out the stream
     * @throws IOException if the stream fails
     */
    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeByte(VERSION);
        out.writeByte(kind.tag);
        kind.write(value, out);
    }

    /**
     * Reads and rebuilds the value.
     *
     * @param in the stream
     * @throws InvalidObjectException if the version or the tag is unknown, or the contents are not
     *     a valid value of the tag's type
     * @throws IOException if the stream fails or ends early
     * @throws ClassNotFoundException if an element's class cannot be found
     */
    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int version = in.readByte();
        if (version != VERSION) {
            throw new InvalidObjectException("unknown serial format version: " + version);
        }
        kind = Kind.of(in.readByte());
        value = kind.read(in);
    }

    @Serial
    private Object readResolve() {
        return value;
    }

    /**
     * What a sorted collection's contents hold: its comparator (null for natural order; writing one
     * that is not {@link Serializable} has already failed, as it does for {@code TreeMap}), then
     * its items' objects in {@link SerialArrays}' layout, their keys ascending by it.
     */
    private record SortedContents(Comparator<Object> order, Object[] objects) {

        /**
         * Reads and checks the contents. O(n) comparisons beyond the objects' own reading.
         *
         * @throws InvalidObjectException if the comparator read is not a {@link Comparator}, or the
         *     keys do not ascend strictly by it ({@link SerialArrays#requireAscending})
         */
        @SuppressWarnings("unchecked")
        static SortedContents read(ObjectInputStream in, int objectsPerItem)
                throws IOException, ClassNotFoundException {
            Object comparator = in.readObject();
            if (comparator != null && !(comparator instanceof Comparator)) {
                throw new InvalidObjectException("not a comparator: " + comparator.getClass());
            }
            Comparator<Object> order = (Comparator<Object>) comparator;
            Object[] objects = SerialArrays.read(in, objectsPerItem);
            SerialArrays.requireAscending(objects, objectsPerItem, order);
            return new SortedContents(order, objects);
        }
    }

    /** The persistent types, each with its tag and how its contents are written and read. */
    private enum Kind {
        VECTOR(1, PersistentVector.class) {
            @Override
            Object read(ObjectInputStream in) throws IOException, ClassNotFoundException {
                return PersistentVector.builder()
                        .addAll(Arrays.asList(SerialArrays.read(in, 1)))
                        .build();
            }
        },
        HASH_SET(2, PersistentHashSet.class) {
            @Override
            Object read(ObjectInputStream in) throws IOException, ClassNotFoundException {
                Object[] elements = SerialArrays.read(in, 1);
                PersistentHashSet.Builder<Object> b = PersistentHashSet.builder();
                b.addAll(Arrays.asList(elements));
                SerialArrays.requireDistinct(b.size(), elements.length);
                return b.build();
            }
        },
        HASH_MAP(3, PersistentHashMap.class) {
            @Override
            void write(Object value, ObjectOutputStream out) throws IOException {
                SerialArrays.writeMappings(out, (PersistentHashMap<?, ?>) value);
            }

            @Override
            Object read(ObjectInputStream in) throws IOException, ClassNotFoundException {
                Object[] pairs = SerialArrays.read(in, 2);
                PersistentHashMap.Builder<Object, Object> b = PersistentHashMap.builder();
                for (int i = 0; i < pairs.length; i += 2) {
                    b.put(pairs[i], pairs[i + 1]);
                }
                SerialArrays.requireDistinct(b.size(), pairs.length / 2);
                return b.build();
            }
        },
        ROPE(4, Rope.class) {
            @Override
            void write(Object value, ObjectOutputStream out) throws IOException {
                SerialText.write(out, (Rope) value);
            }

            @Override
            Object read(ObjectInputStream in) throws IOException {
                Rope.Builder b = Rope.builder();
                SerialText.read(in, b::append);
                return b.build();
            }
        },
        TREE_MAP(5, PersistentTreeMap.class) {
            @Override
            void write(Object value, ObjectOutputStream out) throws IOException {
                SortedMap<?, ?> map = (SortedMap<?, ?>) value;
                out.writeObject(map.comparator());
                SerialArrays.writeMappings(out, map);
            }

            @Override
            Object read(ObjectInputStream in) throws IOException, ClassNotFoundException {
                SortedContents c = SortedContents.read(in, 2);
                PersistentTreeMap.Builder<Object, Object> b = PersistentTreeMap.builder(c.order());
                for (int i = 0; i < c.objects().length; i += 2) {
                    b.put(c.objects()[i], c.objects()[i + 1]);
                }
                return b.build();
            }
        },
        TREE_SET(6, PersistentTreeSet.class) {
            @Override
            void write(Object value, ObjectOutputStream out) throws IOException {
                out.writeObject(((SortedSet<?>) value).comparator());
                super.write(value, out);
            }

            @Override
            Object read(ObjectInputStream in) throws IOException, ClassNotFoundException {
                SortedContents c = SortedContents.read(in, 1);
                return PersistentTreeSet.builder(c.order())
                        .addAll(Arrays.asList(c.objects()))
                        .build();
            }
        };

        /** The byte that names this kind in a stream. */
        final byte tag;

        /** The persistent type of this kind. */
        final Class<?> type;

        Kind(int tag, Class<?> type) {
            this.tag = (byte) tag;
            this.type = type;
        }

        /**
         * Writes the contents of {@code value}, of {@link #type}: unless overridden, the elements
         * of a collection in iteration order, in {@link SerialArrays}' layout.
         */
        void write(Object value, ObjectOutputStream out) throws IOException {
            SerialArrays.write(out, ((Collection<?>) value).toArray(), 1);
        }

        /** Reads contents that {@link #write} wrote and rebuilds the value. */
        abstract Object read(ObjectInputStream in) throws IOException, ClassNotFoundException;

        static Kind of(Class<?> type) {
            for (Kind k : values()) {
                if (k.type == type) {
                    return k;
                }
            }
            throw new IllegalArgumentException("not a persistent type: " + type.getName());
        }

        static Kind of(byte tag) throws InvalidObjectException {
            for (Kind k : values()) {
                if (k.tag == tag) {
                    return k;
                }
            }
            throw new InvalidObjectException("unknown type tag: " + tag);
        }
    }
}
