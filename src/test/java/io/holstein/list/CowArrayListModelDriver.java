package io.holstein.list;

import io.holstein.testing.Callbacks;
import io.holstein.testing.Callbacks.Act;
import io.holstein.testing.Comparison;
import io.holstein.testing.Comparison.Difference;
import io.holstein.testing.Comparison.Outcomes;
import io.holstein.testing.Decisions;
import io.holstein.testing.Family;
import io.holstein.testing.ModelDriver;
import io.holstein.testing.Outcome;
import io.holstein.testing.Side;
import io.holstein.testing.Twin;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Drives a family of {@link CowArrayList}s forked from one another, each beside an {@link
 * ArrayList} model, through sequences of operations chosen by {@link Decisions}, and checks after
 * every step that each list equals its model and passes {@link CowArrayList#checkInvariants()}.
 *
 * <p>What it exercises:
 *
 * <ul>
 *   <li>every mutator and read of {@code ArrayList}, plus {@code fork}, {@code clone}, the sharing
 *       copy constructor and serialization, on the lists of the family;
 *   <li>iterators, list iterators, spliterators and (nested) {@code subList} views kept across
 *       steps, forks and writes of other members. Each kept object has a twin taken from the model
 *       at the same moment; both are driven in lockstep, and their return values and exception
 *       classes must match;
 *   <li>user callbacks ({@code forEach}, {@code removeIf}, {@code replaceAll}, {@code sort}, {@code
 *       forEachRemaining}, {@code tryAdvance}, the {@code contains} of a {@code removeAll}
 *       argument) that fork the list mid-loop and write the fork and the list, or throw.
 * </ul>
 *
 * <p>The comparison is exact (values, exception classes, and messages of index and argument errors)
 * except where {@code CowArrayList} documents a difference or {@code ArrayList}'s result depends on
 * its capacity, which a {@code CowArrayList} mirrors only while it never shared storage (a fork has
 * its source's capacity, a shared list that is cleared lets its array go):
 *
 * <ul>
 *   <li>{@code ensureCapacity} counts as a structural modification exactly when {@code ArrayList}'s
 *       does for a list that never took part in a fork; for other lists a difference is accepted,
 *       and the iterators and views it would invalidate on one side only are dropped;
 *   <li>a stale view, iterator or spliterator detects the concurrent modification either by {@code
 *       ConcurrentModificationException} or, reading past the end of its array, by {@code
 *       ArrayIndexOutOfBoundsException}; when the model throws one of the two, the list must throw
 *       one of the two;
 *   <li>{@code replaceAll} on a stale view: {@code ArrayList}'s sub list runs it unchecked, writing
 *       past the end of a list that shrank; a {@code CowSubList} must fail fast;
 *   <li>{@code removeAll} and {@code retainAll} ask about every element before writing: a {@code
 *       contains} that throws leaves the list unchanged (the model side then works on a copy), and
 *       a fork made by {@code contains} sees the list as it was before the call;
 *   <li>{@code sort} sorts a copy: a fork made by the comparator sees the list unsorted, and the
 *       comparator neither throws nor writes the list, where {@code ArrayList} would leave it
 *       partly sorted;
 *   <li>a stale {@code ArrayList} spliterator calls its action before checking for comodification
 *       (or instead of it, in {@code forEachRemaining}), where a {@code CowListSpliterator} fails
 *       fast: spliterator actions neither throw nor write the list, and a spliterator is not used
 *       after {@code forEachRemaining}.
 * </ul>
 *
 * <p>A failure names its step and the steps before it; {@code -Dholstein.traceLength=N} keeps the
 * last N steps (default 40).
 */
final class CowArrayListModelDriver extends ModelDriver {

    /** The largest family; a fork beyond it replaces a member, which is dropped unwritten. */
    static final int MAX_MEMBERS = 5;

    /** The most iterators, views and spliterators kept per member. */
    static final int MAX_DERIVED = 6;

    /** Above this size, operations that grow a list are not chosen. */
    static final int SOFT_MAX_SIZE = 40;

    /** Element values: {@code VALUES} distinct integers and null. */
    static final int VALUES = 6;

    private static final List<Comparator<Integer>> NULL_SAFE_ORDERS =
            List.of(
                    Comparator.nullsFirst(Comparator.<Integer>naturalOrder()),
                    Comparator.nullsLast(Comparator.<Integer>reverseOrder()),
                    // Many ties: shows whether the sort is stable.
                    Comparator.nullsFirst(Comparator.comparingInt(e -> e % 3)));

    /**
     * A stale view, iterator or spliterator may signal its staleness by either exception: when the
     * model throws one of the two, the list must throw one of the two.
     */
    private static final Difference STALE_SIGNAL =
            (holstein, model) -> staleSignal(model) && staleSignal(holstein);

    private final Family<Member> family = new Family<>(this, MAX_MEMBERS);

    CowArrayListModelDriver(Decisions d) {
        super(
                d,
                Comparison.between("CowArrayList", "ArrayList")
                        .withSameMessageFor(
                                e ->
                                        e.getClass() == IndexOutOfBoundsException.class
                                                || e instanceof IllegalArgumentException)
                        .withNormalizedValues(
                                v -> v instanceof Object[] ? Arrays.asList((Object[]) v) : v));
    }

    @Override
    protected void start() {
        newMember();
    }

    // ------------------------------------------------------------------ family

    /** One list of the family, its model, and the derived objects kept for both. */
    private static final class Member
            extends Family.Member<List<Integer>, CowArrayList<Integer>, ArrayList<Integer>> {

        /** Whether the list never took part in a fork, so its capacity is ArrayList's. */
        boolean capacityMirrored;

        /** How often a fork of this list and this list were both written: see forkWriteBoth. */
        int bothSidesWritten;

        final List<Derived> derived = new ArrayList<>();

        Member(
                String name,
                CowArrayList<Integer> holstein,
                ArrayList<Integer> model,
                boolean capacityMirrored) {
            super(name, holstein, model);
            this.capacityMirrored = capacityMirrored;
        }
    }

    private Member addMember(
            CowArrayList<Integer> cow, ArrayList<Integer> model, boolean capacityMirrored) {
        return family.add(new Member("L" + nextId(), cow, model, capacityMirrored));
    }

    private void newMember() {
        int how = d.nextInt(4);
        Member m;
        switch (how) {
            case 0 -> m = addMember(new CowArrayList<>(), new ArrayList<>(), true);
            case 1 -> {
                int capacity = d.nextInt(0, 12);
                m = addMember(new CowArrayList<>(capacity), new ArrayList<>(capacity), true);
            }
            case 2 -> {
                List<Integer> source = elements(d.nextInt(0, 12));
                m = addMember(new CowArrayList<>(source), new ArrayList<>(source), true);
            }
            default -> {
                List<Integer> source =
                        Arrays.asList(elements(d.nextInt(0, 12)).toArray(new Integer[0]));
                m = addMember(new CowArrayList<>(source), new ArrayList<>(source), true);
            }
        }
        log("new " + m + " = " + m.model + " (constructor " + how + ")");
    }

    // ------------------------------------------------------------------ checks

    @Override
    protected void checkAll() {
        for (Member m : family) {
            CowArrayList<Integer> cow = m.holstein;
            cow.checkInvariants();
            check(
                    cow.size() == m.model.size(),
                    m + ": size " + cow.size() + ", model " + m.model.size());
            for (int i = 0; i < cow.size(); i++) {
                check(Objects.equals(cow.get(i), m.model.get(i)), m + ": get(" + i + ")");
            }
            check(
                    Arrays.equals(cow.toArray(), m.model.toArray()),
                    m + ": toArray " + Arrays.toString(cow.toArray()) + ", model " + m.model);
        }
        family.checkCounts(
                m -> m.holstein.shares(), m -> m.holstein.elementData, m -> m.holstein.isShared());
    }

    // ------------------------------------------------------------------ outcomes

    private static boolean staleSignal(Outcome o) {
        return o.thrown() instanceof ConcurrentModificationException
                || o.thrown() instanceof ArrayIndexOutOfBoundsException;
    }

    /**
     * Runs {@code op} on the Holstein side, then on the model side, and checks that both returned
     * equal values or threw the same exception class (and, for index and argument errors, the same
     * message).
     *
     * @param derived whether {@code op} works on an iterator, view or spliterator, which may signal
     *     staleness either way (see the class comment)
     */
    private Outcomes both(String what, boolean derived, Side.Op op) {
        return both(what, derived ? STALE_SIGNAL : Difference.NONE, op);
    }

    // ------------------------------------------------------------------ callbacks

    /** What a user callback does at its {@code at}-th call; the same on both sides. */
    private record Plan(
            Act act, int at, int forkIndex, Integer forkValue, int selfIndex, Integer selfValue) {}

    /**
     * Decides what a callback will do. {@code selfWrite}: whether it may also {@code set} an
     * element of the list being looped over (where {@code ArrayList}'s result is defined).
     */
    private Plan plan(int expectedCalls, boolean selfWrite, boolean mayThrow) {
        Act act =
                List.of(Act.NONE, Act.FORK_AND_WRITE, Act.THROW)
                        .get(d.weighted(6, 4, mayThrow ? 1 : 0));
        int at = d.nextInt(Math.max(1, expectedCalls));
        int selfIndex = selfWrite && d.nextBoolean() ? d.nextInt(SOFT_MAX_SIZE) : Integer.MAX_VALUE;
        return new Plan(act, at, d.nextInt(SOFT_MAX_SIZE), element(), selfIndex, element());
    }

    /** One side's callbacks: records the elements passed and carries out the plan. */
    private static final class Calls extends Callbacks {
        final Plan plan;
        final Member member;

        /** For the model side of a sort: the contents a fork sees (CowArrayList sorts a copy). */
        final List<Integer> forkSource;

        final List<Integer> seen = new ArrayList<>();
        List<Integer> fork;

        Calls(Plan plan, Side side, Member member, List<Integer> forkSource) {
            super(side, plan.act, plan.at);
            this.plan = plan;
            this.member = member;
            this.forkSource = forkSource;
        }

        void see(Integer e) {
            seen.add(e);
            hit();
        }

        @Override
        protected void act(Act act) {
            check(act == Act.FORK_AND_WRITE, "no such plan: " + act);
            List<Integer> list = member.of(side);
            fork =
                    side == Side.HOLSTEIN
                            ? member.holstein.fork()
                            : new ArrayList<>(forkSource != null ? forkSource : member.model);
            if (plan.forkIndex < fork.size()) {
                fork.set(plan.forkIndex, plan.forkValue);
            }
            if (plan.selfIndex < list.size()) {
                list.set(plan.selfIndex, plan.selfValue);
            }
        }
    }

    private Twin<Calls> callbacks(Member m, Plan plan, List<Integer> modelForkSource) {
        return Twin.bySide(
                side -> new Calls(plan, side, m, side == Side.HOLSTEIN ? null : modelForkSource));
    }

    /** After an operation with callbacks: compares what they saw and adopts the forks they made. */
    private void settle(String what, Member m, Twin<Calls> cbs, Outcomes outcomes) {
        if (cbs.holstein().fork != null) {
            // Forked, even if the fork is dropped below: the list's storage is shared now.
            m.capacityMirrored = false;
        }
        if (outcomes.documented()) {
            // The two sides may stop calling back at different points: nothing to compare.
            return;
        }
        Calls cow = cbs.holstein();
        Calls model = cbs.model();
        check(
                cow.seen.equals(model.seen),
                what + ": callbacks saw " + cow.seen + ", on the model " + model.seen);
        check(
                (cow.fork == null) == (model.fork == null),
                what + ": a callback forked on one side only");
        if (cow.fork != null) {
            Member fork =
                    addMember((CowArrayList<Integer>) cow.fork, new ArrayList<>(model.fork), false);
            log("  callback forked " + m + " into " + fork);
            cover("fork in a callback");
        }
        if (cow.acted() && cow.plannedAct() == Act.THROW) {
            cover("callback threw");
        }
    }

    /** A collection whose contains() is a callback, for removeAll and retainAll. */
    private static final class Watched extends AbstractCollection<Integer> {
        private final Collection<Integer> contents;
        private final Calls callbacks;

        Watched(Collection<Integer> contents, Calls callbacks) {
            this.contents = contents;
            this.callbacks = callbacks;
        }

        @Override
        public boolean contains(Object o) {
            callbacks.see((Integer) o);
            return contents.contains(o);
        }

        @Override
        public Iterator<Integer> iterator() {
            return contents.iterator();
        }

        @Override
        public int size() {
            return contents.size();
        }
    }

    // ------------------------------------------------------------------ choices

    private Integer element() {
        int v = d.nextInt(VALUES + 1);
        // Values above the Integer cache: equal elements are distinct objects.
        return v == VALUES ? null : Integer.valueOf(1000 + v);
    }

    private List<Integer> elements(int n) {
        List<Integer> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(element());
        }
        return list;
    }

    /** An element index: usually valid, sometimes just outside [0, size). */
    private int index(int size) {
        if (size == 0 || d.oneIn(12)) {
            return d.pick(List.of(-1, size, size + 1));
        }
        return d.nextInt(size);
    }

    /** A position: usually in [0, size], sometimes just outside. */
    private int position(int size) {
        return d.oneIn(12) ? d.pick(List.of(-1, size + 1)) : d.nextInt(size + 1);
    }

    /** The model's size, or a guess when the model view is stale. */
    private int sizeOf(List<Integer> model) {
        try {
            return model.size();
        } catch (ConcurrentModificationException e) {
            return d.nextInt(8);
        }
    }

    private static boolean stale(List<Integer> modelView) {
        try {
            modelView.size();
            return false;
        } catch (ConcurrentModificationException e) {
            return true;
        }
    }

    /** An argument collection: the same plain collection for both sides, or a twin of lists. */
    private Twin<Collection<Integer>> argument(Member m) {
        switch (d.weighted(5, 2, 2, 2, 1)) {
            case 0 -> {
                List<Integer> c = elements(d.nextInt(0, 5));
                return new Twin<>(c, c);
            }
            case 1 -> {
                Set<Integer> c = new HashSet<>(elements(d.nextInt(0, 4)));
                return new Twin<>(c, c);
            }
            case 2 -> {
                Member other = family.pick();
                return new Twin<>(other.holstein, other.model);
            }
            case 3 -> {
                int size = m.model.size();
                int from = d.nextInt(size + 1);
                int to = from + d.nextInt(size - from + 1);
                return new Twin<>(m.holstein.subList(from, to), m.model.subList(from, to));
            }
            default -> {
                return new Twin<>(m.holstein, m.model);
            }
        }
    }

    private Comparator<Integer> order(boolean nullsPresent) {
        if (!nullsPresent && d.oneIn(4)) {
            return null;
        }
        return d.pick(NULL_SAFE_ORDERS);
    }

    private UnaryOperator<Integer> replacement() {
        int shift = d.nextInt(1, VALUES);
        Integer forNull = element();
        return e ->
                e == null
                        ? forNull
                        : (e - 1000 + shift) % VALUES == 0
                                ? null
                                : Integer.valueOf(1000 + (e - 1000 + shift) % VALUES);
    }

    private Predicate<Integer> predicate() {
        Set<Integer> doomed = new HashSet<>(elements(d.nextInt(0, 3)));
        return doomed::contains;
    }

    // ------------------------------------------------------------------ steps

    @Override
    protected void step() {
        Member m = family.pick();
        switch (d.weighted(40, 28, 10, 10)) {
            case 0 -> rootStep(m);
            case 1 -> derivedStep(m);
            case 2 -> createDerived(m);
            default -> familyStep(m);
        }
    }

    private void rootStep(Member m) {
        if (d.oneIn(8)) {
            capacityStep(m);
            return;
        }
        if (m.holstein.isShared() && m.holstein.size() > 0) {
            cover("operation on shared storage");
        }
        listStep(m, m.sides(), m.toString(), false);
    }

    /** trimToSize and ensureCapacity, whose modCount effects are ArrayList's quirks. */
    private void capacityStep(Member m) {
        if (d.nextBoolean()) {
            both(
                    m + ".trimToSize()",
                    false,
                    s -> {
                        if (s == Side.HOLSTEIN) {
                            m.holstein.trimToSize();
                        } else {
                            m.model.trimToSize();
                        }
                        return null;
                    });
            return;
        }
        int min = d.nextInt(-1, m.model.size() + 20);
        log(m + ".ensureCapacity(" + min + ")");
        int before = m.holstein.modCount();
        m.holstein.ensureCapacity(min);
        boolean cowCounted = m.holstein.modCount() != before;
        ListIterator<Integer> probe = m.model.listIterator();
        m.model.ensureCapacity(min);
        boolean modelCounted;
        try {
            probe.next();
            modelCounted = false;
        } catch (ConcurrentModificationException e) {
            modelCounted = true;
        } catch (NoSuchElementException e) {
            modelCounted = false;
        }
        if (m.capacityMirrored) {
            check(
                    cowCounted == modelCounted,
                    m
                            + ".ensureCapacity("
                            + min
                            + ") counted as structural: "
                            + cowCounted
                            + ", by ArrayList: "
                            + modelCounted);
        } else if (cowCounted != modelCounted) {
            // Capacities differ since the list shared storage: so may this quirk's effect.
            m.derived.clear();
            cover("ensureCapacity differs after sharing");
        }
    }

    /** One operation of the List interface on a list twin: a member's lists or a view twin. */
    private void listStep(Member m, Twin<List<Integer>> t, String name, boolean view) {
        int size = sizeOf(t.model());
        boolean grow = m.model.size() < SOFT_MAX_SIZE;
        switch (d.weighted(
                grow ? 6 : 0,
                grow ? 5 : 0,
                grow ? 3 : 0,
                grow ? 3 : 0,
                6,
                5,
                4,
                3,
                3,
                3,
                3,
                2,
                1,
                6,
                5,
                3,
                3,
                3,
                2,
                3)) {
            case 0 -> {
                Integer e = element();
                both(name + ".add(" + e + ")", view, s -> t.of(s).add(e));
            }
            case 1 -> {
                Integer e = element();
                int i = position(size);
                both(
                        name + ".add(" + i + ", " + e + ")",
                        view,
                        s -> {
                            t.of(s).add(i, e);
                            return null;
                        });
            }
            case 2 -> {
                Twin<Collection<Integer>> c = argument(m);
                both(name + ".addAll(" + c.model() + ")", view, s -> t.of(s).addAll(c.of(s)));
            }
            case 3 -> {
                Twin<Collection<Integer>> c = argument(m);
                int i = position(size);
                both(
                        name + ".addAll(" + i + ", " + c.model() + ")",
                        view,
                        s -> t.of(s).addAll(i, c.of(s)));
            }
            case 4 -> {
                Integer e = element();
                int i = index(size);
                both(name + ".set(" + i + ", " + e + ")", view, s -> t.of(s).set(i, e));
            }
            case 5 -> {
                int i = index(size);
                both(name + ".remove(" + i + ")", view, s -> t.of(s).remove(i));
            }
            case 6 -> {
                Object e = element();
                both(name + ".remove((Object) " + e + ")", view, s -> t.of(s).remove(e));
            }
            case 7, 8 -> {
                boolean remove = d.nextBoolean();
                Twin<Collection<Integer>> c = argument(m);
                // A snapshot: the argument may be the list itself, which the operation changes.
                List<Integer> contents = new ArrayList<>(c.model());
                Plan plan = plan(size, false, true);
                // ArrayList compacts while it asks; a fork made meanwhile from CowArrayList sees
                // the list as it was before the call.
                Twin<Calls> cbs = callbacks(m, plan, new ArrayList<>(m.model));
                String what =
                        name + (remove ? ".removeAll(" : ".retainAll(") + contents + ") " + plan;
                Outcomes o =
                        both(
                                what,
                                view,
                                s -> {
                                    Collection<Integer> arg =
                                            new Watched(
                                                    c.of(s) == c.model() ? contents : c.of(s),
                                                    cbs.of(s));
                                    // CowArrayList asks about every element before it writes, so a
                                    // contains()
                                    // that throws leaves it unchanged; ArrayList would have removed
                                    // some.
                                    List<Integer> target =
                                            s == Side.MODEL && plan.act == Act.THROW
                                                    ? new ArrayList<>(t.of(s))
                                                    : t.of(s);
                                    return remove ? target.removeAll(arg) : target.retainAll(arg);
                                });
                settle(what, m, cbs, o);
            }
            case 9 -> {
                Predicate<Integer> p = predicate();
                Plan plan = plan(size, true, true);
                Twin<Calls> cbs = callbacks(m, plan, null);
                String what = name + ".removeIf(...) " + plan;
                Outcomes o =
                        both(
                                what,
                                view,
                                s ->
                                        t.of(s)
                                                .removeIf(
                                                        e -> {
                                                            cbs.of(s).see(e);
                                                            return p.test(e);
                                                        }));
                settle(what, m, cbs, o);
            }
            case 10 -> {
                if (view && stale(t.model())) {
                    // ArrayList's view runs unchecked here; CowSubList fails fast.
                    log(name + ".replaceAll(...) on a stale view");
                    try {
                        t.holstein().replaceAll(UnaryOperator.identity());
                        throw new AssertionError(
                                name + ".replaceAll on a stale view did not fail fast");
                    } catch (ConcurrentModificationException expected) {
                        cover("replaceAll on a stale view");
                    }
                    return;
                }
                UnaryOperator<Integer> f = replacement();
                Plan plan = plan(size, true, true);
                Twin<Calls> cbs = callbacks(m, plan, null);
                String what = name + ".replaceAll(...) " + plan;
                Outcomes o =
                        both(
                                what,
                                view,
                                s -> {
                                    t.of(s)
                                            .replaceAll(
                                                    e -> {
                                                        cbs.of(s).see(e);
                                                        return f.apply(e);
                                                    });
                                    return null;
                                });
                settle(what, m, cbs, o);
            }
            case 11 -> {
                // CowArrayList and its views sort a copy; ArrayList sorts in place (and so do its
                // views on recent JDKs). So a fork made by the comparator sees the list unsorted,
                // and neither the comparator nor natural order on nulls may throw, or write the
                // list: ArrayList would leave it half sorted.
                Comparator<Integer> c = order(m.model.contains(null));
                Plan plan = plan(size, false, false);
                Twin<Calls> cbs = callbacks(m, plan, new ArrayList<>(m.model));
                String what = name + ".sort(" + (c == null ? "null" : "order") + ") " + plan;
                Outcomes o =
                        both(
                                what,
                                view,
                                s -> {
                                    Calls cb = cbs.of(s);
                                    Comparator<Integer> base =
                                            c == null ? Comparator.naturalOrder() : c;
                                    t.of(s)
                                            .sort(
                                                    c == null && plan.act == Act.NONE
                                                            ? null
                                                            : (a, b) -> {
                                                                cb.see(a);
                                                                return base.compare(a, b);
                                                            });
                                    return null;
                                });
                settle(what, m, cbs, o);
            }
            case 12 ->
                    both(
                            name + ".clear()",
                            view,
                            s -> {
                                t.of(s).clear();
                                return null;
                            });
            case 13 -> {
                int i = index(size);
                both(name + ".get(" + i + ")", view, s -> t.of(s).get(i));
            }
            case 14 -> {
                Object e = element();
                int which = d.nextInt(3);
                both(
                        name
                                + (which == 0
                                        ? ".indexOf("
                                        : which == 1 ? ".lastIndexOf(" : ".contains(")
                                + e
                                + ")",
                        view,
                        s ->
                                which == 0
                                        ? t.of(s).indexOf(e)
                                        : which == 1
                                                ? t.of(s).lastIndexOf(e)
                                                : t.of(s).contains(e));
            }
            case 15 -> {
                Twin<Collection<Integer>> c = argument(m);
                boolean hash = d.oneIn(3);
                both(
                        name + (hash ? ".hashCode()" : ".equals(" + c.model() + ")"),
                        view,
                        s -> hash ? t.of(s).hashCode() : t.of(s).equals(c.of(s)));
            }
            case 16 -> {
                int kind = d.nextInt(3);
                int length = d.nextInt(0, size + 2);
                both(
                        name
                                + ".toArray"
                                + (kind == 1
                                        ? "(new Integer[" + length + "])"
                                        : kind == 2 ? "(Integer[]::new)" : "()"),
                        view,
                        s -> {
                            if (kind == 0) {
                                return t.of(s).toArray();
                            }
                            if (kind == 2) {
                                return t.of(s).toArray(Integer[]::new);
                            }
                            Integer[] a = new Integer[length];
                            Arrays.fill(a, 999);
                            Integer[] result = t.of(s).toArray(a);
                            return List.of(result == a, Arrays.asList(result));
                        });
            }
            case 17 -> {
                int kind = d.nextInt(4);
                both(
                        name
                                + (kind == 0
                                        ? " iterated"
                                        : kind == 1
                                                ? ".stream()"
                                                : kind == 2
                                                        ? ".toString()"
                                                        : ".listIterator(size) backwards"),
                        view,
                        s -> {
                            List<Integer> list = t.of(s);
                            switch (kind) {
                                case 0 -> {
                                    List<Integer> out = new ArrayList<>();
                                    for (Integer e : list) {
                                        out.add(e);
                                    }
                                    return out;
                                }
                                case 1 -> {
                                    return list.stream()
                                            .map(String::valueOf)
                                            .collect(Collectors.joining(","));
                                }
                                case 2 -> {
                                    return list.toString();
                                }
                                default -> {
                                    List<Integer> out = new ArrayList<>();
                                    ListIterator<Integer> it = list.listIterator(list.size());
                                    while (it.hasPrevious()) {
                                        out.add(it.previous());
                                    }
                                    return out;
                                }
                            }
                        });
            }
            case 18 -> {
                Plan plan = plan(size, true, true);
                Twin<Calls> cbs = callbacks(m, plan, null);
                String what = name + ".forEach(...) " + plan;
                Outcomes o =
                        both(
                                what,
                                view,
                                s -> {
                                    t.of(s).forEach(cbs.of(s)::see);
                                    return null;
                                });
                settle(what, m, cbs, o);
            }
            default -> {
                Twin<Collection<Integer>> c = argument(m);
                int kind = d.nextInt(3);
                both(
                        name
                                + (kind == 0
                                        ? ".size()"
                                        : kind == 1
                                                ? ".isEmpty()"
                                                : ".containsAll(" + c.model() + ")"),
                        view,
                        s ->
                                kind == 0
                                        ? t.of(s).size()
                                        : kind == 1
                                                ? t.of(s).isEmpty()
                                                : t.of(s).containsAll(c.of(s)));
            }
        }
    }

    // ------------------------------------------------------------------ derived objects

    /** An iterator, view or spliterator of a member, kept with its model twin. */
    private abstract static class Derived {
        final String name;

        /** The member's count of two-sided writes when this was taken. */
        final int bothSidesWrittenAt;

        Derived(String name, int bothSidesWrittenAt) {
            this.name = name;
            this.bothSidesWrittenAt = bothSidesWrittenAt;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final class IteratorTwin extends Derived {
        final Twin<Iterator<Integer>> it;

        /**
         * Whether it came from List.iterator() of the root: ArrayList's has no ListIterator
         * methods.
         */
        final boolean plain;

        IteratorTwin(String name, int at, Twin<Iterator<Integer>> it, boolean plain) {
            super(name, at);
            this.it = it;
            this.plain = plain;
        }

        ListIterator<Integer> of(Side s) {
            return (ListIterator<Integer>) it.of(s);
        }
    }

    private static final class ViewTwin extends Derived {
        final Twin<List<Integer>> view;

        ViewTwin(String name, int at, Twin<List<Integer>> view) {
            super(name, at);
            this.view = view;
        }
    }

    private static final class SpliteratorTwin extends Derived {
        final Twin<Spliterator<Integer>> sp;

        SpliteratorTwin(String name, int at, Twin<Spliterator<Integer>> sp) {
            super(name, at);
            this.sp = sp;
        }
    }

    private void keep(Member m, Derived derived) {
        keep(m.derived, MAX_DERIVED, derived);
        log("  kept " + derived + " of " + m);
    }

    private void createDerived(Member m) {
        List<ViewTwin> views = new ArrayList<>();
        for (Derived x : m.derived) {
            if (x instanceof ViewTwin) {
                views.add((ViewTwin) x);
            }
        }
        ViewTwin chosen = !views.isEmpty() && d.nextBoolean() ? d.pick(views) : null;
        boolean fromView = chosen != null;
        Twin<List<Integer>> src = fromView ? chosen.view : m.sides();
        String base = fromView ? chosen.name : m.toString();
        int size = sizeOf(src.model());
        int at = m.bothSidesWritten;
        switch (d.nextInt(5)) {
            case 0 -> {
                String what = base + ".iterator()";
                Twin<Iterator<Integer>> it = make(what, fromView, s -> src.of(s).iterator());
                if (it != null) {
                    keep(m, new IteratorTwin(what + "#" + nextId(), at, it, !fromView));
                }
            }
            case 1, 2 -> {
                int i = position(size);
                String what = base + ".listIterator(" + i + ")";
                Twin<Iterator<Integer>> it = make(what, fromView, s -> src.of(s).listIterator(i));
                if (it != null) {
                    keep(m, new IteratorTwin(what + "#" + nextId(), at, it, false));
                }
            }
            case 3 -> {
                int from = position(size);
                int to = d.oneIn(10) ? from - 1 : from + d.nextInt(Math.max(1, size - from + 1));
                String what = base + ".subList(" + from + ", " + to + ")";
                Twin<List<Integer>> view = make(what, fromView, s -> src.of(s).subList(from, to));
                if (view != null) {
                    keep(m, new ViewTwin(what + "#" + nextId(), at, view));
                }
            }
            default -> {
                String what = base + ".spliterator()";
                Twin<Spliterator<Integer>> sp = make(what, fromView, s -> src.of(s).spliterator());
                if (sp != null) {
                    keep(m, new SpliteratorTwin(what + "#" + nextId(), at, sp));
                }
            }
        }
    }

    /**
     * Creates a derived object on both sides; returns the twin, or null if both threw alike. The
     * objects themselves are not compared, only whether and what they threw.
     */
    private <T> Twin<T> make(String what, boolean derived, Function<Side, T> factory) {
        List<T> made = new ArrayList<>(Arrays.asList(null, null));
        Outcomes o =
                both(
                        what,
                        derived,
                        s -> {
                            made.set(s.ordinal(), factory.apply(s));
                            return null;
                        });
        return o.threw() ? null : new Twin<>(made.get(0), made.get(1));
    }

    private void derivedStep(Member m) {
        if (m.derived.isEmpty()) {
            createDerived(m);
            return;
        }
        Derived x = d.pick(m.derived);
        if (m.bothSidesWritten > x.bothSidesWrittenAt) {
            cover(
                    x.getClass().getSimpleName()
                            + " used after its list and a fork were both written");
        }
        if (x instanceof ViewTwin) {
            listStep(m, ((ViewTwin) x).view, x.name, true);
        } else if (x instanceof IteratorTwin) {
            iteratorStep(m, (IteratorTwin) x);
        } else {
            spliteratorStep(m, (SpliteratorTwin) x);
        }
    }

    private void iteratorStep(Member m, IteratorTwin x) {
        String n = x.name;
        boolean grow = m.model.size() < SOFT_MAX_SIZE;
        int op =
                x.plain
                        ? d.weighted(3, 6, 2, 1)
                        : d.weighted(3, 6, 2, 1, 2, 4, 1, 1, 3, grow ? 2 : 0);
        switch (op) {
            case 0 -> both(n + ".hasNext()", true, s -> x.it.of(s).hasNext());
            case 1 -> {
                Outcomes o = both(n + ".next()", true, s -> x.it.of(s).next());
                if (!o.threw() && m.bothSidesWritten > x.bothSidesWrittenAt) {
                    cover("iterator read after its list and a fork were both written");
                }
            }
            case 2 ->
                    both(
                            n + ".remove()",
                            true,
                            s -> {
                                x.it.of(s).remove();
                                return null;
                            });
            case 3 -> {
                Plan plan = plan(4, true, true);
                Twin<Calls> cbs = callbacks(m, plan, null);
                String what = n + ".forEachRemaining(...) " + plan;
                Outcomes o =
                        both(
                                what,
                                true,
                                s -> {
                                    x.it.of(s).forEachRemaining(cbs.of(s)::see);
                                    return null;
                                });
                settle(what, m, cbs, o);
            }
            case 4 -> both(n + ".hasPrevious()", true, s -> x.of(s).hasPrevious());
            case 5 -> both(n + ".previous()", true, s -> x.of(s).previous());
            case 6 -> both(n + ".nextIndex()", true, s -> x.of(s).nextIndex());
            case 7 -> both(n + ".previousIndex()", true, s -> x.of(s).previousIndex());
            case 8 -> {
                Integer e = element();
                both(
                        n + ".set(" + e + ")",
                        true,
                        s -> {
                            x.of(s).set(e);
                            return null;
                        });
            }
            default -> {
                Integer e = element();
                both(
                        n + ".add(" + e + ")",
                        true,
                        s -> {
                            x.of(s).add(e);
                            return null;
                        });
            }
        }
    }

    private void spliteratorStep(Member m, SpliteratorTwin x) {
        String n = x.name;
        // A stale ArrayList spliterator calls the action before (tryAdvance) or instead of
        // (forEachRemaining) checking for comodification, where CowListSpliterator fails fast
        // first: so its callbacks neither throw nor write the list, which would tell the two apart.
        switch (d.weighted(5, 2, 2, 2, 1)) {
            case 0 -> {
                Plan plan = plan(1, false, false);
                Twin<Calls> cbs = callbacks(m, plan, null);
                String what = n + ".tryAdvance(...) " + plan;
                Outcomes o = both(what, true, s -> x.sp.of(s).tryAdvance(cbs.of(s)::see));
                settle(what, m, cbs, o);
            }
            case 1 -> {
                Plan plan = plan(4, false, false);
                Twin<Calls> cbs = callbacks(m, plan, null);
                String what = n + ".forEachRemaining(...) " + plan;
                Outcomes o =
                        both(
                                what,
                                true,
                                s -> {
                                    x.sp.of(s).forEachRemaining(cbs.of(s)::see);
                                    return null;
                                });
                settle(what, m, cbs, o);
                // Exhausted. ArrayList's spliterator, if it was not bound before, stays unbound
                // and would later bind to the list's new size; a CowListSpliterator binds on
                // traversal, as late-binding spliterators are specified to. Not used further.
                m.derived.remove(x);
            }
            case 2 -> {
                List<Spliterator<Integer>> prefixes =
                        new ArrayList<>(List.of(x.sp.holstein(), x.sp.model()));
                Outcomes o =
                        both(
                                n + ".trySplit()",
                                true,
                                s -> {
                                    Spliterator<Integer> prefix = x.sp.of(s).trySplit();
                                    prefixes.set(s.ordinal(), prefix);
                                    return prefix != null;
                                });
                if (!o.threw() && (Boolean) o.holstein().value()) {
                    keep(
                            m,
                            new SpliteratorTwin(
                                    n + ".trySplit()#" + nextId(),
                                    x.bothSidesWrittenAt,
                                    new Twin<>(prefixes.get(0), prefixes.get(1))));
                }
            }
            case 3 -> both(n + ".estimateSize()", true, s -> x.sp.of(s).estimateSize());
            default -> both(n + ".characteristics()", true, s -> x.sp.of(s).characteristics());
        }
    }

    // ------------------------------------------------------------------ family steps

    private void familyStep(Member m) {
        switch (d.weighted(4, 3, 2, 2, 2, 1, 2, 1)) {
            case 0 -> fork(m);
            case 1 -> forkWriteBoth(m);
            case 2 -> newMember();
            case 3 -> {
                int size = m.model.size();
                int from = d.nextInt(size + 1);
                int to = from + d.nextInt(size - from + 1);
                Member copy =
                        addMember(
                                new CowArrayList<>(m.holstein.subList(from, to)),
                                new ArrayList<>(m.model.subList(from, to)),
                                true);
                log(
                        "new "
                                + copy
                                + " = new CowArrayList<>("
                                + m
                                + ".subList("
                                + from
                                + ", "
                                + to
                                + "))");
            }
            case 4 -> {
                Member other = family.pick();
                both(
                        m + ".equals(" + other + ")",
                        false,
                        s ->
                                s == Side.HOLSTEIN
                                        ? m.holstein.equals(other.holstein)
                                        : m.model.equals(other.model));
            }
            case 5 -> reserialize(m);
            case 6 -> family.drop(m);
            default -> {
                // Every kept view compared whole with its model twin.
                for (Derived x : m.derived) {
                    if (x instanceof ViewTwin) {
                        Twin<List<Integer>> v = ((ViewTwin) x).view;
                        both(x.name + " compared whole", true, s -> new ArrayList<>(v.of(s)));
                    }
                }
            }
        }
    }

    private void fork(Member m) {
        int how = d.nextInt(3);
        CowArrayList<Integer> fork =
                switch (how) {
                    case 0 -> m.holstein.fork();
                    case 1 -> m.holstein.clone();
                    default -> new CowArrayList<>(m.holstein);
                };
        // The copy constructor shares only storage that holds something.
        if (how != 2 || !m.holstein.isEmpty()) {
            check(fork.isShared() && m.holstein.isShared(), m + ": a fork shares storage");
            check(fork.elementData == m.holstein.elementData, m + ": a fork shares the array");
        }
        m.capacityMirrored = false;
        Member f = addMember(fork, new ArrayList<>(m.model), false);
        log(
                f
                        + " = "
                        + m
                        + (how == 0
                                ? ".fork()"
                                : how == 1 ? ".clone()" : " copied by new CowArrayList<>(...)"));
        cover(how == 0 ? "fork" : how == 1 ? "clone" : "sharing copy constructor");
    }

    /**
     * y = x.fork(); x.set(...); y.set(...): the situation where a kept iterator of x must not see
     * y's write.
     */
    private void forkWriteBoth(Member x) {
        if (x.model.isEmpty()) {
            Integer e = element();
            log(x + ".add(" + e + ") before a two-sided write");
            x.holstein.add(e);
            x.model.add(e);
        }
        CowArrayList<Integer> yCow = x.holstein.fork();
        x.capacityMirrored = false;
        Member y = addMember(yCow, new ArrayList<>(x.model), false);
        int i = d.nextInt(x.model.size());
        int j = d.nextInt(y.model.size());
        Integer ex = element();
        Integer ey = element();
        log(
                y
                        + " = "
                        + x
                        + ".fork(); "
                        + x
                        + ".set("
                        + i
                        + ", "
                        + ex
                        + "); "
                        + y
                        + ".set("
                        + j
                        + ", "
                        + ey
                        + ")");
        x.holstein.set(i, ex);
        x.model.set(i, ex);
        y.holstein.set(j, ey);
        y.model.set(j, ey);
        x.bothSidesWritten++;
        cover("fork, then writes on both sides");
    }

    private void reserialize(Member m) {
        CowArrayList<Integer> cow = roundTrip(m.holstein);
        ArrayList<Integer> model = roundTrip(m.model);
        check(!cow.isShared() || cow.isEmpty(), "a deserialized list shares nothing");
        Member copy = addMember(cow, model, true);
        log("new " + copy + " = " + m + " serialized and read back");
        cover("serialization round trip");
    }
}
