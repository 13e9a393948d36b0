package io.holstein.internal;

/**
 * The shared reference count of one storage buffer of a refcount ({@code Cow*}) container: a {@link
 * RefCounted} that stands beside the flat buffer it counts.
 *
 * <p>Each container keeps its storage reference itself, so reads pay no extra indirection, and
 * beside it a reference to the {@code RefCount} of that storage. Every container holding the
 * storage counts once:
 *
 * <ul>
 *   <li>{@link #retain()} when a container is forked: atomic, and writes nothing else in the
 *       source, so any number of threads may fork one container at once;
 *   <li>{@link #isShared()} before every write: at 1 the writer is the only holder and writes in
 *       place, otherwise it copies the storage privately;
 *   <li>{@link #release()}, or {@link #moveToCopy()}, when a holder has moved to its private copy.
 * </ul>
 *
 * <p>Saturation, conservativeness and memory ordering are those of {@link RefCounted}.
 */
public final class RefCount extends RefCounted {

    /** A count that is saturated from the start: for storage no container may ever write. */
    public static final RefCount FROZEN = new RefCount(SATURATED);

    /** Creates the count of new storage, held by one container. */
    public RefCount() {
        this(1);
    }

    /** Test hook: a count starting at {@code initial}, e.g. just below saturation. */
    RefCount(int initial) {
        super(initial);
    }

    /**
     * For a holder that has just moved to storage of its own (a copy, or a grown array): returns
     * the count to keep beside that storage. A holder that was the only one keeps this count, since
     * its old storage is now garbage; otherwise this count is released and a new one, held once, is
     * returned. Call it after the last read of the old storage.
     *
     * @return the count of the holder's new storage
     */
    public RefCount moveToCopy() {
        if (!isShared()) {
            return this;
        }
        release();
        return new RefCount();
    }

    @Override
    public String toString() {
        int c = get();
        return c == SATURATED ? "RefCount[saturated]" : "RefCount[" + c + "]";
    }
}
