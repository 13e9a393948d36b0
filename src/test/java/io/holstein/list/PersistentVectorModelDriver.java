package io.holstein.list;

import io.holstein.testing.Decisions;
import io.holstein.testing.ModelDriver;
import io.holstein.testing.Versions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
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
final class PersistentVectorModelDriver extends ModelDriver {

    private final VectorShape shape;
    private final Versions<PersistentVector<Integer>, List<Integer>> versions = new Versions<>();
    private final List<Building> builders = new ArrayList<>();

    /** The next element value, so that every element written is distinguishable. */
    private int next;

    PersistentVectorModelDriver(Decisions d, VectorShape shape) {
        super(d);
        this.shape = shape;
    }

    /** A builder and its model. */
    private record Building(PersistentVector.Builder<Integer> builder, List<Integer> model) {}

    @Override
    protected void start() {
        versions.add("empty", PersistentVector.empty(shape), new ArrayList<>());
    }

    /** One operation on a random kept version (or builder); a new version is checked and kept. */
    @Override
    protected void step() {
        var v = versions.any(d);
        PersistentVector<Integer> x = v.value();
        List<Integer> m = new ArrayList<>(v.model());
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
                    var other = versions.any(d);
                    if (d.nextBoolean()) {
                        y = x.concat(other.value());
                        m.addAll(other.model());
                    } else {
                        y = other.value().concat(x);
                        m.addAll(0, other.model());
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
                    y = builderStep(b);
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
                    var other = versions.any(d);
                    boolean same = other.model().equals(v.model());
                    if (x.equals(other.value()) != same || other.value().equals(x) != same) {
                        throw new AssertionError("equals disagrees with the models");
                    }
                    if (same && x.hashCode() != other.value().hashCode()) {
                        throw new AssertionError("equal vectors with different hash codes");
                    }
                    return;
                }
        }
        log(name + " -> size " + y.size());
        cover(name);
        if (y.size() > 0 && !isStrictEverywhere(y)) {
            cover("relaxed trie");
        }
        if (y.trie().height >= (shape.width == 4 ? 4 : 2)) {
            cover("deep trie");
        }
        checkVersion(y, m);
        versions.add(name, y, m);
    }

    /** Every version and builder, again: none may have changed since it was checked. */
    @Override
    protected void finish() {
        for (var v : versions) {
            checkVersion(v.value(), v.model());
        }
        for (Building b : builders) {
            checkBuilder(b);
        }
    }

    private static Integer element(Decisions d, int next) {
        return d.oneIn(20) ? null : next;
    }

    private PersistentVector<Integer> builderStep(Building b) {
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
                        cover("builder set");
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
                        cover("builder removeLast");
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
            cover("build");
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
    static void checkVersion(PersistentVector<Integer> v, List<Integer> model) {
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
        check(iterated.equals(model), "iterator order");
        List<Integer> viaForEach = new ArrayList<>(n);
        v.forEach(viaForEach::add);
        check(viaForEach.equals(model), "forEach order");
        check(Arrays.asList(v.toArray()).equals(model), "toArray");
        check(v.equals(model) && model.equals(v), "equals with the model");
        check(v.hashCode() == model.hashCode(), "hashCode");
        check(v.toString().equals(model.toString()), "toString");
        check(v.stream().collect(Collectors.toList()).equals(model), "stream");
        check(v.parallelStream().collect(Collectors.toList()).equals(model), "parallel stream");
        checkSplits(v.spliterator(), model, 0, n);
    }

    /** Splits recursively; each part must cover exactly its range, in order. */
    private static void checkSplits(Spliterator<Integer> s, List<Integer> model, int from, int to) {
        check(s.estimateSize() == to - from, "spliterator estimate");
        check(
                s.hasCharacteristics(
                        Spliterator.SIZED
                                | Spliterator.SUBSIZED
                                | Spliterator.ORDERED
                                | Spliterator.IMMUTABLE),
                "spliterator characteristics");
        Spliterator<Integer> prefix = s.trySplit();
        if (prefix != null && to - from > 1) {
            int mid = to - (int) s.estimateSize();
            check(
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
        check(out.equals(model.subList(from, to)), "spliterator elements");
    }

    // ------------------------------------------------------------------ near Integer.MAX_VALUE

    /** Sizes up to which {@link NearTheLimit} checks every element; larger ones are sampled. */
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
    static final class NearTheLimit extends ModelDriver {

        private final List<Large> versions = new ArrayList<>();

        private final int[] next = {0};

        NearTheLimit(Decisions d) {
            super(d);
        }

        @Override
        protected void start() {
            int n = d.nextInt(1, 5000);
            PersistentVector.Builder<Integer> b = PersistentVector.builder();
            List<Integer> m = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Integer e = element(d, next[0]++);
                b.add(e);
                m.add(e);
            }
            Large start = new Large(b.build(), Elements.of(m));
            checkLarge(start);
            versions.add(start);
        }

        @Override
        protected void step() {
            // Mostly the largest version, so that the run climbs to the limit.
            Large v = d.oneIn(4) ? d.pick(versions) : largest(versions);
            Large y = largeStep(v);
            if (y != null) {
                log("-> size " + y.vector.size());
                checkLarge(y);
                versions.add(y);
            }
        }

        @Override
        protected void finish() {
            for (Large v : versions) {
                checkLarge(v);
            }
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
        private Large largeStep(Large v) {
            PersistentVector<Integer> x = v.vector;
            Elements m = v.model;
            int n = m.size;
            int room = Integer.MAX_VALUE - n;
            switch (d.weighted(8, 3, 3, 2, 2, 2, 2, 2)) {
                case 0:
                    {
                        log("concat with itself, size " + n);
                        if (n > room) {
                            expectRefused(x, () -> x.concat(x));
                            return null;
                        }
                        return new Large(x.concat(x), m.concat(m));
                    }
                case 1:
                    {
                        Large o = d.pick(versions);
                        boolean after = d.nextBoolean();
                        log("concat with size " + o.model.size + (after ? " after" : " before"));
                        if (o.model.size > room) {
                            PersistentVector<Integer> first = after ? x : o.vector;
                            PersistentVector<Integer> second = after ? o.vector : x;
                            expectRefused(x, () -> first.concat(second));
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
                        log(
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
                        log("slice " + from + ", " + to);
                        return new Large(x.slice(from, to), m.slice(from, to));
                    }
                case 4:
                    {
                        Integer e = element(d, next[0]++);
                        int i = boundary(d, n);
                        boolean edge = d.nextBoolean();
                        log((edge ? "append/prepend " : "insert at ") + i);
                        if (room == 0) {
                            expectRefused(x, () -> x.append(e));
                            expectRefused(x, () -> x.prepend(e));
                            expectRefused(x, () -> x.insert(i, e));
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
                        log((remove ? "removeAt " : "with at ") + i);
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
                        log("appendAll of " + count + (sized ? " in a list" : " unsized"));
                        Iterable<Integer> given = sized ? more : more::iterator;
                        if (count > room) {
                            expectRefused(x, () -> x.appendAll(given));
                            return null;
                        }
                        return new Large(x.appendAll(given), m.concat(Elements.of(more)));
                    }
                default:
                    return builderNearTheLimit(v);
            }
        }

        /**
         * A builder from {@code v}, through adds, {@code addAll} of a list and of an unsized
         * iterable, {@code set} and {@code removeLast}: past the limit an add and a list are
         * refused with the builder unchanged, and an unsized iterable keeps what it gave before the
         * limit.
         */
        private Large builderNearTheLimit(Large v) {
            PersistentVector.Builder<Integer> b = v.vector.toBuilder();
            Elements m = v.model;
            int count = d.nextInt(1, 20);
            log("builder, " + count + " steps");
            for (int s = 0; s < count; s++) {
                int room = Integer.MAX_VALUE - m.size;
                switch (d.weighted(4, 2, 2, 1, 1)) {
                    case 0:
                        {
                            Integer e = element(d, next[0]++);
                            if (room == 0) {
                                expectRefusedBuilder(b, m, () -> b.add(e));
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
                                expectRefusedBuilder(b, m, () -> b.addAll(more));
                            } else {
                                expectThrows(
                                        IllegalStateException.class,
                                        () -> b.addAll(more::iterator));
                                // What came before the limit stays added.
                                m = m.concat(Elements.of(more.subList(0, room)));
                                cover("builder kept an iterable's elements up to the limit");
                            }
                            break;
                        }
                    case 3:
                        {
                            if (m.size > 0) {
                                int i = position(d, m.size);
                                Integer e = next[0]++;
                                check(Objects.equals(b.set(i, e), m.get(i)), "builder set at " + i);
                                m = m.with(i, e);
                            }
                            break;
                        }
                    default:
                        {
                            if (m.size > 0) {
                                check(
                                        Objects.equals(b.removeLast(), m.get(m.size - 1)),
                                        "builder removeLast");
                                m = m.removeAt(m.size - 1);
                            }
                            break;
                        }
                }
            }
            check(b.size() == m.size, "builder size " + b.size() + ", model " + m.size);
            return new Large(b.build(), m);
        }

        /**
         * An index from 0 to {@code n} inclusive, as {@link #position} (without computing {@code n
         * + 1}, which overflows at the limit).
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
        private void expectRefused(PersistentVector<Integer> x, Runnable growth) {
            int size = x.size();
            Integer last = size == 0 ? null : x.get(size - 1);
            expectThrows(IllegalStateException.class, growth);
            check(
                    x.size() == size && (size == 0 || Objects.equals(x.get(size - 1), last)),
                    "a refused growth changed the vector");
            cover("refused past Integer.MAX_VALUE");
        }

        /** A growth of a builder past the limit: it must throw and leave the builder as it was. */
        private void expectRefusedBuilder(
                PersistentVector.Builder<Integer> b, Elements m, Runnable growth) {
            expectThrows(IllegalStateException.class, growth);
            check(b.size() == m.size, "refused builder size " + b.size() + ", model " + m.size);
            check(Objects.equals(b.get(m.size - 1), m.get(m.size - 1)), "refused builder's last");
            cover("builder refused past Integer.MAX_VALUE");
        }

        /**
         * Checks a version of a run near the limit: fully up to {@link #FULLY_CHECKED} elements,
         * else its size, its height bound, its ends, the seams between head, trie and tail,
         * positions drawn from {@code d}, and its last elements through a list iterator (both
         * ways), a spliterator split down to them, and a builder.
         */
        private void checkLarge(Large v) {
            PersistentVector<Integer> x = v.vector;
            Elements m = v.model;
            int n = m.size;
            if (n <= FULLY_CHECKED) {
                checkVersion(x, m.toList());
                return;
            }
            check(x.size() == n, "size " + x.size() + ", model " + n);
            Trie trie = x.trie();
            int bound = x.shape().minimalHeight(trie.size) + VectorTrie.MAX_EXTRA_HEIGHT;
            check(trie.height <= bound, "height " + trie.height + " above " + bound);
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
                check(Objects.equals(it.next(), m.get(i)), "list iterator at " + i);
            }
            check(!it.hasNext() && it.nextIndex() == n, "list iterator at the end");
            for (int i = n - 1; i >= from; i--) {
                check(Objects.equals(it.previous(), m.get(i)), "list iterator back at " + i);
            }
            Spliterator<Integer> s = x.spliterator();
            while (s.estimateSize() > END_RUN) {
                check(
                        s.trySplit() != null,
                        "spliterator of " + s.estimateSize() + " did not split");
            }
            int[] at = {n - (int) s.estimateSize()};
            s.forEachRemaining(e -> check(Objects.equals(e, m.get(at[0]++)), "spliterator end"));
            check(at[0] == n, "spliterator ended at " + at[0]);
            PersistentVector.Builder<Integer> b = x.toBuilder();
            check(b.size() == n && Objects.equals(b.get(n - 1), m.get(n - 1)), "builder of x");
            if (n > 1 << 30) {
                cover("size past 2^30");
            }
            if (n >= Integer.MAX_VALUE - 64) {
                cover("within 64 of Integer.MAX_VALUE");
            }
            if (n == Integer.MAX_VALUE) {
                cover("at Integer.MAX_VALUE");
            }
        }

        private static void requireElement(PersistentVector<Integer> x, Elements m, int i) {
            check(Objects.equals(x.get(i), m.get(i)), "element " + i + ": " + x.get(i));
        }
    }
}
