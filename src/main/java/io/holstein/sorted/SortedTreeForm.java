package io.holstein.sorted;

import io.holstein.internal.SerialArrays;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;

/**
 * The serialized form of a {@link PersistentTreeMap} or {@link PersistentTreeSet}: a tag (map or
 * set), the tree's comparator (null for natural order), whether the version reads it backwards,
 * then the keys (and values) in the tree's order, in {@link SerialArrays}' layout. Writing a
 * comparator that is not {@link Serializable} fails with {@link java.io.NotSerializableException},
 * as it does for {@code TreeMap}. Reading checks that the keys are strictly ascending by the
 * comparator, which also rejects repeated keys, then loads the tree in O(n).
 */
final class SortedTreeForm implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    /** The tag of a map: two objects per item, key and value. */
    static final byte MAP = 1;

    /** The tag of a set: one object per item. */
    static final byte SET = 2;

    private transient byte kind;

    private transient Comparator<Object> order;

    private transient boolean descending;

    /** The keys, or for a map the keys and values {@code [k0, v0, k1, v1, ...]}. */
    private transient Object[] items;

    SortedTreeForm(byte kind, Comparator<Object> order, boolean descending, Object[] items) {
        this.kind = kind;
        this.order = order;
        this.descending = descending;
        this.items = items;
    }

    private int objectsPerItem() {
        return kind == MAP ? 2 : 1;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeByte(kind);
        out.writeObject(order);
        out.writeBoolean(descending);
        SerialArrays.write(out, items, objectsPerItem());
    }

    @Serial
    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        kind = in.readByte();
        if (kind != MAP && kind != SET) {
            throw new InvalidObjectException("unknown kind of sorted collection: " + kind);
        }
        order = comparator(in.readObject());
        descending = in.readBoolean();
        items = SerialArrays.read(in, objectsPerItem());
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
        TreeNode root = load(order, items, kind == MAP);
        root.saturate();
        int n = items.length / objectsPerItem();
        return kind == MAP
                ? new PersistentTreeMap<>(root, n, order, descending)
                : new PersistentTreeSet<>(root, n, order, descending);
    }

    /**
     * The entries of the tree {@code root} of {@code size} entries in ascending order, as the
     * layout writes them: the keys, or the keys and values {@code [k0, v0, k1, v1, ...]} if {@code
     * pairs}. O(n).
     */
    static Object[] items(TreeNode root, int size, boolean pairs) {
        Object[] items = new Object[pairs ? 2 * size : size];
        int[] at = {0};
        BTree.forEach(
                root,
                false,
                (k, v) -> {
                    items[at[0]++] = k;
                    if (pairs) {
                        items[at[0]++] = v;
                    }
                });
        return items;
    }

    /**
     * Loads a tree of the items read from a stream, keys alone or keys and values if {@code pairs},
     * in O(n), after checking that the keys are strictly ascending by {@code order}, which also
     * rejects repeated keys. Returns the frozen empty root for no items, otherwise new nodes held
     * once.
     *
     * @throws InvalidObjectException if the keys are out of order or repeated, or the order rejects
     *     them
     */
    static TreeNode load(Comparator<Object> order, Object[] items, boolean pairs)
            throws InvalidObjectException {
        int per = pairs ? 2 : 1;
        int n = items.length / per;
        Object[] keys = new Object[n];
        Object[] values = pairs ? new Object[n] : null;
        for (int i = 0; i < n; i++) {
            keys[i] = items[per * i];
            if (values != null) {
                values[i] = items[per * i + 1];
            }
        }
        try {
            if (n > 0) {
                // The type and null check TreeMap makes on its first key.
                BTree.compare(order, keys[0], keys[0]);
            }
            for (int i = 1; i < n; i++) {
                if (BTree.compare(order, keys[i - 1], keys[i]) >= 0) {
                    throw new InvalidObjectException(
                            "keys out of order or repeated at index " + i + ": " + keys[i]);
                }
            }
        } catch (ClassCastException | NullPointerException e) {
            InvalidObjectException invalid =
                    new InvalidObjectException("keys the comparator rejects: " + e);
            invalid.initCause(e);
            throw invalid;
        }
        if (n == 0) {
            return pairs ? TreeLeaf.EMPTY_MAP : TreeLeaf.EMPTY_SET;
        }
        return BTree.load(keys, values, n);
    }

    /**
     * Reads a comparator written as an object, for a sorted type that serializes itself.
     *
     * @throws InvalidObjectException if the object is not a comparator
     */
    @SuppressWarnings("unchecked")
    static Comparator<Object> comparator(Object read) throws InvalidObjectException {
        if (read != null && !(read instanceof Comparator)) {
            throw new InvalidObjectException("not a comparator: " + read.getClass());
        }
        return (Comparator<Object>) read;
    }
}
