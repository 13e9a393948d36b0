package io.holstein.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The shared reference count of one storage buffer of a refcount ({@code Cow*}) container.
 *
 * <p>Each container keeps its storage reference itself, so reads pay no extra indirection, and
 * beside it a reference to the {@code RefCount} of that storage. Every container holding the
 * storage counts once. The protocol:
 *
 * <ul>
 *   <li>{@link #retain()} when a container is forked: atomic, and writes nothing else in the
 *       source, so any number of threads may fork one container at once;
 *   <li>{@link #isShared()} before every write: at 1 the writer is the only holder and writes in
 *       place, otherwise it copies the storage privately;
 *   <li>{@link #release()} when a holder has moved to its private copy.
 * </ul>
 *
 * <p>The count is conservative: a fork that becomes garbage without writing never releases, which
 * can cost one extra copy later but never lets shared storage be written. It saturates: once it
 * reaches {@link #SATURATED} it never changes again and the storage counts as shared forever, where
 * a wrapping {@code int} would return to 1 after 2<sup>32</sup> forks and let a write land in
 * storage that others still read.
 */
public final class RefCount {

    /*
     * Implementation notes.
     *
     * Memory ordering. A holder H may write in place only after every other holder G has
     * stopped reading the storage, and G's last reads must happen-before H's writes, or H's
     * writes could show in G's reads on a weakly ordered machine. G stops reading when it moves
     * to its private copy and only then calls release(), a decrement with release semantics;
     * H's isShared() reads the count with acquire semantics. When H reads 1, it read the value
     * written by the last release(), so G's reads happen-before H's writes; the releases before
     * the last one are covered too, because every change of the count is an atomic
     * read-modify-write and so continues the release sequence each release() starts. retain() needs no
     * ordering of its own: the fork it counts is created by a read of a holder, which by the
     * containers' contract is not concurrent with that holder's writes (and a holder that
     * could write would see at least 2 once the fork exists). A fresh count is written with a
     * plain store in the constructor: it is published together with the container that
     * created it, like the container's other fields.
     *
     * Both updates are compare-and-set loops rather than getAndAdd so that a saturated count is
     * never touched; uncontended, a CAS costs the same as an atomic add.
     */

    /** The value at which the count sticks: storage with this count is shared forever. */
    public static final int SATURATED = Integer.MAX_VALUE;

    private static final VarHandle COUNT =
            VarHandles.field(MethodHandles.lookup(), "count", int.class);

    /** A count that is saturated from the start: for storage no container may ever write. */
    public static final RefCount FROZEN = new RefCount(SATURATED);

    /** Accessed only through {@link #COUNT} with explicit access modes. */
    @SuppressWarnings("unused")
    private int count;

    /** Creates the count of new storage, held by one container. */
    public RefCount() {
        this(1);
    }

    /** Test hook: a count starting at {@code initial}, e.g. just below saturation. */
    RefCount(int initial) {
        count = initial;
    }

    /** Counts one more holder; a saturated count stays saturated. Atomic, lock-free. */
    public void retain() {
        int c = (int) COUNT.getOpaque(this);
        while (c != SATURATED) {
            int witness = (int) COUNT.compareAndExchange(this, c, c + 1);
            if (witness == c) {
                return;
            }
            c = witness;
        }
    }

    /**
     * Counts one holder fewer, with release semantics: call it after the caller has stopped reading
     * the storage. A saturated count stays saturated.
     */
    public void release() {
        int c = (int) COUNT.getOpaque(this);
        while (c != SATURATED) {
            assert c > 0 : "released more often than retained";
            int witness = (int) COUNT.compareAndExchangeRelease(this, c, c - 1);
            if (witness == c) {
                return;
            }
            c = witness;
        }
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

    /**
     * Tells whether a holder must copy before writing: true unless the caller is the only holder.
     * Reads the count with acquire semantics, so the reads of holders that released happen-before
     * the caller's writes in place.
     *
     * @return {@code true} if the storage may be read by another holder
     */
    public boolean isShared() {
        return (int) COUNT.getAcquire(this) != 1;
    }

    /** The current count, for invariant checks and diagnostics. */
    public int get() {
        return (int) COUNT.getVolatile(this);
    }

    @Override
    public String toString() {
        int c = get();
        return c == SATURATED ? "RefCount[saturated]" : "RefCount[" + c + "]";
    }
}
