package io.holstein.map;

import io.holstein.internal.SerialArrays;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;

/**
 * The serialized form of a {@link PersistentHashSet}: its size, then each element in iteration
 * order ({@link SerialArrays}' layout). The set is built in {@link #readResolve()}; a stream that
 * repeats an element is rejected.
 */
final class PersistentHashSetForm implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    private transient Object[] elements;

    PersistentHashSetForm(Object[] elements) {
        this.elements = elements;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        SerialArrays.write(out, elements, 1);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        elements = SerialArrays.read(in, 1);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
        PersistentHashSet.Builder<Object> b = PersistentHashSet.builder();
        for (Object e : elements) {
            b.add(e);
        }
        if (b.size() != elements.length) {
            throw new InvalidObjectException("an element appears twice among " + elements.length);
        }
        return b.build();
    }
}
