package io.holstein.concurrent;

import io.holstein.internal.SerialArrays;
import io.holstein.map.PersistentHashMap;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;

/**
 * The serialized form of a {@link SnapshotHashMap}: the mappings of one version, as a count, then
 * each key and its value ({@link SerialArrays}' layout, as {@code PersistentHashMap}'s proxy
 * writes them). The map is built in {@link #readResolve()}, once the whole stream has been read; a
 * stream with a null key or value or a repeated key is rejected.
 */
final class SnapshotHashMapForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The keys and values, {@code [k0, v0, k1, v1, ...]}. */
    private transient Object[] pairs;

    private SnapshotHashMapForm(Object[] pairs) {
        this.pairs = pairs;
    }

    /** The form of {@code version}'s mappings. */
    static SnapshotHashMapForm of(PersistentHashMap<?, ?> version) {
        Object[] pairs = new Object[2 * version.size()];
        int[] pos = {0};
        version.forEach((k, v) -> {
            pairs[pos[0]++] = k;
            pairs[pos[0]++] = v;
        });
        return new SnapshotHashMapForm(pairs);
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        SerialArrays.write(out, pairs, 2);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        pairs = SerialArrays.read(in, 2);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
        PersistentHashMap.Builder<Object, Object> b = PersistentHashMap.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i] == null || pairs[i + 1] == null) {
                throw new InvalidObjectException("a null key or value in a SnapshotHashMap");
            }
            b.put(pairs[i], pairs[i + 1]);
        }
        if (b.size() != pairs.length / 2) {
            throw new InvalidObjectException("a key appears twice among " + pairs.length / 2 + " mappings");
        }
        return new SnapshotHashMap<>(b.build());
    }
}
