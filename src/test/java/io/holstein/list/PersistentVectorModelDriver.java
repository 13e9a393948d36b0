package io.holstein.list;

import io.holstein.testing.Decisions;
import io.holstein.testing.StepLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Drives {@link PersistentVector}s and their builders through sequences of operations chosen by
 * {@link Decisions}, each version beside an {@link ArrayList} model. Every version produced is kept
 * with its model and checked after each step and again, all of them, at the end: a version never
 * changes, whatever is derived from it later. Builders are kept across steps and used after {@code
 * build()}. {@link PersistentVector#checkInvariants()} (size tables, RRB slack, height bound) runs
 * on every new version.
 *
 * <p>The trie's branching factor is a parameter: 4-way tries are deep at the sizes a run reaches.
 */
final class PersistentVectorModelDriver {

    private final Decisions d;
    private final VectorShape shape;
    private final StepLog steps;
    private final List<Version> versions = new ArrayList<>();
    private final List<Building> builders = new ArrayList<>();

    /** The next element value, so that every element written is distinguishable. */
    private int next;

    private PersistentVectorModelDriver(
            Decisions d, VectorShape shape, Map<String, Integer> coverage) {
        this.d = d;
        this.shape = shape;
        this.steps = new StepLog(coverage);
    }

    /** A version and what it must hold. */
    private record Version(PersistentVector<Integer> vector, List<Integer> model) {}

    /** A builder and its model. */
    private record Building(PersistentVector.Builder<Integer> builder, List<Integer> model) {}

    static void run(Decisions d, int maxSteps, VectorShape shape, Map<String, Integer> coverage) {
        PersistentVectorModelDriver driver = new PersistentVectorModelDriver(d, shape, coverage);
        driver.steps.run(
                d,
                maxSteps,
                () -> driver.keep(PersistentVector.empty(shape), new ArrayList<>()),
                driver::step,
                driver::checkAll);
    }

    /** One operation on a random kept version (or builder); a new version is checked and kept. */
    private void step() {
        Version v = versions.get(d.nextInt(versions.size()));
        PersistentVector<Integer> x = v.vector;
        List<Integer> m = new ArrayList<>(v.model);
        int n = m.size();
        int op = d.weighted(6, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 3, 1, 2, 2);
        String name;
        PersistentVector<Integer> y;
        switch (op) {
            case 0:
                {
                    name = "append run";
                    int count = d.nextInt(1, d.oneIn(4) ? 300 : 40);
                    y = x;
                    for (int i = 0; i < count; i++) {
                        Integer e = element(d, next++);
                        y = y.append(e);
                        m.add(e);
                    }
                    break;
                }
            case 1:
                {
                    name = "prepend run";
                    int count = d.nextInt(1, 70);
                    y = x;
                    for (int i = 0; i < count; i++) {
                        Integer e = element(d, next++);
                        y = y.prepend(e);
                        m.add(0, e);
                    }
                    break;
                }
            case 2:
                {
                    name = "with";
                    if (n == 0) {
                        expectThrows(IndexOutOfBoundsException.class, () -> x.with(0, 1));
                        return;
                    }
                    int i = d.nextInt(n);
                    Integer e = next++;
                    y = x.with(i, e);
                    m.set(i, e);
                    if (x.with(i, x.get(i)) != x) {
                        throw new AssertionError("with of the same element did not return this");
                    }
                    break;
                }
            case 3:
                {
                    name = "insert";
                    int i = d.nextInt(n + 1);
                    Integer e = next++;
                    y = x.insert(i, e);
                    m.add(i, e);
                    break;
                }
            case 4:
                {
                    name = "removeAt";
                    if (n == 0) {
                        expectThrows(IndexOutOfBoundsException.class, () -> x.removeAt(0));
                        return;
                    }
                    int i = d.nextInt(n);
                    y = x.removeAt(i);
                    m.remove(i);
                    break;
                }
            case 5:
                {
                    name = "concat";
                    Version other = versions.get(d.nextInt(versions.size()));
                    if (d.nextBoolean()) {
                        y = x.concat(other.vector);
                        m.addAll(other.model);
                    } else {
                        y = other.vector.concat(x);
                        m.addAll(0, other.model);
                    }
                    break;
                }
            case 6:
                {
                    name = "slice";
                    int from = d.nextInt(n + 1);
                    int to = d.nextInt(from, n);
                    y = x.slice(from, to);
                    m = new ArrayList<>(m.subList(from, to));
                    break;
                }
            case 7:
                {
                    name = "take/drop";
                    int k = d.nextInt(n + 1);
                    if (d.nextBoolean()) {
                        y = x.take(k);
                        m = new ArrayList<>(m.subList(0, k));
                    } else {
                        y = x.drop(k);
                        m = new ArrayList<>(m.subList(k, n));
                    }
                    break;
                }
            case 8:
                {
                    name = "subList";
                    int from = d.nextInt(n + 1);
                    int to = d.nextInt(from, n);
                    y = x.subList(from, to);
                    m = new ArrayList<>(m.subList(from, to));
                    break;
                }
            case 9:
                {
                    name = "appendAll of a list";
                    List<Integer> more = new ArrayList<>();
                    int count = d.nextInt(0, 80);
                    for (int i = 0; i < count; i++) {
                        more.add(element(d, next++));
                    }
                    y = x.appendAll(more);
                    m.addAll(more);
                    break;
                }
            case 10:
                {
                    name = "toBuilder";
                    builders.add(new Building(x.toBuilder(), m));
                    return;
                }
            case 11:
                {
                    if (builders.isEmpty()) {
                        return;
                    }
                    Building b = builders.get(d.nextInt(builders.size()));
                    name = "builder step";
                    y = builderStep(d, b, next, steps);
                    next += 100;
                    if (y == null) {
                        return;
                    }
                    m = new ArrayList<>(b.model);
                    break;
                }
            case 12:
                {
                    name = "serialization round trip";
                    y = roundTrip(x);
                    break;
                }
            case 13:
                {
                    name = "invalid indices";
                    expectThrows(IndexOutOfBoundsException.class, () -> x.get(n));
                    expectThrows(IndexOutOfBoundsException.class, () -> x.get(-1));
                    expectThrows(IndexOutOfBoundsException.class, () -> x.insert(n + 1, 0));
                    expectThrows(IndexOutOfBoundsException.class, () -> x.slice(0, n + 1));
                    expectThrows(IllegalArgumentException.class, () -> x.subList(1, 0));
                    return;
                }
            default:
                {
                    name = "equals another version";
                    Version other = versions.get(d.nextInt(versions.size()));
                    boolean same = other.model.equals(v.model);
                    if (x.equals(other.vector) != same || other.vector.equals(x) != same) {
                        throw new AssertionError("equals disagrees with the models");
                    }
                    if (same && x.hashCode() != other.vector.hashCode()) {
                        throw new AssertionError("equal vectors with different hash codes");
                    }
                    return;
                }
        }
        steps.log(name + " -> size " + y.size());
        steps.cover(name);
        if (y.size() > 0 && !isStrictEverywhere(y)) {
            steps.cover("relaxed trie");
        }
        if (y.trie().height >= (shape.width == 4 ? 4 : 2)) {
            steps.cover("deep trie");
        }
        check(y, m);
        keep(y, m);
    }

    /** Every version and builder, again: none may have changed since it was checked. */
    private void checkAll() {
        for (Version v : versions) {
            check(v.vector, v.model);
        }
        for (Building b : builders) {
            checkBuilder(b);
        }
    }

    private static Integer element(Decisions d, int next) {
        return d.oneIn(20) ? null : next;
    }

    private void keep(PersistentVector<Integer> vector, List<Integer> model) {
        versions.add(new Version(vector, model));
    }

    private static PersistentVector<Integer> builderStep(
            Decisions d, Building b, int next, StepLog steps) {
        PersistentVector.Builder<Integer> builder = b.builder;
        List<Integer> m = b.model;
        int count = d.nextInt(1, 60);
        for (int i = 0; i < count; i++) {
            switch (d.weighted(8, 2, 2, 1)) {
                case 0:
                    {
                        Integer e = element(d, next + i);
                        builder.add(e);
                        m.add(e);
                        break;
                    }
                case 1:
                    {
                        if (m.isEmpty()) {
                            break;
                        }
                        int index = d.nextInt(m.size());
                        Integer e = next + i;
                        Integer old = builder.set(index, e);
                        if (!Objects.equals(old, m.set(index, e))) {
                            throw new AssertionError("builder set returned " + old);
                        }
                        steps.cover("builder set");
                        break;
                    }
                case 2:
                    {
                        if (m.isEmpty()) {
                            expectThrows(
                                    java.util.NoSuchElementException.class, builder::removeLast);
                            break;
                        }
                        Integer removed = builder.removeLast();
                        if (!Objects.equals(removed, m.remove(m.size() - 1))) {
                            throw new AssertionError("builder removeLast returned " + removed);
                        }
                        steps.cover("builder removeLast");
                        break;
                    }
                default:
                    {
                        builder.addAll(Arrays.asList(next + i, null));
                        m.add(next + i);
                        m.add(null);
                        break;
                    }
            }
        }
        checkBuilder(b);
        if (d.nextBoolean()) {
            steps.cover("build");
            return builder.build();
        }
        return null;
    }

    private static void checkBuilder(Building b) {
        if (b.builder.size() != b.model.size()) {
            throw new AssertionError(
                    "builder size " + b.builder.size() + ", model " + b.model.size());
        }
        for (int i = 0; i < b.model.size(); i++) {
            if (!Objects.equals(b.builder.get(i), b.model.get(i))) {
                throw new AssertionError("builder element " + i);
            }
        }
    }

    private static boolean isStrictEverywhere(PersistentVector<Integer> v) {
        return v.isStrict();
    }

    /** Checks every read against the model. */
    static void check(PersistentVector<Integer> v, List<Integer> model) {
        v.checkInvariants();
        int n = model.size();
        if (v.size() != n || v.isEmpty() != (n == 0)) {
            throw new AssertionError("size " + v.size() + ", model " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!Objects.equals(v.get(i), model.get(i))) {
                throw new AssertionError(
                        "element " + i + ": " + v.get(i) + ", model " + model.get(i));
            }
        }
        List<Integer> iterated = new ArrayList<>(n);
        Iterator<Integer> it = v.iterator();
        while (it.hasNext()) {
            iterated.add(it.next());
        }
        require(iterated.equals(model), "iterator order");
        List<Integer> viaForEach = new ArrayList<>(n);
        v.forEach(viaForEach::add);
        require(viaForEach.equals(model), "forEach order");
        require(Arrays.asList(v.toArray()).equals(model), "toArray");
        require(v.equals(model) && model.equals(v), "equals with the model");
        require(v.hashCode() == model.hashCode(), "hashCode");
        require(v.toString().equals(model.toString()), "toString");
        require(v.stream().collect(Collectors.toList()).equals(model), "stream");
        require(v.parallelStream().collect(Collectors.toList()).equals(model), "parallel stream");
        checkSplits(v.spliterator(), model, 0, n);
    }

    /** Splits recursively; each part must cover exactly its range, in order. */
    private static void checkSplits(Spliterator<Integer> s, List<Integer> model, int from, int to) {
        require(s.estimateSize() == to - from, "spliterator estimate");
        require(
                s.hasCharacteristics(
                        Spliterator.SIZED
                                | Spliterator.SUBSIZED
                                | Spliterator.ORDERED
                                | Spliterator.IMMUTABLE),
                "spliterator characteristics");
        Spliterator<Integer> prefix = s.trySplit();
        if (prefix != null && to - from > 1) {
            int mid = to - (int) s.estimateSize();
            require(
                    mid > from && mid < to,
                    "split point " + mid + " outside (" + from + ", " + to + ")");
            checkSplits(prefix, model, from, mid);
            checkSplits(s, model, mid, to);
            return;
        }
        List<Integer> out = new ArrayList<>();
        if (to > from) {
            s.tryAdvance(out::add);
        }
        s.forEachRemaining(out::add);
        require(out.equals(model.subList(from, to)), "spliterator elements");
    }

    // ------------------------------------------------------------------ near Integer.MAX_VALUE

    /** Sizes up to which {@link #runNearTheLimit} checks every element; larger ones are sampled. */
    private static final int FULLY_CHECKED = 1 << 12;

    /** How many elements at each end of a large version the iterators and spliterators read. */
    private static final int END_RUN = 70;

    /**
     * A model for versions of up to {@link Integer#MAX_VALUE} elements, which no {@code ArrayList}
     * holds: the size and a function from index to element, composed as the versions are, so that a
     * lookup costs one call per step that led to the version.
     */
    private record Elements(int size, IntFunction<Integer> at) {

        static Elements of(List<Integer> list) {
            List<Integer> copy = new ArrayList<>(list);
            return new Elements(copy.size(), copy::get);
        }

        Integer get(int i) {
            return at.apply(i);
        }

        Elements concat(Elements other) {
            int n = size;
            return new Elements(n + other.size, i -> i < n ? at.apply(i) : other.at.apply(i - n));
        }

        Elements slice(int from, int to) {
            return new Elements(to - from, i -> at.apply(from + i));
        }

        Elements insert(int k, Integer e) {
            return new Elements(size + 1, i -> i < k ? at.apply(i) : i == k ? e : at.apply(i - 1));
        }

        Elements with(int k, Integer e) {
            return new Elements(size, i -> i == k ? e : at.apply(i));
        }

        Elements removeAt(int k) {
            return new Elements(size - 1, i -> at.apply(i < k ? i : i + 1));
        }

        List<Integer> toList() {
            List<Integer> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(at.apply(i));
            }
            return list;
        }
    }

    /** A version of a run near the limit and its model. */
    private record Large(PersistentVector<Integer> vector, Elements model) {}

    /**
     * Drives vectors toward {@link Integer#MAX_VALUE} elements: shared self-concatenation doubles a
     * version in O(log² n), so a few dozen steps from a few thousand elements reach the limit, and
     * cuts, edge edits, builders and bulk appends then work at the top of the range. Every growth
     * past the limit must throw {@link IllegalStateException} and leave the version (or builder) as
     * it was. Versions above {@link #FULLY_CHECKED} elements are checked at sampled positions, at
     * their seams and ends, and through iterators and spliterators at their last elements; all are
     * checked again at the end.
     */
    static void runNearTheLimit(Decisions d, int maxSteps, Map<String, Integer> coverage) {
        StepLog steps = new StepLog(coverage);
        List<Large> versions = new ArrayList<>();
        int[] next = {0};
        steps.run(
                d,
                maxSteps,
                () -> {
                    int n = d.nextInt(1, 5000);
                    PersistentVector.Builder<Integer> b = PersistentVector.builder();
                    List<Integer> m = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        Integer e = element(d, next[0]++);
                        b.add(e);
                        m.add(e);
                    }
                    Large start = new Large(b.build(), Elements.of(m));
                    checkLarge(d, start, steps);
                    versions.add(start);
                },
                () -> {
                    // Mostly the largest version, so that the run climbs to the limit.
                    Large v = d.oneIn(4) ? d.pick(versions) : largest(versions);
                    Large y = largeStep(d, v, versions, next, steps);
                    if (y != null) {
                        steps.log("-> size " + y.vector.size());

                        checkLarge(d, y, steps);
                        versions.add(y);
                    }
                },
                () -> {
                    for (Large v : versions) {
                        checkLarge(d, v, steps);
                    }
                });
    }

    private static Large largest(List<Large> versions) {
        Large max = versions.get(0);
        for (Large v : versions) {
            if (v.model.size > max.model.size) {
                max = v;
            }
        }
        return max;
    }

    /** One operation on {@code v}; returns the new version, or null if none was made. */
    private static Large largeStep(
            Decisions d, Large v, List<Large> versions, int[] next, StepLog steps) {
        PersistentVector<Integer> x = v.vector;
        Elements m = v.model;
        int n = m.size;
        int room = Integer.MAX_VALUE - n;
        switch (d.weighted(8, 3, 3, 2, 2, 2, 2, 2)) {
            case 0:
                {
                    steps.log("concat with itself, size " + n);
                    if (n > room) {
                        expectRefused(x, () -> x.concat(x), steps);
                        return null;
                    }
                    return new Large(x.concat(x), m.concat(m));
                }
            case 1:
                {
                    Large o = d.pick(versions);
                    boolean after = d.nextBoolean();
                    steps.log("concat with size " + o.model.size + (after ? " after" : " before"));
                    if (o.model.size > room) {
                        PersistentVector<Integer> first = after ? x : o.vector;
                        PersistentVector<Integer> second = after ? o.vector : x;
                        expectRefused(x, () -> first.concat(second), steps);
                        return null;
                    }
                    return after
                            ? new Large(x.concat(o.vector), m.concat(o.model))
                            : new Large(o.vector.concat(x), o.model.concat(m));
                }
            case 2:
                {
                    // Fill up to the limit, or to a little below it, with a prefix of itself,
                    // the last few elements by appends: then the tail array has spare slots
                    // that may reach past Integer.MAX_VALUE.
                    int gap = d.oneIn(3) ? 0 : d.nextInt(1, 64);
                    int k = Math.min(n, Math.max(0, room - gap));
                    int appended = d.nextBoolean() ? Math.min(k, d.nextInt(1, 8)) : 0;
                    steps.log(
                            "concat with its first "
                                    + (k - appended)
                                    + ", "
                                    + appended
                                    + " appends");
                    PersistentVector<Integer> y = x.concat(x.take(k - appended));
                    Elements my = m.concat(m.slice(0, k - appended));
                    for (int i = 0; i < appended; i++) {
                        Integer e = element(d, next[0]++);
                        y = y.append(e);
                        my = my.insert(my.size, e);
                    }
                    return new Large(y, my);
                }
            case 3:
                {
                    // Mostly near the ends, so that large versions stay large.
                    int from = boundary(d, n);
                    int to = n - boundary(d, n - from);
                    steps.log("slice " + from + ", " + to);
                    return new Large(x.slice(from, to), m.slice(from, to));
                }
            case 4:
                {
                    Integer e = element(d, next[0]++);
                    int i = boundary(d, n);
                    boolean edge = d.nextBoolean();
                    steps.log((edge ? "append/prepend " : "insert at ") + i);
                    if (room == 0) {
                        expectRefused(x, () -> x.append(e), steps);
                        expectRefused(x, () -> x.prepend(e), steps);
                        expectRefused(x, () -> x.insert(i, e), steps);
                        return null;
                    }
                    if (edge) {
                        return d.nextBoolean()
                                ? new Large(x.append(e), m.insert(n, e))
                                : new Large(x.prepend(e), m.insert(0, e));
                    }
                    return new Large(x.insert(i, e), m.insert(i, e));
                }
            case 5:
                {
                    if (n == 0) {
                        return null;
                    }
                    int i = position(d, n);
                    boolean remove = d.nextBoolean();
                    steps.log((remove ? "removeAt " : "with at ") + i);
                    if (remove) {
                        return new Large(x.removeAt(i), m.removeAt(i));
                    }
                    Integer e = next[0]++;
                    return new Large(x.with(i, e), m.with(i, e));
                }
            case 6:
                {
                    int count = d.nextInt(1, 40);
                    List<Integer> more = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        more.add(element(d, next[0]++));
                    }
                    boolean sized = d.nextBoolean();
                    steps.log("appendAll of " + count + (sized ? " in a list" : " unsized"));
                    Iterable<Integer> given = sized ? more : more::iterator;
                    if (count > room) {
                        expectRefused(x, () -> x.appendAll(given), steps);
                        return null;
                    }
                    return new Large(x.appendAll(given), m.concat(Elements.of(more)));
                }
            default:
                return builderNearTheLimit(d, v, next, steps);
        }
    }

    /**
     * A builder from {@code v}, through adds, {@code addAll} of a list and of an unsized iterable,
     * {@code set} and {@code removeLast}: past the limit an add and a list are refused with the
     * builder unchanged, and an unsized iterable keeps what it gave before the limit.
     */
    private static Large builderNearTheLimit(Decisions d, Large v, int[] next, StepLog steps) {
        PersistentVector.Builder<Integer> b = v.vector.toBuilder();
        Elements m = v.model;
        int count = d.nextInt(1, 20);
        steps.log("builder, " + count + " steps");
        for (int s = 0; s < count; s++) {
            int room = Integer.MAX_VALUE - m.size;
            switch (d.weighted(4, 2, 2, 1, 1)) {
                case 0:
                    {
                        Integer e = element(d, next[0]++);
                        if (room == 0) {
                            expectRefusedBuilder(b, m, () -> b.add(e), steps);
                        } else {
                            b.add(e);
                            m = m.insert(m.size, e);
                        }
                        break;
                    }
                case 1:
                case 2:
                    {
                        List<Integer> more = new ArrayList<>();
                        for (int i = d.nextInt(1, 40); i > 0; i--) {
                            more.add(element(d, next[0]++));
                        }
                        boolean sized = d.nextBoolean();
                        if (more.size() <= room) {
                            b.addAll(sized ? more : more::iterator);
                            m = m.concat(Elements.of(more));
                        } else if (sized) {
                            expectRefusedBuilder(b, m, () -> b.addAll(more), steps);
                        } else {
                            expectThrows(
                                    IllegalStateException.class, () -> b.addAll(more::iterator));
                            // What came before the limit stays added.
                            m = m.concat(Elements.of(more.subList(0, room)));
                            steps.cover("builder kept an iterable's elements up to the limit");
                        }
                        break;
                    }
                case 3:
                    {
                        if (m.size > 0) {
                            int i = position(d, m.size);
                            Integer e = next[0]++;
                            require(Objects.equals(b.set(i, e), m.get(i)), "builder set at " + i);
                            m = m.with(i, e);
                        }
                        break;
                    }
                default:
                    {
                        if (m.size > 0) {
                            require(
                                    Objects.equals(b.removeLast(), m.get(m.size - 1)),
                                    "builder removeLast");
                            m = m.removeAt(m.size - 1);
                        }
                        break;
                    }
            }
        }
        require(b.size() == m.size, "builder size " + b.size() + ", model " + m.size);
        return new Large(b.build(), m);
    }

    /**
     * An index from 0 to {@code n} inclusive, as {@link #position} (without computing {@code n +
     * 1}, which overflows at the limit).
     */
    private static int boundary(Decisions d, int n) {
        return n == 0 || d.oneIn(16) ? n : position(d, n);
    }

    /** An index below {@code bound}: near either end more often than not. */
    private static int position(Decisions d, int bound) {
        int near = Math.min(bound, 40);
        switch (d.weighted(2, 2, 3)) {
            case 0:
                return d.nextInt(near);
            case 1:
                return bound - 1 - d.nextInt(near);
            default:
                return d.nextInt(bound);
        }
    }

    /** A growth past the limit: it must throw and leave {@code x} as it was. */
    private static void expectRefused(PersistentVector<Integer> x, Runnable growth, StepLog steps) {
        int size = x.size();
        Integer last = size == 0 ? null : x.get(size - 1);
        expectThrows(IllegalStateException.class, growth);
        require(
                x.size() == size && (size == 0 || Objects.equals(x.get(size - 1), last)),
                "a refused growth changed the vector");
        steps.cover("refused past Integer.MAX_VALUE");
    }

    /** A growth of a builder past the limit: it must throw and leave the builder as it was. */
    private static void expectRefusedBuilder(
            PersistentVector.Builder<Integer> b, Elements m, Runnable growth, StepLog steps) {
        expectThrows(IllegalStateException.class, growth);
        require(b.size() == m.size, "refused builder size " + b.size() + ", model " + m.size);
        require(Objects.equals(b.get(m.size - 1), m.get(m.size - 1)), "refused builder's last");
        steps.cover("builder refused past Integer.MAX_VALUE");
    }

    /**
     * Checks a version of a run near the limit: fully up to {@link #FULLY_CHECKED} elements, else
     * its size, its height bound, its ends, the seams between head, trie and tail, positions drawn
     * from {@code d}, and its last elements through a list iterator (both ways), a spliterator
     * split down to them, and a builder.
     */
    private static void checkLarge(Decisions d, Large v, StepLog steps) {
        PersistentVector<Integer> x = v.vector;
        Elements m = v.model;
        int n = m.size;
        if (n <= FULLY_CHECKED) {
            check(x, m.toList());
            return;
        }
        require(x.size() == n, "size " + x.size() + ", model " + n);
        Trie trie = x.trie();
        int bound = x.shape().minimalHeight(trie.size) + VectorTrie.MAX_EXTRA_HEIGHT;
        require(trie.height <= bound, "height " + trie.height + " above " + bound);
        int head = x.head().length;
        int trieEnd = x.trieEnd();
        int[] seams = {0, 1, head - 1, head, trieEnd - 1, trieEnd, n - 2, n - 1};
        for (int i : seams) {
            if (i >= 0 && i < n) {
                requireElement(x, m, i);
            }
        }
        for (int k = 0; k < 16; k++) {
            requireElement(x, m, d.nextInt(n));
        }
        expectThrows(IndexOutOfBoundsException.class, () -> x.get(n));
        int from = n - END_RUN;
        ListIterator<Integer> it = x.listIterator(from);
        for (int i = from; i < n; i++) {
            require(Objects.equals(it.next(), m.get(i)), "list iterator at " + i);
        }
        require(!it.hasNext() && it.nextIndex() == n, "list iterator at the end");
        for (int i = n - 1; i >= from; i--) {
            require(Objects.equals(it.previous(), m.get(i)), "list iterator back at " + i);
        }
        Spliterator<Integer> s = x.spliterator();
        while (s.estimateSize() > END_RUN) {
            require(s.trySplit() != null, "spliterator of " + s.estimateSize() + " did not split");
        }
        int[] at = {n - (int) s.estimateSize()};
        s.forEachRemaining(e -> require(Objects.equals(e, m.get(at[0]++)), "spliterator end"));
        require(at[0] == n, "spliterator ended at " + at[0]);
        PersistentVector.Builder<Integer> b = x.toBuilder();
        require(b.size() == n && Objects.equals(b.get(n - 1), m.get(n - 1)), "builder of x");
        if (n > 1 << 30) {
            steps.cover("size past 2^30");
        }
        if (n >= Integer.MAX_VALUE - 64) {
            steps.cover("within 64 of Integer.MAX_VALUE");
        }
        if (n == Integer.MAX_VALUE) {
            steps.cover("at Integer.MAX_VALUE");
        }
    }

    private static void requireElement(PersistentVector<Integer> x, Elements m, int i) {
        require(Objects.equals(x.get(i), m.get(i)), "element " + i + ": " + x.get(i));
    }

    @SuppressWarnings("unchecked")
    static PersistentVector<Integer> roundTrip(PersistentVector<Integer> v) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(v);
            }
            try (ObjectInputStream in =
                    new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (PersistentVector<Integer>) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static void expectThrows(Class<? extends Throwable> expected, Runnable r) {
        try {
            r.run();
        } catch (Throwable t) {
            if (expected.isInstance(t)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + t, t);
        }
        throw new AssertionError("expected " + expected.getSimpleName());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
