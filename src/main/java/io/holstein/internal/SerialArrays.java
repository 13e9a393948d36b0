package io.holstein.internal;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * The one serialized layout of the collections' contents, written by {@link SerialProxy} for the
 * persistent types and by the mutable containers' own {@code writeObject}: a count of items ({@code
 * int}), the objects of each item in order (one object per element, two per mapping: key, then
 * value), then the byte {@link #END}.
 *
 * <p>Reading never trusts the count: the array grows, by doubling from a small chunk, only as
 * objects actually arrive, so a forged count cannot make a reader allocate more than about twice
 * the references the stream holds. {@link #END} closes the items, so that a count that disagrees
 * with them fails either way: one too large meets {@code END} where an object should be ({@link
 * java.io.OptionalDataException}), one too small meets an object where {@code END} should be
 * ({@link java.io.EOFException}); without it, {@code ObjectInputStream} would silently skip the
 * objects left over. The layout is the last of its object's data: reading checks that no more
 * primitive data follows {@code END}.
 *
 * <p>The checks every reader of a set or map needs are here, once: {@link #requireDistinct} for a
 * repeated element or key, {@link #requireAscending} for the keys of a sorted one, {@link
 * #requireNoNull} for a type that forbids null.
 */
public final class SerialArrays {

    /** Closes a layout; see the class comment. */
    static final byte END = 0;

    /** The first allocation while reading; later ones double it. */
    private static final int READ_CHUNK = 1024;

    private SerialArrays() {}

    /**
     * Writes {@code objects.length / objectsPerItem}, every object of {@code objects}, then {@link
     * #END}. O(n) plus the objects' own serialization.
     *
     * @param out the stream
     * @param objects the items' objects, {@code objectsPerItem} per item
     * @param objectsPerItem how many objects make one item
     * @throws IOException if the stream fails
     */
    public static void write(ObjectOutputStream out, Object[] objects, int objectsPerItem)
            throws IOException {
        out.writeInt(objects.length / objectsPerItem);
        for (Object o : objects) {
            out.writeObject(o);
        }
        writeEnd(out);
    }

    /**
     * Writes the mappings of {@code map}, whose size must not change meanwhile (an immutable
     * version), in its iteration order: {@link #write} with two objects per item. O(n) plus the
     * objects' own serialization.
     *
     * @param out the stream
     * @param map the mappings
     * @throws IOException if the stream fails
     */
    public static void writeMappings(ObjectOutputStream out, Map<?, ?> map) throws IOException {
        Object[] pairs = new Object[2 * map.size()];
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            pairs[i++] = e.getKey();
            pairs[i++] = e.getValue();
        }
        write(out, pairs, 2);
    }

    /**
     * Reads what {@link #write} wrote: a count, then that many items of {@code objectsPerItem}
     * objects each, then {@link #END}. O(n) plus the objects' own deserialization; allocates at
     * most about twice the references read, whatever the count says.
     *
     * @param in the stream
     * @param objectsPerItem how many objects make one item
     * @return the objects, exactly {@code count * objectsPerItem} of them
     * @throws InvalidObjectException if the count is negative or too large for one array, or does
     *     not match the items
     * @throws IOException if the stream fails or ends early, or the count does not match the items
     * @throws ClassNotFoundException if an object's class cannot be found
     */
    public static Object[] read(ObjectInputStream in, int objectsPerItem)
            throws IOException, ClassNotFoundException {
        int count = in.readInt();
        long length = (long) count * objectsPerItem;
        if (count < 0 || length > ArrayGrowth.SOFT_MAX_ARRAY_LENGTH) {
            throw new InvalidObjectException("invalid count of items: " + count);
        }
        Object[] a = new Object[(int) Math.min(length, READ_CHUNK)];
        for (int i = 0; i < length; i++) {
            if (i == a.length) {
                a = Arrays.copyOf(a, (int) Math.min(length, 2L * a.length));
            }
            a[i] = in.readObject();
        }
        readEnd(in, count + " items");
        return a;
    }

    /**
     * Checks that a set or map built from {@code items} items holds {@code size}: fewer means that
     * the stream repeated an element or key. O(1).
     *
     * @param size the size of the set or map built
     * @param items the number of items read
     * @throws InvalidObjectException if {@code size != items}
     */
    public static void requireDistinct(int size, int items) throws InvalidObjectException {
        if (size != items) {
            throw new InvalidObjectException(
                    "an element or key appears twice among " + items + " items");
        }
    }

    /**
     * Checks that the keys of a sorted set or map read from a stream (the first object of each
     * item) ascend strictly by {@code order}, which also rejects a repeated key, and that {@code
     * order} accepts each of them (the first is compared with itself, as {@code TreeMap} checks its
     * first key). O(n) comparisons.
     *
     * @param objects the items' objects, as {@link #read} returns them
     * @param objectsPerItem how many objects make one item
     * @param order the keys' order; null for their natural order
     * @throws InvalidObjectException if a key is not above the one before it, or the order rejects
     *     a key ({@link ClassCastException}, {@link NullPointerException}); the message names the
     *     key, since a JIT-compiled comparison may throw an exception without a message
     */
    public static void requireAscending(
            Object[] objects, int objectsPerItem, Comparator<Object> order)
            throws InvalidObjectException {
        Comparator<Object> c = order != null ? order : naturalOrder();
        int i = 0;
        try {
            for (; i < objects.length; i += objectsPerItem) {
                Object before = objects[i == 0 ? 0 : i - objectsPerItem];
                int cmp = c.compare(before, objects[i]);
                if (i > 0 && cmp >= 0) {
                    throw new InvalidObjectException(
                            (cmp == 0 ? "a key appears twice" : "keys out of order")
                                    + " at item "
                                    + i / objectsPerItem
                                    + ": "
                                    + before
                                    + " then "
                                    + objects[i]);
                }
            }
        } catch (ClassCastException | NullPointerException e) {
            InvalidObjectException invalid =
                    new InvalidObjectException(
                            "a key the order rejects at item "
                                    + i / objectsPerItem
                                    + ": "
                                    + objects[i]
                                    + " ("
                                    + e
                                    + ")");
            invalid.initCause(e);
            throw invalid;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object> naturalOrder() {
        return (Comparator) Comparator.naturalOrder();
    }

    /**
     * Checks that a map read from a stream holds no null key or value, for a type that forbids
     * them. O(n).
     *
     * @param map the map read
     * @throws InvalidObjectException if a key or value is null
     */
    public static void requireNoNull(Map<?, ?> map) throws InvalidObjectException {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new InvalidObjectException(
                        "a null key or value: " + e.getKey() + "=" + e.getValue());
            }
        }
    }

    /** Writes {@link #END}, which closes a layout. */
    static void writeEnd(ObjectOutputStream out) throws IOException {
        out.writeByte(END);
    }

    /**
     * Reads {@link #END} and checks that nothing of the object's data follows it.
     *
     * @param what what the layout declared, for the message
     */
    static void readEnd(ObjectInputStream in, String what) throws IOException {
        int end = in.readByte();
        if (end != END || in.read() != -1) {
            throw new InvalidObjectException("the stream holds more than " + what);
        }
    }
}
