package io.holstein.concurrent;

import io.holstein.map.PersistentHashMap;
import java.io.InvalidObjectException;
import java.io.Serial;
import java.io.Serializable;

/**
 * The serialized form of a {@link SnapshotHashMap}: one version, written by default serialization
 * as its one field. That {@link PersistentHashMap} writes itself through its own proxy, which reads
 * the mappings without trusting the declared count for allocation and rejects a repeated key;
 * {@link #readResolve()} then rejects what a {@code SnapshotHashMap} may not hold, a null key or
 * value, and wraps the version in O(1).
 */
final class SnapshotHashMapForm implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    /** The mappings; any version, as the map's no-null obligation is checked on reading. */
    private final PersistentHashMap<?, ?> mappings;

    private SnapshotHashMapForm(PersistentHashMap<?, ?> mappings) {
        this.mappings = mappings;
    }

    /** The form of {@code version}: O(1), it is shared, being immutable. */
    static SnapshotHashMapForm of(PersistentHashMap<?, ?> version) {
        return new SnapshotHashMapForm(version);
    }

    /**
     * The map of the version read. O(n): a stream is untrusted, so every mapping is checked for a
     * null key or value, which the O(1) constructor leaves to its caller.
     *
     * @return the map
     * @throws InvalidObjectException if the stream holds no version or one with a null key or value
     */
    @Serial
    private Object readResolve() throws InvalidObjectException {
        if (mappings == null) {
            throw new InvalidObjectException("a SnapshotHashMap stream without its mappings");
        }
        boolean[] hasNull = {false};
        mappings.forEach((k, v) -> hasNull[0] |= k == null || v == null);
        if (hasNull[0]) {
            throw new InvalidObjectException("a null key or value in a SnapshotHashMap");
        }
        @SuppressWarnings("unchecked")
        PersistentHashMap<Object, Object> version = (PersistentHashMap<Object, Object>) mappings;
        return new SnapshotHashMap<>(version);
    }
}
