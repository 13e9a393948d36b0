package io.holstein.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A saturating, conservative reference count, kept as a field of the object it counts: the storage
 * itself (the nodes of a B+-tree extend it) or a stand-alone {@link RefCount} beside a flat buffer.
 *
 * <p>The protocol:
 *
 * <ul>
 *   <li>{@link #retain()} when one more holder starts sharing the object: atomic, and writes
 *       nothing else, so any number of threads may retain one object at once;
 *   <li>{@link #isShared()} before every write: at 1 the writer is the only holder and writes in
 *       place, otherwise it copies the object privately;
 *   <li>{@link #release()} when a holder has stopped reading the object (it moved to a copy, or
 *       dropped its reference);
 *   <li>{@link #saturate()} to freeze the object: from then on it counts as shared forever.
 * </ul>
 *
 * <p>The count is conservative: a holder that becomes garbage without releasing can cost one extra
 * copy later but never lets a shared object be written. It saturates: once it reaches {@link
 * #SATURATED} it never changes again, where a wrapping {@code int} would return to 1 after
 * 2<sup>32</sup> retains and let a write land in an object that others still read.
 *
 * <p>Not API: this package is not exported.
 */
public abstract class RefCounted {

    /*
     * Implementation notes.
     *
     * Memory ordering. A holder H may write in place only after every other holder G has
     * stopped reading, and G's last reads must happen-before H's writes, or H's writes could
     * show in G's reads on a weakly ordered machine. G stops reading and only then calls
     * release(), a decrement with release semantics; H's isShared() reads the count with acquire
     * semantics. When H reads 1, it read the value written by the last release(), so G's reads
     * happen-before H's writes; the releases before the last one are covered too, because every
     * change of the count is an atomic read-modify-write and so continues the release sequence
     * each release() starts. retain() needs no ordering of its own: the holder it counts is
     * created by a read of an existing holder, which by the containers' contract is not
     * concurrent with that holder's writes (and a holder that could write would see at least 2
     * once the new one exists). A fresh count is written with a plain store in the constructor:
     * it is published together with the object, like the object's other fields.
     *
     * Both updates are compare-and-set loops rather than getAndAdd so that a saturated count is
     * never touched; uncontended, a CAS costs the same as an atomic add. saturate() is a single
     * volatile store: every update compares against the value it read, so none can move the
     * count away from SATURATED once it is there.
     */

    /** The value at which the count sticks: an object with this count is shared forever. */
    public static final int SATURATED = Integer.MAX_VALUE;

    private static final VarHandle COUNT =
            VarHandles.field(MethodHandles.lookup(), "count", int.class);

    /** Accessed only through {@link #COUNT} with explicit access modes. */
    @SuppressWarnings("unused")
    private int count;

    /**
     * Starts the count at {@code initial}: 1 for an object held once, {@link #SATURATED} for one
     * that no holder may ever write.
     *
     * @param initial the first value of the count
     */
    protected RefCounted(int initial) {
        count = initial;
    }

    /** Counts one more holder; a saturated count stays saturated. Atomic, lock-free. */
    public final void retain() {
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
     * the object. A saturated count stays saturated.
     */
    public final void release() {
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

    /** Freezes the count at {@link #SATURATED}: the object counts as shared forever. O(1). */
    public final void saturate() {
        COUNT.setVolatile(this, SATURATED);
    }

    /**
     * Tells whether a holder must copy before writing: true unless the caller is the only holder.
     * Reads the count with acquire semantics, so the reads of holders that released happen-before
     * the caller's writes in place.
     *
     * @return {@code true} if the object may be read by another holder
     */
    public final boolean isShared() {
        return (int) COUNT.getAcquire(this) != 1;
    }

    /**
     * The current count, for invariant checks and diagnostics.
     *
     * @return the count
     */
    public final int get() {
        return (int) COUNT.getVolatile(this);
    }
}
