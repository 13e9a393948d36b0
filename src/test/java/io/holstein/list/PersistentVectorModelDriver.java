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
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
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
