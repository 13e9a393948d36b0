package io.holstein.testing;

import io.holstein.internal.RefCount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The members of a fork family of a refcount type: containers forked, cloned, copied and read back
 * from one another, each with a model of its own, so that a write which showed on another member
 * breaks that member's equality with its model. The family is bounded: a member added to a full
 * family replaces one chosen by the driver's decisions, which is dropped without a write (its count
 * is never released, which must stay harmless).
 *
 * @param <M> the driver's member type, usually a subclass of {@link Member}
 */
public final class Family<M> implements Iterable<M> {

    /**
     * One container of a family and its model; a driver's subclass adds what it keeps of the member
     * (iterators, views, counts of the model's structural modifications).
     *
     * @param <T> a type both sides share, which {@link #of} returns
     * @param <H> the Holstein type
     * @param <O> the model's type
     */
    public abstract static class Member<T, H extends T, O extends T> {

        /** The Holstein container. */
        public final H holstein;

        /** Its model. */
        public final O model;

        private final String name;

        /**
         * @param name the member's name in the trace
         * @param holstein the Holstein container
         * @param model its model, owned by this member
         */
        protected Member(String name, H holstein, O model) {
            this.name = name;
            this.holstein = holstein;
            this.model = model;
        }

        /** The container of {@code side}. */
        public final T of(Side side) {
            return side == Side.HOLSTEIN ? holstein : model;
        }

        /** Both containers. */
        public final Twin<T> sides() {
            return new Twin<>(holstein, model);
        }

        @Override
        public final String toString() {
            return name;
        }
    }

    /** Counted when a member is dropped without a write, replaced or on purpose. */
    public static final String DROPPED = "member dropped unwritten";

    private final ModelDriver driver;

    private final int max;

    private final Consumer<? super M> onDropped;

    private final List<M> members = new ArrayList<>();

    /**
     * @param driver the driver whose decisions choose members, and whose trace and coverage record
     *     what happens to them
     * @param max the most members at a time
     */
    public Family(ModelDriver driver, int max) {
        this(driver, max, m -> {});
    }

    /**
     * As {@link #Family(ModelDriver, int)}, telling {@code onDropped} of every member dropped, so
     * that the driver forgets what it kept of it.
     */
    public Family(ModelDriver driver, int max, Consumer<? super M> onDropped) {
        this.driver = driver;
        this.max = max;
        this.onDropped = onDropped;
    }

    /** Adds {@code member}, first dropping one chosen by the decisions if the family is full. */
    public M add(M member) {
        if (members.size() == max) {
            onDropped.accept(members.remove(driver.d.nextInt(members.size())));
            driver.cover(DROPPED);
        }
        members.add(member);
        return member;
    }

    /** Drops {@code member} without a write, unless it is the last. */
    public void drop(M member) {
        if (members.size() > 1) {
            members.remove(member);
            onDropped.accept(member);
            driver.log("dropped " + member + " unwritten");
            driver.cover(DROPPED);
        }
    }

    /** A member chosen by the decisions. */
    public M pick() {
        return driver.d.pick(members);
    }

    /** Whether the family has no member yet. */
    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** The number of members. */
    public int size() {
        return members.size();
    }

    @Override
    public Iterator<M> iterator() {
        return Collections.unmodifiableList(members).iterator();
    }

    /**
     * Checks the sharing protocol across the family: members that hold the same storage hold the
     * same count and say they are shared; a count is held by one storage only, and is at least the
     * number of members holding it (or saturated). {@link RefCount#FROZEN}, which several empty
     * storages hold, is left out.
     *
     * @param count a member's count
     * @param storage a member's storage (array or table), compared by identity
     * @param isShared a member's {@code isShared()}
     */
    public void checkCounts(
            Function<? super M, RefCount> count,
            Function<? super M, Object> storage,
            Predicate<? super M> isShared) {
        Map<Object, RefCount> countOfStorage = new IdentityHashMap<>();
        Map<RefCount, Object> storageOfCount = new IdentityHashMap<>();
        Map<RefCount, Integer> holders = new IdentityHashMap<>();
        for (M m : members) {
            RefCount c = count.apply(m);
            if (c == RefCount.FROZEN) {
                continue;
            }
            Object s = storage.apply(m);
            RefCount otherCount = countOfStorage.putIfAbsent(s, c);
            ModelDriver.check(
                    otherCount == null || otherCount == c, m + ": one storage, two counts");
            Object otherStorage = storageOfCount.putIfAbsent(c, s);
            ModelDriver.check(
                    otherStorage == null || otherStorage == s, m + ": one count, two storages");
            holders.merge(c, 1, Integer::sum);
        }
        for (Map.Entry<RefCount, Integer> e : holders.entrySet()) {
            int c = e.getKey().get();
            ModelDriver.check(
                    c == RefCount.SATURATED || c >= e.getValue(),
                    "count " + c + " below its " + e.getValue() + " holders in the family");
            if (e.getValue() > 1) {
                for (M m : members) {
                    ModelDriver.check(
                            count.apply(m) != e.getKey() || isShared.test(m),
                            m + ": holds storage with another member, yet unshared");
                }
            }
        }
    }
}
