package io.holstein.concurrent;

import io.holstein.internal.VarHandles;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one mutable reference of a {@link SnapshotHashMap}, a {@link SnapshotTreeMap} or a {@link
 * SnapshotVector}: the current immutable version, read with a volatile read and replaced by
 * compare-and-set. Every write of these containers goes through {@link #install}, so all have the
 * same memory effects.
 *
 * <p>The public methods stay on the public classes (or {@link SnapshotMap}, which the two maps
 * share), with their own Javadoc; these helpers are package-private so that nothing of this class
 * shows in the public API.
 *
 * @param <T> the type of versions
 */
abstract class SnapshotRoot<T> {

    /*
     * Implementation notes.
     *
     * A VarHandle, not an AtomicReference or an AtomicReferenceFieldUpdater: an AtomicReference
     * adds an object and a dependent load to every read; the field updater checks the receiver's
     * class on every call, while a static final VarHandle compiles to a plain volatile access and
     * one CAS instruction. Reads use the volatile field directly: they give the happens-before
     * edge from the write that installed the version, and a version is immutable and published
     * through its final fields, so nothing else needs ordering.
     *
     * A write that computes the version it read (a put of the value already present, a set of
     * the same element, an update returning its argument) still compare-and-sets that version
     * onto itself, as CopyOnWriteArrayList.set rewrites its array "to ensure volatile write
     * semantics": a later read in another thread then happens-after the write, whatever it
     * changed. Writes that fail (a remove of an absent key, a putIfAbsent that finds a value)
     * write nothing, as in ConcurrentHashMap; they linearize at their read.
     */

    private static final VarHandle ROOT =
            VarHandles.field(MethodHandles.lookup(), "root", Object.class);

    private volatile T root;

    /**
     * For deserialization only (the constructor without arguments of the first non-serializable
     * superclass): the subclass's {@code readObject} then sets the first version with {@link
     * #initialize}.
     */
    SnapshotRoot() {}

    SnapshotRoot(T first) {
        this.root = first;
    }

    /**
     * Sets the first version of a container that deserialization created: a volatile write, as the
     * constructors' is, so the version is published as a constructed container's is.
     */
    final void initialize(T first) {
        root = first;
    }

    /** Returns {@code version} if this container accepts it as a version, else throws. */
    abstract T checked(T version);

    /** The current version: one volatile read. */
    final T current() {
        return root;
    }

    /**
     * Installs {@code next} if {@code expected} is current, by compare-and-set, even when {@code
     * next == expected}: a no-op write still has the memory effects of a volatile write.
     *
     * @return false if another write overtook {@code expected}; the caller then starts over
     */
    final boolean install(T expected, T next) {
        return ROOT.compareAndSet(this, expected, next);
    }

    /**
     * The public {@code compareAndSet}: {@link #install} after {@link #checked}. When {@code
     * expected == next} it returns whether {@code expected} was current, having written it onto
     * itself if so.
     */
    final boolean compareAndSetVersion(T expected, T next) {
        return install(expected, checked(next));
    }

    /** The public {@code update}: applies {@code operator} until its result is installed. */
    final T updateVersion(UnaryOperator<T> operator) {
        Objects.requireNonNull(operator, "operator");
        for (; ; ) {
            T current = root;
            T next = checked(operator.apply(current));
            if (install(current, next)) {
                return next;
            }
        }
    }

    /**
     * Installs {@code emptied}'s result for whatever version is current: the public {@code clear}.
     * The function returns its argument if that is empty already, which keeps the version (and
     * still writes it onto itself), or an empty version.
     */
    final void reset(UnaryOperator<T> emptied) {
        for (; ; ) {
            T current = root;
            if (install(current, emptied.apply(current))) {
                return;
            }
        }
    }

    /**
     * The current version of {@code source} if it is a sibling container whose versions are of
     * {@code versionType}, shared in O(1); otherwise {@code copy}'s result. (A {@link
     * SnapshotTreeMap} is a map, but not a sibling of a {@link SnapshotHashMap}.)
     */
    @SuppressWarnings("unchecked")
    static <S, T> T adoptOrCopy(S source, Class<?> versionType, Function<? super S, T> copy) {
        return source instanceof SnapshotRoot<?> sibling && versionType.isInstance(sibling.root)
                ? (T) sibling.root
                : copy.apply(source);
    }
}
