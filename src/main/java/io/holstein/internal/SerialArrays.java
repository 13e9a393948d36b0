package io.holstein.internal;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;

/**
 * The one serialized layout of the collections' proxies: a count of items, then the objects of each
 * item in order (one object per element, two per mapping).
 *
 * <p>Reading never trusts the count: the array grows, by doubling from a small chunk, only as
 * objects actually arrive, so a forged count cannot make a reader allocate more than about twice
 * what the stream holds.
 */
public final class SerialArrays {

    /** The first allocation while reading; later ones double it. */
    private static final int READ_CHUNK = 1024;

    private SerialArrays() {}

    /**
     * Writes {@code objects.length / objectsPerItem}, then every object of {@code objects}.
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
    }

    /**
     * Reads what {@link #write} wrote: a count, then that many items of {@code objectsPerItem}
     * objects each.
     *
     * @param in the stream
     * @param objectsPerItem how many objects make one item
     * @return the objects, exactly {@code count * objectsPerItem} of them
     * @throws InvalidObjectException if the count is negative or too large for one array
     * @throws IOException if the stream fails or ends early
     * @throws ClassNotFoundException if an object's class cannot be found
     */
    public static Object[] read(ObjectInputStream in, int objectsPerItem)
            throws IOException, ClassNotFoundException {
        int count = in.readInt();
        long length = (long) count * objectsPerItem;
        if (count < 0 || length > Integer.MAX_VALUE - 8) {
            throw new InvalidObjectException("invalid size: " + count);
        }
        Object[] a = new Object[(int) Math.min(length, READ_CHUNK)];
        for (int i = 0; i < length; i++) {
            if (i == a.length) {
                a = Arrays.copyOf(a, (int) Math.min(length, 2L * a.length));
            }
            a[i] = in.readObject();
        }
        return a;
    }
}
