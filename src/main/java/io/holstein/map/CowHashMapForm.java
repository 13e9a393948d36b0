package io.holstein.map;

import io.holstein.internal.SerialArrays;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;

/**
 * The serialized form of a {@link CowHashMap}: its load factor, its size, then each key and its
 * value in iteration order.
 *
 * <p>Reading never trusts the size: the pair array grows as pairs actually arrive. The map is built
 * in {@link #readResolve()}, once the whole stream has been read, so keys are hashed only when
 * fully deserialized; a stream that repeats a key is rejected.
 */
final class CowHashMapForm implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    /** The map's load factor. */
    private final float loadFactor;

    /** The keys and values, {@code [k0, v0, k1, v1, ...]}, with null keys as they are. */
    private transient Object[] pairs;

    CowHashMapForm(float loadFactor, Object[] pairs) {
        this.loadFactor = loadFactor;
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
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new InvalidObjectException("Illegal load factor: " + loadFactor);
        }
        pairs = SerialArrays.read(in, 2);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
        int n = pairs.length / 2;
        CowHashMap<Object, Object> map = new CowHashMap<>(n, loadFactor);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        if (map.size() != n) {
            throw new InvalidObjectException("a key appears twice among " + n + " mappings");
        }
        return map;
    }
}
