package io.holstein.concurrent;

import io.holstein.list.PersistentVector;
import io.holstein.testing.Comparison;
import io.holstein.testing.Decisions;
import io.holstein.testing.Family;
import io.holstein.testing.ModelDriver;
import io.holstein.testing.Outcome;
import io.holstein.testing.Versions.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Drives {@link SnapshotVector}s, each beside an {@link ArrayList} model, through sequences of
 * operations chosen by {@link Decisions}, and checks after every step that each list equals its
 * model.
 *
 * <p>What it exercises:
 *
 * <ul>
 *   <li>every {@code List} method and {@code CopyOnWriteArrayList} extra ({@code addIfAbsent},
 *       {@code addAllAbsent}, {@code indexOf(e, from)}, {@code lastIndexOf(e, from)}), plus {@code
 *       update}, {@code compareAndSet} with a current and a stale version, {@code snapshot}, the
 *       constructors and serialization; return values and exception classes must match what {@code
 *       CopyOnWriteArrayList} documents;
 *   <li>the snapshot invariant: every version handed out by {@code snapshot()} is kept with a copy
 *       of the model at that moment and re-checked after every step, so a later write never shows
 *       in it; lists built from another's snapshot share its storage and must stay independent of
 *       it;
 *   <li>iterators and list iterators kept across writes, each beside an iterator over a copy of the
 *       model taken at the same moment: a kept iterator keeps its version, never throws {@code
 *       ConcurrentModificationException}, and rejects {@code remove}, {@code set} and {@code add};
 *   <li>live {@code subList} views (and views of views) kept across writes to the list, with the
 *       bounds documented on {@link SnapshotVector#subList}: a fixed range {@code [offset, end)}
 *       cut at the list's size, whose end only writes through the view or its own views move.
 * </ul>
 */
final class SnapshotVectorModelDriver extends ModelDriver {

    static final int MAX_MEMBERS = 3;

    static final int MAX_KEPT = 6;

    static final int SOFT_MAX_SIZE = 40;

    /** Element values: {@code VALUES} distinct integers and null. */
    static final int VALUES = 6;

    private static final List<Comparator<Integer>> ORDERS =
            List.of(
                    Comparator.nullsFirst(Comparator.<Integer>naturalOrder()),
                    Comparator.nullsLast(Comparator.<Integer>reverseOrder()),
                    Comparator.nullsFirst(Comparator.comparingInt(e -> e % 3)));

    private final Family<Member> members = new Family<>(this, MAX_MEMBERS);

    /** A list, its model, and what was taken from it. */
    private static final class Member
            extends Family.Member<List<Integer>, SnapshotVector<Integer>, List<Integer>> {

        /** Versions handed out by snapshot(), each with the model it must always equal. */
        final List<Version<PersistentVector<Integer>, List<Integer>>> snapshots = new ArrayList<>();

        final List<IteratorTwin> iterators = new ArrayList<>();
        final List<View> views = new ArrayList<>();

        Member(String name, SnapshotVector<Integer> list, List<Integer> model) {
            super(name, list, model);
        }
    }

    /** A list iterator over a SnapshotVector and one over a copy of its model at that moment. */
    private record IteratorTwin(
            ListIterator<Integer> actual,
            ListIterator<Integer> expected,
            PersistentVector<Integer> version) {}

    /** A sub-list view, its parent view (or null) and the range the documentation gives it. */
    private static final class View {
        final List<Integer> view;
        final View parent;
        final int offset;
        int end;

        View(List<Integer> view, View parent, int offset, int end) {
            this.view = view;
            this.parent = parent;
            this.offset = offset;
            this.end = end;
        }

        int lo(int n) {
            return Math.min(offset, n);
        }

        int hi(int n) {
            return Math.min(end, n);
        }
    }

    SnapshotVectorModelDriver(Decisions d) {
        super(
                d,
                // CopyOnWriteArrayList, which SnapshotVector mirrors, throws
                // ArrayIndexOutOfBoundsException where ArrayList throws IndexOutOfBoundsException.
                Comparison.between("SnapshotVector", "ArrayList")
                        .withExceptionKind(
                                e ->
                                        e instanceof IndexOutOfBoundsException
                                                ? IndexOutOfBoundsException.class
                                                : e.getClass()));
    }

    @Override
    protected void start() {
        newMember();
    }

    // ------------------------------------------------------------------ members

    private void newMember() {
        List<Integer> source = elements(d.nextInt(0, 12));
        int how = members.isEmpty() ? d.nextInt(3) : d.nextInt(5);
        SnapshotVector<Integer> list;
        List<Integer> model;
        switch (how) {
            case 0 -> {
                list = new SnapshotVector<>();
                model = new ArrayList<>();
            }
            case 1 -> {
                list = new SnapshotVector<>(source);
                model = new ArrayList<>(source);
            }
            case 2 -> {
                list = new SnapshotVector<>(PersistentVector.copyOf(source));
                model = new ArrayList<>(source);
            }
            case 3 -> {
                Member other = members.pick();
                list = new SnapshotVector<>(other.holstein.snapshot());
                model = new ArrayList<>(other.model);
                cover("list adopting another's snapshot");
            }
            default -> {
                Member other = members.pick();
                list = new SnapshotVector<>(other.holstein);
                model = new ArrayList<>(other.model);
                cover("list copying another SnapshotVector");
            }
        }
        Member m = members.add(new Member("L" + nextId(), list, model));
        log("new " + m + " = " + model + " (constructor " + how + ")");
    }

    private List<Integer> elements(int count) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(element());
        }
        return out;
    }

    private Integer element() {
        int v = d.nextInt(VALUES + 1);
        return v == VALUES ? null : v;
    }

    // ------------------------------------------------------------------ checks

    @Override
    protected void checkAll() {
        for (Member m : members) {
            m.holstein.checkInvariants();
            check(
                    m.holstein.size() == m.model.size(),
                    m + ": size " + m.holstein.size() + ", model " + m.model.size());
            for (int i = 0; i < m.model.size(); i++) {
                check(
                        Objects.equals(m.holstein.get(i), m.model.get(i)),
                        m + ": get(" + i + ") " + m.holstein + ", model " + m.model);
            }
            check(
                    Arrays.equals(m.holstein.toArray(), m.model.toArray()),
                    m + ": toArray " + m.holstein + ", model " + m.model);
            for (var k : m.snapshots) {
                check(
                        k.value().equals(k.model()),
                        m + ": a kept snapshot changed: " + k.value() + ", model " + k.model());
            }
            for (View v : m.views) {
                int n = m.model.size();
                List<Integer> expected = m.model.subList(v.lo(n), v.hi(n));
                check(
                        v.view.size() == expected.size(),
                        m + ": view size " + v.view.size() + ", model " + expected);
                check(
                        Arrays.equals(v.view.toArray(), expected.toArray()),
                        m + ": view " + v.view + ", model " + expected);
            }
        }
    }

    /**
     * Runs both sides and compares them: equal results, or exceptions of the same kind ({@code
     * IndexOutOfBoundsException} subclasses count as one).
     *
     * @return whether both threw
     */
    private boolean same(String what, Outcome.Action actual, Outcome.Action expected) {
        return compare(what, actual, expected).threw();
    }

    private static <T> T fail(RuntimeException e) {
        throw e;
    }

    // ------------------------------------------------------------------ steps

    @Override
    protected void step() {
        Member m = members.pick();
        List<Integer> model = m.model;
        SnapshotVector<Integer> list = m.holstein;
        int n = model.size();
        boolean grow = n < SOFT_MAX_SIZE;
        int op =
                d.weighted(
                        grow ? 4 : 0,
                        3,
                        4,
                        3,
                        2,
                        2,
                        2,
                        2,
                        2,
                        2,
                        grow ? 2 : 0,
                        grow ? 2 : 0,
                        2,
                        2,
                        2,
                        2,
                        2,
                        1,
                        3,
                        3,
                        4,
                        6,
                        3,
                        6,
                        1,
                        1);
        int i = d.nextInt(-1, n + 1);
        Integer e = element();
        log(m + " op " + op + " index " + i + " element " + e + " on " + model);
        switch (op) {
            case 0 -> same("add", () -> list.add(e), () -> model.add(e));
            case 1 ->
                    same(
                            "add(i)",
                            () -> run(() -> list.add(i, e)),
                            () -> run(() -> model.add(i, e)));
            case 2 -> same("set", () -> list.set(i, e), () -> model.set(i, e));
            case 3 -> same("remove(i)", () -> list.remove(i), () -> model.remove(i));
            case 4 ->
                    same(
                            "remove(o)",
                            () -> list.remove((Object) e),
                            () -> model.remove((Object) e));
            case 5 -> {
                List<Integer> c = elements(d.nextInt(0, 3));
                same("removeAll", () -> list.removeAll(c), () -> model.removeAll(c));
            }
            case 6 -> {
                List<Integer> c = elements(d.nextInt(0, 4));
                same("retainAll", () -> list.retainAll(c), () -> model.retainAll(c));
            }
            case 7 -> {
                Predicate<Integer> p = x -> Objects.equals(x, e);
                same("removeIf", () -> list.removeIf(p), () -> model.removeIf(p));
            }
            case 8 -> {
                if (n > 0 && d.oneIn(4)) {
                    // An operator that throws part way leaves the list unchanged (ArrayList's would
                    // be left partly replaced, so the model is not run).
                    int[] calls = {0};
                    same(
                            "replaceAll throwing",
                            () ->
                                    run(
                                            () ->
                                                    list.replaceAll(
                                                            x -> {
                                                                if (++calls[0] == n) {
                                                                    throw new IllegalStateException(
                                                                            "operator failed");
                                                                }
                                                                return e;
                                                            })),
                            () -> fail(new IllegalStateException()));
                    cover("callback threw, list unchanged");
                } else {
                    UnaryOperator<Integer> f =
                            x -> x == null ? e : Integer.valueOf((x + 1) % VALUES);
                    same(
                            "replaceAll",
                            () -> run(() -> list.replaceAll(f)),
                            () -> run(() -> model.replaceAll(f)));
                }
            }
            case 9 -> {
                Comparator<Integer> c = d.pick(ORDERS);
                same("sort", () -> run(() -> list.sort(c)), () -> run(() -> model.sort(c)));
            }
            case 10 -> {
                List<Integer> c = elements(d.nextInt(0, 5));
                same("addAll", () -> list.addAll(c), () -> model.addAll(c));
            }
            case 11 -> {
                List<Integer> c = elements(d.nextInt(0, 5));
                Member source = members.pick();
                List<Integer> given = d.nextBoolean() ? c : source.holstein;
                List<Integer> expectedGiven = given == c ? c : new ArrayList<>(source.model);
                cover(given == c ? "addAll(i) of an ArrayList" : "addAll(i) of a SnapshotVector");
                same(
                        "addAll(i)",
                        () -> list.addAll(i, given),
                        () -> model.addAll(i, expectedGiven));
            }
            case 12 ->
                    same(
                            "addIfAbsent",
                            () -> list.addIfAbsent(e),
                            () -> !model.contains(e) && model.add(e));
            case 13 -> {
                List<Integer> c = elements(d.nextInt(0, 5));
                same(
                        "addAllAbsent",
                        () -> list.addAllAbsent(c),
                        () -> {
                            int added = 0;
                            for (Integer x : new LinkedHashSet<>(c)) {
                                if (!model.contains(x)) {
                                    model.add(x);
                                    added++;
                                }
                            }
                            return added;
                        });
            }
            case 14 ->
                    same(
                            "indexOf(e, from)",
                            () -> list.indexOf(e, i),
                            () -> {
                                if (i < 0) {
                                    return fail(new IndexOutOfBoundsException());
                                }
                                for (int k = i; k < n; k++) {
                                    if (Objects.equals(model.get(k), e)) {
                                        return k;
                                    }
                                }
                                return -1;
                            });
            case 15 ->
                    same(
                            "lastIndexOf(e, from)",
                            () -> list.lastIndexOf(e, i),
                            () -> {
                                if (i >= n) {
                                    return fail(new IndexOutOfBoundsException());
                                }
                                for (int k = i; k >= 0; k--) {
                                    if (Objects.equals(model.get(k), e)) {
                                        return k;
                                    }
                                }
                                return -1;
                            });
            case 16 -> {
                same(
                        "reads",
                        () ->
                                List.of(
                                        list.indexOf(e),
                                        list.lastIndexOf(e),
                                        list.contains(e),
                                        list.hashCode(),
                                        list.toString(),
                                        list.equals(model),
                                        model.equals(list)),
                        () ->
                                List.of(
                                        model.indexOf(e),
                                        model.lastIndexOf(e),
                                        model.contains(e),
                                        model.hashCode(),
                                        model.toString(),
                                        true,
                                        true));
                same(
                        "containsAll",
                        () -> list.containsAll(List.of(0, 1)),
                        () -> model.containsAll(List.of(0, 1)));
                same(
                        "stream",
                        () -> list.stream().filter(Objects::nonNull).count(),
                        () -> model.stream().filter(Objects::nonNull).count());
            }
            case 17 -> same("clear", () -> run(list::clear), () -> run(model::clear));
            case 18 -> {
                PersistentVector<Integer> before = list.snapshot();
                List<Integer> modelBefore = new ArrayList<>(model);
                if (d.nextBoolean()) {
                    PersistentVector<Integer> next = before.append(e);
                    check(
                            list.compareAndSet(before, next),
                            m + ": compareAndSet of the current version failed");
                    model.add(e);
                    check(
                            !list.compareAndSet(before, before),
                            m + ": compareAndSet of a stale version succeeded");
                    cover("compareAndSet");
                } else {
                    int[] calls = {0};
                    PersistentVector<Integer> installed =
                            list.update(
                                    v -> {
                                        calls[0]++;
                                        return n == 0 ? v.append(e) : v.removeAt(0).append(e);
                                    });
                    check(
                            calls[0] == 1,
                            "uncontended update ran its operator " + calls[0] + " times");
                    if (n > 0) {
                        model.remove(0);
                    }
                    model.add(e);
                    check(installed == list.snapshot(), "update returns the version it installed");
                    cover("update");
                }
                keep(m.snapshots, MAX_KEPT, new Version<>("snapshot", before, modelBefore));
            }
            case 19 -> {
                keep(
                        m.snapshots,
                        MAX_KEPT,
                        new Version<>("snapshot", list.snapshot(), new ArrayList<>(model)));
                cover("snapshot kept");
            }
            case 20 -> {
                int at = Math.max(0, Math.min(i, n));
                boolean whole = d.nextBoolean();
                ListIterator<Integer> actual =
                        whole ? list.listIterator(at) : (ListIterator<Integer>) list.iterator();
                ListIterator<Integer> expected =
                        new ArrayList<>(model).listIterator(whole ? at : 0);
                keep(m.iterators, MAX_KEPT, new IteratorTwin(actual, expected, list.snapshot()));
                cover("iterator kept");
            }
            case 21 -> stepIterator(m);
            case 22 -> {
                if (d.nextBoolean() || m.views.isEmpty()) {
                    int from = d.nextInt(-1, n + 1);
                    int to = d.nextInt(-1, n + 1);
                    Object[] made = new Object[1];
                    same(
                            "subList",
                            () -> {
                                made[0] = list.subList(from, to);
                                return null;
                            },
                            () ->
                                    from < 0 || to > n || from > to
                                            ? fail(new IndexOutOfBoundsException())
                                            : null);
                    if (made[0] != null) {
                        @SuppressWarnings("unchecked")
                        List<Integer> view = (List<Integer>) made[0];
                        keep(m.views, MAX_KEPT, new View(view, null, from, to));
                    }
                } else {
                    View outer = d.pick(m.views);
                    int size = outer.hi(n) - outer.lo(n);
                    // Whole-range children are common so that after a sibling's write one often
                    // reaches past its parent's end, where a bulk write straddles that end.
                    boolean whole = d.nextBoolean();
                    int from = whole ? 0 : d.nextInt(-1, size + 1);
                    int to = whole ? size : d.nextInt(-1, size + 1);
                    Object[] made = new Object[1];
                    same(
                            "subList of a view",
                            () -> {
                                made[0] = outer.view.subList(from, to);
                                return null;
                            },
                            () ->
                                    outer.offset > n || from < 0 || to > size || from > to
                                            ? fail(new IndexOutOfBoundsException())
                                            : null);
                    if (outer.offset > n) {
                        cover("view of a view starting past the list's end");
                    }
                    if (made[0] != null) {
                        @SuppressWarnings("unchecked")
                        List<Integer> view = (List<Integer>) made[0];
                        keep(
                                m.views,
                                MAX_KEPT,
                                new View(view, outer, outer.offset + from, outer.offset + to));
                        cover("view of a view");
                    }
                }
            }
            case 23 -> {
                if (!m.views.isEmpty()) {
                    stepView(m, d.pick(m.views));
                }
            }
            case 24 -> newMember();
            default -> {
                SnapshotVector<Integer> back = roundTrip(list);
                check(back.equals(model) && back != list, "serialization round trip");
                cover("serialization round trip");
                same(
                        "spliterator characteristics",
                        () -> list.spliterator().characteristics(),
                        () ->
                                Spliterator.IMMUTABLE
                                        | Spliterator.ORDERED
                                        | Spliterator.SIZED
                                        | Spliterator.SUBSIZED);
            }
        }
    }

    private static Object run(Runnable r) {
        r.run();
        return null;
    }

    private void stepIterator(Member m) {
        if (m.iterators.isEmpty()) {
            return;
        }
        IteratorTwin it = d.pick(m.iterators);
        if (!m.holstein.snapshot().equals(it.version)) {
            cover("iterator used after its list changed");
        }
        switch (d.nextInt(6)) {
            case 0 ->
                    same(
                            "it.hasNext/next",
                            () -> it.actual.hasNext() ? (Object) it.actual.next() : "end",
                            () -> it.expected.hasNext() ? (Object) it.expected.next() : "end");
            case 1 -> same("it.next", it.actual::next, it.expected::next);
            case 2 -> same("it.previous", it.actual::previous, it.expected::previous);
            case 3 ->
                    same(
                            "it.indices",
                            () ->
                                    List.of(
                                            it.actual.nextIndex(),
                                            it.actual.previousIndex(),
                                            it.actual.hasPrevious()),
                            () ->
                                    List.of(
                                            it.expected.nextIndex(),
                                            it.expected.previousIndex(),
                                            it.expected.hasPrevious()));
            case 4 -> {
                List<Integer> a = new ArrayList<>();
                List<Integer> e = new ArrayList<>();
                it.actual.forEachRemaining(a::add);
                it.expected.forEachRemaining(e::add);
                check(a.equals(e), "forEachRemaining " + a + ", model " + e);
            }
            default -> {
                Integer x = element();
                same(
                        "it.remove",
                        () -> run(it.actual::remove),
                        () -> fail(new UnsupportedOperationException()));
                same(
                        "it.set",
                        () -> run(() -> it.actual.set(x)),
                        () -> fail(new UnsupportedOperationException()));
                same(
                        "it.add",
                        () -> run(() -> it.actual.add(x)),
                        () -> fail(new UnsupportedOperationException()));
            }
        }
    }

    /** One operation through a view, applied to the model's range by the documented rules. */
    private void stepView(Member m, View v) {
        List<Integer> model = m.model;
        int n = model.size();
        int lo = v.lo(n);
        int hi = v.hi(n);
        int size = hi - lo;
        List<Integer> range = model.subList(lo, hi);
        int i = d.nextInt(-1, size + 1);
        Integer e = element();
        boolean placeable = v.offset <= n;
        if (v.end > n) {
            cover("view cut at the list's size");
        }
        if (!placeable) {
            cover("view starting past the list's end");
        }
        int op = d.weighted(2, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 3, 1);
        log("  view [" + v.offset + ", " + v.end + ") op " + op + " index " + i + " element " + e);
        // The change a completed write makes, as SnapshotVector.subList documents it: list
        // indices [from, to) become length elements; for removeIf, gone marks what went.
        int from = lo;
        int to = lo;
        int length = 0;
        boolean[] gone = null;
        switch (op) {
            case 1, 4 -> {
                from = lo + i;
                to = from + 1;
                length = op == 1 ? 1 : 0;
            }
            case 2 -> {
                from = hi;
                to = hi;
                length = 1;
            }
            case 3 -> {
                from = lo + i;
                to = from;
                length = 1;
            }
            case 5 -> {
                int j = range.indexOf(e);
                if (j >= 0) {
                    from = lo + j;
                    to = from + 1;
                }
            }
            case 6, 8, 9 -> {
                to = hi;
                length = op == 6 ? 0 : size;
            }
            case 7 -> {
                to = hi;
                gone = new boolean[size];
                for (int k = 0; k < size; k++) {
                    gone[k] = range.get(k) == null || range.get(k) % 2 == 0;
                    length += gone[k] ? 0 : 1;
                }
            }
            default -> {}
        }
        List<Integer> added = op == 10 ? elements(d.nextInt(0, 3)) : List.of();
        if (op == 10) {
            from = lo + i;
            to = from;
            length = added.size();
        }
        boolean threw;
        switch (op) {
            case 0 -> threw = same("view.get", () -> v.view.get(i), () -> range.get(i));
            case 1 -> threw = same("view.set", () -> v.view.set(i, e), () -> range.set(i, e));
            case 2 ->
                    threw =
                            same(
                                    "view.add",
                                    () -> v.view.add(e),
                                    () ->
                                            placeable
                                                    ? range.add(e)
                                                    : fail(new IndexOutOfBoundsException()));
            case 3 ->
                    threw =
                            same(
                                    "view.add(i)",
                                    () -> run(() -> v.view.add(i, e)),
                                    () ->
                                            placeable
                                                    ? run(() -> range.add(i, e))
                                                    : fail(new IndexOutOfBoundsException()));
            case 4 -> threw = same("view.remove(i)", () -> v.view.remove(i), () -> range.remove(i));
            case 5 ->
                    threw =
                            same(
                                    "view.remove(o)",
                                    () -> v.view.remove((Object) e),
                                    () -> range.remove((Object) e));
            case 6 -> threw = same("view.clear", () -> run(v.view::clear), () -> run(range::clear));
            case 7 -> {
                Predicate<Integer> p = x -> x == null || x % 2 == 0;
                threw = same("view.removeIf", () -> v.view.removeIf(p), () -> range.removeIf(p));
            }
            case 8 -> {
                UnaryOperator<Integer> f = x -> x == null ? e : Integer.valueOf((x + 2) % VALUES);
                threw =
                        same(
                                "view.replaceAll",
                                () -> run(() -> v.view.replaceAll(f)),
                                () -> run(() -> range.replaceAll(f)));
            }
            case 9 -> {
                Comparator<Integer> c = d.pick(ORDERS);
                threw =
                        same(
                                "view.sort",
                                () -> run(() -> v.view.sort(c)),
                                () -> run(() -> range.sort(c)));
            }
            case 10 -> {
                List<Integer> c = added;
                threw =
                        same(
                                "view.addAll(i)",
                                () -> v.view.addAll(i, c),
                                () ->
                                        placeable
                                                ? range.addAll(i, c)
                                                : fail(new IndexOutOfBoundsException()));
            }
            case 11 ->
                    threw =
                            same(
                                    "view reads",
                                    () ->
                                            List.of(
                                                    v.view.size(),
                                                    v.view.indexOf(e),
                                                    v.view.lastIndexOf(e),
                                                    v.view.contains(e),
                                                    v.view.hashCode(),
                                                    v.view.toString(),
                                                    v.view.equals(range),
                                                    v.view.isEmpty()),
                                    () ->
                                            List.of(
                                                    range.size(),
                                                    range.indexOf(e),
                                                    range.lastIndexOf(e),
                                                    range.contains(e),
                                                    range.hashCode(),
                                                    range.toString(),
                                                    true,
                                                    range.isEmpty()));
            default -> {
                ListIterator<Integer> it = v.view.listIterator();
                PersistentVector<Integer> before = m.holstein.snapshot();
                m.holstein.add(e);
                List<Integer> walked = new ArrayList<>();
                it.forEachRemaining(walked::add);
                model.add(e);
                check(
                        walked.equals(before.subList(lo, hi)),
                        "a view's iterator saw a later write: " + walked);
                cover("view iterator kept its version");
                return;
            }
        }
        // A write that completes, even one that changes nothing, moves the end of the view and
        // of the views it came from, cut at the size before the write, by the part of the change
        // inside their range, never below their offset.
        boolean write = op != 0 && op != 11;
        if (write && !threw) {
            int delta = model.size() - n;
            for (View w = v; w != null; w = w.parent) {
                int e0 = w.hi(n);
                int moved;
                if (e0 < from) {
                    moved = e0;
                } else if (e0 >= to) {
                    moved = e0 + length - (to - from);
                } else {
                    cover("write straddling an outer view's end");
                    if (gone != null) {
                        moved = e0;
                        for (int k = from; k < e0; k++) {
                            moved -= gone[k - from] ? 1 : 0;
                        }
                    } else {
                        moved = from + Math.min(e0 - from, length);
                    }
                }
                if (w != v && moved - e0 != delta) {
                    cover("outer view's end moved by less than the list's size");
                }
                w.end = Math.max(w.offset, moved);
            }
            cover(delta != 0 ? "write through a view" : "write through a view, same size");
        }
    }
}
