package io.holstein.map;

import io.holstein.internal.SerialArrays;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;

/**
 * The serialized form of a {@link PersistentHashMap}: its size, then each key and its value in
 * iteration order ({@link SerialArrays}' layout). The map is built in {@link #readResolve()}, once
 * the whole stream has been read; a stream that repeats a key is rejected.
 */
final class PersistentHashMapForm implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    /** The keys and values, {@code [k0, v0, k1, v1, ...]}. */
    private transient Object[] pairs;

    PersistentHashMapForm(Object[] pairs) {
        this.pairs = pairs;
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
            b.put(pairs[i], pairs[i + 1]);
        }
        if (b.size() != pairs.length / 2) {
            throw new InvalidObjectException(
                    "a key appears twice among " + pairs.length / 2 + " mappings");
        }
        return b.build();
    }
}
