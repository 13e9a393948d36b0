package io.holstein.concurrent;

import io.holstein.list.PersistentVector;
import java.io.InvalidObjectException;
import java.io.Serial;
import java.io.Serializable;

/**
 * The serialized form of a {@link SnapshotVector}: one version, as a {@link PersistentVector}
 * field. The vector writes and reads itself through its own proxy, which validates the stream and
 * never allocates from a declared length, so this form adds only the wrapping: reading it back
 * costs what reading the vector costs, plus O(1).
 */
final class SnapshotVectorForm implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    /** The version written; null only in a forged stream. */
    private final PersistentVector<?> version;

    SnapshotVectorForm(PersistentVector<?> version) {
        this.version = version;
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
        if (version == null) {
            throw new InvalidObjectException("a SnapshotVector without a version");
        }
        return new SnapshotVector<>(version);
    }
}
