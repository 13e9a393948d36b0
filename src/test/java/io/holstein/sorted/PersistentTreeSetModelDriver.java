package io.holstein.sorted;

import io.holstein.testing.Decisions;
import io.holstein.testing.Twin;
import io.holstein.testing.Versions.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Spliterator;
import java.util.TreeSet;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * Drives {@link PersistentTreeSet}s, their builders and their set algebra beside {@link TreeSet}
 * models, as {@link SortedModelDriver} says: each new version is checked when it is made
 * (invariants, elements in order, reads at elements spread over it and beside them, ranks,
 * spliterators, equality), all of them again at the end. Set algebra takes as its argument other
 * versions (which share subtrees with the operand), ranges of them, pairs of sets interleaved in
 * runs, key sets of maps (whose leaves hold values), and collections of other kinds.
 */
final class PersistentTreeSetModelDriver
        extends SortedModelDriver<
                PersistentTreeSet<Object>,
                NavigableSet<Object>,
                PersistentTreeSet.Builder<Object>> {

    /** A driver over keys chosen by the decisions themselves: the fuzz test's. */
    PersistentTreeSetModelDriver(Decisions d) {
        this(d, SortedKeys.any(d));
    }

    PersistentTreeSetModelDriver(Decisions d, SortedKeys keys) {
        super(d, keys, "PersistentTreeSet", "TreeSet");
    }

    @Override
    protected void start() {
        log("keys: " + keys);
        add("empty", PersistentTreeSet.empty(keys.order()), new TreeSet<>(keys.order()));
    }

    @Override
    protected void step() {
        switch (d.weighted(12, 3, 9, 5, 8, 7, 3, 2, 1, 2)) {
            case 0 -> single();
            case 1 -> bulk();
            case 2 -> algebra();
            case 3 -> slice();
            case 4 -> read();
            case 5 -> builderStep();
            case 6 -> factories();
            case 7 -> keySetOfMap();
            case 8 -> serialize();
            default -> compareTwo();
        }
    }

    // ------------------------------------------------------------------ models

    /**
     * A private copy of {@code source} (a model, or a range or descending view of one), in its
     * order. The descending view of a natural-order {@code TreeSet} stays one: it checks null and
     * foreign elements as natural order does, where a {@code TreeSet} of the reversed comparator
     * leaves that to the comparator. Under a comparator the two behave alike.
     */
    @Override
    NavigableSet<Object> copy(NavigableSet<Object> source) {
        if (source.comparator() != null && source.descendingSet().comparator() == null) {
            TreeSet<Object> copy = new TreeSet<>();
            copy.addAll(source.descendingSet());
            return copy.descendingSet();
        }
        TreeSet<Object> copy = new TreeSet<>(source.comparator());
        copy.addAll(source);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Comparator<Object> order(NavigableSet<?> set) {
        return (Comparator<Object>) set.comparator();
    }

    @Override
    String summary(NavigableSet<Object> model) {
        return describe(model);
    }

    private static String describe(Collection<?> c) {
        return c.size() <= 12
                ? c.toString()
                : "[" + c.iterator().next() + ", ... " + c.size() + " elements]";
    }

    @Override
    TreeNode root(PersistentTreeSet<Object> set) {
        return set.root();
    }

    @Override
    boolean isDescending(PersistentTreeSet<Object> set) {
        return set.isDescending();
    }

    @Override
    PersistentTreeSet<Object> build(PersistentTreeSet.Builder<Object> builder) {
        return builder.build();
    }

    /** The writes here return a subset or a superset of their operand: equal sizes, equal sets. */
    @Override
    boolean unchanged(NavigableSet<Object> operand, NavigableSet<Object> result) {
        return operand.size() == result.size();
    }

    // ------------------------------------------------------------------ steps

    private void single() {
        var v = pick();
        if (d.nextInt(3) > 0) {
            Object e = writeKey(v.model());
            expectSame(
                    v,
                    derive(
                            v + ".with(" + e + ")",
                            () -> v.value().with(e),
                            () -> {
                                var m = copy(v.model());
                                m.add(e);
                                return m;
                            }));
        } else {
            Object e = d.oneIn(3) && !v.model().isEmpty() ? present(v.model()) : readKey();
            expectSame(
                    v,
                    derive(
                            v + ".without(" + e + ")",
                            () -> v.value().without(e),
                            () -> {
                                var m = copy(v.model());
                                m.remove(e);
                                return m;
                            }));
        }
    }

    /** An element the model holds, chosen by the decisions. */
    private Object present(NavigableSet<Object> model) {
        int i = d.nextInt(model.size());
        boolean fromEnd = i >= model.size() / 2;
        Iterator<Object> it = fromEnd ? model.descendingIterator() : model.iterator();
        for (int skip = fromEnd ? model.size() - 1 - i : i; skip > 0; skip--) {
            it.next();
        }
        return it.next();
    }

    /** The first ordinal above every element of {@code model}, or a random one. */
    private int above(NavigableSet<Object> model) {
        if (model.isEmpty() || d.oneIn(4)) {
            return d.nextInt(keys.span);
        }
        int top = Math.max(keys.ordinal(model.first()), keys.ordinal(model.last()));
        return top + 1 + (d.oneIn(3) ? d.nextInt(8) : 0);
    }

    /** A set of its own, of the elements of {@code elements}, built as a builder loads them. */
    private Version<PersistentTreeSet<Object>, NavigableSet<Object>> setOf(
            String what, List<Object> elements) {
        return derive(
                what,
                () -> PersistentTreeSet.builder(keys.order()).addAll(elements).build(),
                () -> {
                    var m = new TreeSet<>(keys.order());
                    m.addAll(elements);
                    return m;
                });
    }

    /** Adds a run of ascending elements, thousands for a large span, so that trees grow deep. */
    private void bulk() {
        var v = pick();
        int length = Math.min(keys.runLength(d), MAX_SIZE - v.model().size());
        if (length <= 0) {
            slice();
            return;
        }
        List<Object> run = keys.run(above(v.model()), length, d.oneIn(3) ? 3 : 1, d);
        cover(run.size() >= 1000 ? "a bulk run of thousands" : "a bulk run");
        if (d.nextBoolean()) {
            var r = setOf("run " + describe(run), run);
            algebra(v, r.value(), r.model(), r.toString(), 0);
        } else {
            derive(
                    v + ".toBuilder().addAll(run " + describe(run) + ").build()",
                    () -> v.value().toBuilder().addAll(run).build(),
                    () -> {
                        var m = copy(v.model());
                        m.addAll(run);
                        return m;
                    });
        }
    }

    /** Union, intersection or difference of a version and an argument of one of many kinds. */
    private void algebra() {
        var v = pick();
        switch (d.nextInt(7)) {
            case 0 -> {
                var w = other();
                algebra(v, w.value(), w.model(), w.toString(), d.nextInt(3));
            }
            case 1 -> {
                // A range of another version: operands that overlap in part, or not at all.
                var w = other();
                Object k = keys.key(d);
                boolean head = d.nextBoolean();
                var part =
                        derive(
                                w + (head ? ".headSet(" : ".tailSet(") + k + ")",
                                () -> head ? w.value().headSet(k) : w.value().tailSet(k),
                                () ->
                                        copy(
                                                head
                                                        ? w.model().headSet(k, false)
                                                        : w.model().tailSet(k, true)));
                if (part != null) {
                    algebra(v, part.value(), part.model(), part.toString(), d.nextInt(3));
                }
            }
            case 2 -> interleaved();
            case 3 -> {
                var w = other();
                var reversed = w.value().descendingSet();
                algebra(
                        v,
                        reversed,
                        w.model().descendingSet(),
                        w + ".descendingSet()",
                        d.nextInt(3));
            }
            case 4 -> {
                // A collection of another kind: membership by its contains, duplicates allowed.
                List<Object> list = new ArrayList<>();
                int n = d.nextInt(0, 16);
                for (int i = 0; i < n; i++) {
                    list.add(d.oneIn(3) && !v.model().isEmpty() ? present(v.model()) : keys.key(d));
                }
                int op = d.nextInt(3);
                if (op == 0 && d.oneIn(6)) {
                    Object refused = keys.refused(d, v.model());
                    if (refused != null) {
                        list.add(d.nextInt(list.size() + 1), refused);
                    }
                }
                Collection<Object> arg = d.nextBoolean() ? list : new HashSet<>(list);
                algebra(v, arg, arg, (arg instanceof List ? "List " : "HashSet ") + list, op);
                cover("set algebra with another collection");
            }
            case 5 -> {
                var w = other();
                algebra(v, w.model(), w.model(), "model of " + w, d.nextInt(3));
            }
            default -> {
                var w = other();
                var reversed = v.value().descendingSet();
                var r =
                        derive(
                                v + ".descendingSet()",
                                () -> reversed,
                                () -> copy(v.model().descendingSet()));
                if (r != null) {
                    algebra(r, w.value(), w.model(), w.toString(), d.nextInt(3));
                }
            }
        }
    }

    /**
     * Two sets interleaved in runs: blocks of consecutive elements, the even blocks in one, the odd
     * in the other; their union, intersection or difference costs in proportion to the blocks.
     */
    private void interleaved() {
        int block = d.nextInt(1, keys.large() ? 600 : 6);
        int blocks = d.nextInt(2, keys.large() ? 40 : 5);
        int start = d.nextInt(keys.span / 2);
        List<List<Object>> phases = List.of(new ArrayList<>(), new ArrayList<>());
        int mask = keys.caseMask(d);
        for (int b = 0; b < blocks; b++) {
            for (int o = start + b * block; o < start + (b + 1) * block && o < keys.span; o++) {
                phases.get(b % 2).add(keys.key(o, mask));
            }
        }
        String blocksOf = blocks + " blocks of " + block + " from " + start;
        var even = setOf("even " + blocksOf, phases.get(0));
        var odd = setOf("odd " + blocksOf, phases.get(1));
        var a = d.nextBoolean() ? even : odd;
        var b = a == even ? odd : even;
        int op = d.nextInt(3);
        var r = algebra(a, b.value(), b.model(), b.toString(), op);
        cover("set algebra of operands interleaved in runs");
        if (r != null && op == 0) {
            // Taken apart again: the difference with one phase is the other.
            algebra(r, b.value(), b.model(), b.toString(), 2);
        }
    }

    /**
     * {@code v.union(arg)}, {@code intersection} or {@code difference} ({@code op} 0, 1, 2), beside
     * the model's {@code addAll}, {@code retainAll} and {@code removeIf(argModel::contains)}: the
     * contract asks the argument's {@code contains}, where {@code TreeSet.removeAll} asks the
     * argument or this set by their sizes, which differ under an order inconsistent with equals.
     */
    private Version<PersistentTreeSet<Object>, NavigableSet<Object>> algebra(
            Version<PersistentTreeSet<Object>, NavigableSet<Object>> v,
            Collection<Object> arg,
            Collection<Object> argModel,
            String argName,
            int op) {
        String name = List.of(".union(", ".intersection(", ".difference(").get(op);
        var r =
                derive(
                        v + name + argName + ")",
                        () ->
                                switch (op) {
                                    case 0 -> v.value().union(arg);
                                    case 1 -> v.value().intersection(arg);
                                    default -> v.value().difference(arg);
                                },
                        () -> {
                            var m = copy(v.model());
                            switch (op) {
                                case 0 -> m.addAll(argModel);
                                case 1 -> m.retainAll(argModel);
                                default -> m.removeIf(argModel::contains);
                            }
                            return m;
                        });
        if (r != null && argModel instanceof NavigableSet<Object> s && !s.isEmpty()) {
            var m = v.model();
            if (!m.isEmpty()
                    && (BTree.compare(order(m), lastOf(m), firstOf(s, m)) < 0
                            || BTree.compare(order(m), lastOf(s, m), m.first()) < 0)) {
                cover("set algebra of disjoint operands");
                if (op == 0
                        && arg instanceof PersistentTreeSet<?> p
                        && Objects.equals(p.order(), v.value().order())
                        && BTree.height(p.root()) != BTree.height(v.value().root())) {
                    cover("union joined trees of different heights");
                }
            }
        }
        expectSame(v, r);
        return r;
    }

    private static Object lastOf(NavigableSet<Object> m) {
        return m.last();
    }

    /** The first element of {@code s} in the order of {@code m}. */
    private static Object firstOf(NavigableSet<Object> s, NavigableSet<Object> m) {
        return Collections.min(s, m.comparator());
    }

    /** The last element of {@code s} in the order of {@code m}. */
    private static Object lastOf(NavigableSet<Object> s, NavigableSet<Object> m) {
        return Collections.max(s, m.comparator());
    }

    /** A set of elements through the key set of a map: leaves holding values join set algebra. */
    private void keySetOfMap() {
        List<Object> elements = keys.run(d.nextInt(keys.span), keys.runLength(d), 4, d);
        boolean reversed = d.oneIn(3);
        var r =
                derive(
                        "map of "
                                + describe(elements)
                                + (reversed ? ".descendingKeySet()" : ".keySet()"),
                        () -> {
                            PersistentTreeMap.Builder<Object, Object> b =
                                    PersistentTreeMap.builder(keys.order());
                            elements.forEach(e -> b.put(e, "v"));
                            var map = b.build();
                            return reversed ? map.descendingKeySet() : map.keySet();
                        },
                        () -> {
                            var m = new TreeSet<>(keys.order());
                            m.addAll(elements);
                            return reversed ? m.descendingSet() : m;
                        });
        if (r != null) {
            cover("a map's key set");
            var v = pick();
            algebra(v, r.value(), r.model(), r.toString(), d.nextInt(3));
            algebra(r, v.value(), v.model(), v.toString(), d.nextInt(3));
        }
    }

    /** headSet, tailSet or subSet of a version (or its descending set), each bound both ways. */
    private void slice() {
        var v = pickTall();
        PersistentTreeSet<Object> set = v.value();
        NavigableSet<Object> model = v.model();
        Object a = d.oneIn(12) ? keys.foreign(d) : keys.key(d);
        Object b = keys.key(d);
        boolean ai = d.nextBoolean();
        boolean bi = d.nextBoolean();
        var sliced =
                switch (d.nextInt(7)) {
                    case 0 ->
                            derive(
                                    v + ".headSet(" + a + ", " + ai + ")",
                                    () -> set.headSet(a, ai),
                                    () -> copy(model.headSet(a, ai)));
                    case 1 ->
                            derive(
                                    v + ".tailSet(" + a + ", " + ai + ")",
                                    () -> set.tailSet(a, ai),
                                    () -> copy(model.tailSet(a, ai)));
                    case 2 ->
                            derive(
                                    v + ".headSet(" + a + ")",
                                    () -> set.headSet(a),
                                    () -> copy(model.headSet(a, false)));
                    case 3 ->
                            derive(
                                    v + ".tailSet(" + a + ")",
                                    () -> set.tailSet(a),
                                    () -> copy(model.tailSet(a, true)));
                    case 4 ->
                            derive(
                                    v + ".subSet(" + a + ", " + b + ")",
                                    () -> set.subSet(a, b),
                                    () -> copy(model.subSet(a, true, b, false)));
                    case 5 ->
                            derive(
                                    v + ".descendingSet()",
                                    set::descendingSet,
                                    () -> copy(model.descendingSet()));
                    default ->
                            derive(
                                    v + ".subSet(" + a + ", " + ai + ", " + b + ", " + bi + ")",
                                    () -> set.subSet(a, ai, b, bi),
                                    () -> copy(model.subSet(a, ai, b, bi)));
                };
        if (sliced == null || sliced.value().isDescending() != set.isDescending()) {
            return;
        }
        if (sliced.model().size() > 0 && sliced.model().size() < model.size()) {
            cover("split of a tree of height " + BTree.height(set.root()));
        }
        expectSame(v, sliced);
    }

    // ------------------------------------------------------------------ reads

    /** One read of a version or its descending set, with a key of the space or a foreign one. */
    private void read() {
        var v = pick();
        boolean reversed = d.oneIn(3);
        String name = v + (reversed ? ".descendingSet()" : "");
        PersistentTreeSet<Object> set = reversed ? v.value().descendingSet() : v.value();
        NavigableSet<Object> model = reversed ? v.model().descendingSet() : v.model();
        Twin<NavigableSet<Object>> t = new Twin<>(set, model);
        Object e = readKey();
        boolean inclusive = d.nextBoolean();
        switch (d.nextInt(11)) {
            case 0 -> both(name + ".contains(" + e + ")", s -> t.of(s).contains(e));
            case 1 -> both(name + ".lower(" + e + ")", s -> t.of(s).lower(e));
            case 2 -> both(name + ".floor(" + e + ")", s -> t.of(s).floor(e));
            case 3 -> both(name + ".ceiling(" + e + ")", s -> t.of(s).ceiling(e));
            case 4 -> both(name + ".higher(" + e + ")", s -> t.of(s).higher(e));
            case 5 -> {
                both(name + ".first()", s -> t.of(s).first());
                both(name + ".last()", s -> t.of(s).last());
            }
            case 6 -> {
                int i = d.nextInt(-1, model.size());
                log(name + ".elementAt(" + i + ")");
                compare(
                        name + ".elementAt(" + i + ")",
                        () -> set.elementAt(i),
                        () -> new ArrayList<>(model).get(i));
            }
            case 7 -> {
                log(name + ".indexOf(" + e + ")");
                var o =
                        compare(
                                name + ".indexOf(" + e + ")",
                                () -> set.indexOf(e),
                                () ->
                                        SortedKeys.rank(
                                                model::contains,
                                                new ArrayList<>(model),
                                                order(model),
                                                e));
                if (!o.threw() && (int) o.holstein().value() < 0) {
                    cover("rank of an absent element");
                }
            }
            case 8 -> {
                both(
                        name + ".headSet(" + e + ", " + inclusive + ")",
                        s -> new ArrayList<>(t.of(s).headSet(e, inclusive)));
                both(
                        name + ".tailSet(" + e + ", " + inclusive + ")",
                        s -> new ArrayList<>(t.of(s).tailSet(e, inclusive)));
            }
            case 9 ->
                    both(
                            name + ".descendingIterator()",
                            s -> {
                                List<Object> out = new ArrayList<>();
                                t.of(s).descendingIterator().forEachRemaining(out::add);
                                return out;
                            });
            default ->
                    both(
                            name + ".iterator() past the end",
                            s -> {
                                Iterator<Object> it = t.of(s).iterator();
                                while (it.hasNext()) {
                                    it.next();
                                }
                                return it.next();
                            });
        }
    }

    @Override
    Version<PersistentTreeSet<Object>, NavigableSet<Object>> rebuilt(
            Version<PersistentTreeSet<Object>, NavigableSet<Object>> a) {
        if (d.nextBoolean()) {
            return derive(
                    a + ".toBuilder().build()",
                    () -> a.value().toBuilder().build(),
                    () -> copy(a.model()));
        }
        return derive(
                "builder(" + a + ".comparator()).addAll(" + a + ").build()",
                () -> PersistentTreeSet.builder(a.value().comparator()).addAll(a.value()).build(),
                () -> {
                    var m = new TreeSet<>(order(a.model()));
                    m.addAll(a.model());
                    return m;
                });
    }

    // ------------------------------------------------------------------ builders

    private void builderStep() {
        var b =
                builder(
                        id -> {
                            if (d.nextBoolean()) {
                                return new BuilderTwin<>(
                                        "builder()#" + id,
                                        PersistentTreeSet.builder(keys.order()),
                                        new TreeSet<>(keys.order()),
                                        keys.order());
                            }
                            var v = pick();
                            cover("toBuilder");
                            return new BuilderTwin<>(
                                    v + ".toBuilder()#" + id,
                                    v.value().toBuilder(),
                                    copy(v.model()),
                                    v.value().order());
                        });
        if (b == null) {
            return;
        }
        switch (d.weighted(5, 2, 2, 1, 3, 2, 1)) {
            case 0 -> {
                Object e = writeKey(b.model);
                write(b, ".add(" + e + ")", () -> b.builder.add(e), m -> m.add(e));
            }
            case 1 -> {
                Object e = d.oneIn(3) && !b.model.isEmpty() ? present(b.model) : readKey();
                write(b, ".remove(" + e + ")", () -> b.builder.remove(e), m -> m.remove(e));
            }
            case 2 -> {
                List<Object> list = new ArrayList<>();
                int n = d.nextInt(0, 12);
                for (int i = 0; i < n; i++) {
                    list.add(writeKey(b.model));
                }
                write(
                        b,
                        ".addAll(" + list + ")",
                        () -> b.builder.addAll(list),
                        m -> m.addAll(list));
            }
            case 3 -> {
                // Ascending elements one by one: appended at the right edge, flushed in runs.
                List<Object> run = keys.run(above(b.model), keys.large() ? 3000 : 40, 1, d);
                write(
                        b,
                        ".add(run " + describe(run) + ")",
                        () -> {
                            run.forEach(b.builder::add);
                            return b.builder;
                        },
                        m -> m.addAll(run));
            }
            case 4 -> {
                Object e = readKey();
                log(b + ".contains(" + e + "), size()");
                compare(
                        b + ".contains(" + e + ")",
                        () -> b.builder.contains(e),
                        () -> b.model.contains(e));
                check(b.builder.size() == b.model.size(), b + ": size");
            }
            case 5 -> build(b);
            default -> {
                log(b + ": invariants of its tree");
                BTree.checkInvariants(b.builder.root(), b.model.size(), b.order, false, false);
            }
        }
    }

    // ------------------------------------------------------------------ factories

    private void factories() {
        Comparator<Object> order = keys.order();
        switch (d.nextInt(4)) {
            case 0 -> {
                // A SortedSet of the same order is loaded in O(n), into full leaves.
                TreeSet<Object> source = new TreeSet<>(order);
                source.addAll(keys.run(d.nextInt(keys.span), keys.runLength(d), 2, d));
                var v =
                        derive(
                                "copyOf(SortedSet " + describe(source) + ")",
                                () -> PersistentTreeSet.copyOf(source),
                                () -> copy(source));
                if (v != null) {
                    checkLoaded(v, source.size());
                }
                cover("copyOf of a SortedSet");
            }
            case 1 -> {
                // Elements in any order; of elements equal by the order, the first stays.
                List<Object> list = new ArrayList<>();
                int n = d.nextInt(0, 30);
                for (int i = 0; i < n; i++) {
                    list.add(keys.key(d));
                }
                boolean natural = order == null && d.nextBoolean();
                derive(
                        (natural ? "copyOf(" : "copyOf(comparator, ") + list + ")",
                        () ->
                                natural
                                        ? PersistentTreeSet.copyOf(list)
                                        : PersistentTreeSet.copyOf(order, list),
                        () -> {
                            var m = new TreeSet<>(order);
                            m.addAll(list);
                            return m;
                        });
            }
            case 2 -> {
                // of(...): equal elements are refused, as Set.of does.
                List<Object> list = new ArrayList<>();
                int n = d.nextInt(0, keys.large() ? 12 : 5);
                for (int i = 0; i < n; i++) {
                    list.add(keys.key(d));
                }
                derive(
                        (order == null ? "of(" : "copyOf(comparator, ") + list + ")",
                        () ->
                                order == null
                                        ? PersistentTreeSet.of(list.toArray())
                                        : PersistentTreeSet.copyOf(order, list),
                        () -> {
                            var m = new TreeSet<>(order);
                            for (Object e : list) {
                                if (!m.add(e) && order == null) {
                                    throw new IllegalArgumentException("duplicate " + e);
                                }
                            }
                            return m;
                        });
            }
            default -> collect();
        }
    }

    /**
     * The collector, through its own functions: two parts accumulated apart, then combined, beside
     * {@code Collectors.toCollection} of a {@code TreeSet} of the same order.
     */
    private void collect() {
        Comparator<Object> order = keys.order();
        List<Object> input =
                d.nextBoolean()
                        ? keys.run(d.nextInt(keys.span), keys.runLength(d), 1, d)
                        : new ArrayList<>();
        int extra = d.nextInt(0, 20);
        for (int i = 0; i < extra; i++) {
            input.add(d.nextInt(input.size() + 1), keys.key(d));
        }
        int cut = d.nextInt(input.size() + 1);
        Collector<Object, ?, PersistentTreeSet<Object>> collector =
                order == null && d.nextBoolean()
                        ? PersistentTreeSet.collector()
                        : PersistentTreeSet.collector(order);
        Collector<Object, ?, TreeSet<Object>> model =
                Collectors.toCollection(() -> new TreeSet<>(order));
        derive(
                "collector of " + describe(input) + " cut at " + cut,
                () -> collectInParts(collector, input, cut),
                () -> collectInParts(model, input, cut));
        cover("collector");
    }

    private void serialize() {
        var v = pick();
        // A descending set reads back as a set ordered by the reversed comparator: so does its
        // model, whose comparator goes through serialization too.
        TreeSet<Object> model = new TreeSet<>(serialized(order(v.model())));
        model.addAll(v.model());
        derive(v + " serialized", () -> roundTrip(v.value()), () -> model);
        cover("serialization round trip");
    }

    // ------------------------------------------------------------------ checks

    @Override
    void checkContents(Version<PersistentTreeSet<Object>, NavigableSet<Object>> v) {
        v.value().checkInvariants();
        check(v.value().size() == v.model().size(), v + ": size");
        check(
                new ArrayList<>(v.value()).equals(new ArrayList<>(v.model())),
                v + ": elements differ from the model's");
    }

    @Override
    void checkVersion(Version<PersistentTreeSet<Object>, NavigableSet<Object>> v) {
        PersistentTreeSet<Object> set = v.value();
        NavigableSet<Object> model = v.model();
        set.checkInvariants();
        check(set.size() == model.size(), v + ": size " + set.size() + ", model " + model.size());
        check(set.isEmpty() == model.isEmpty(), v + ": isEmpty");
        List<Object> elements = new ArrayList<>(model);
        check(new ArrayList<>(set).equals(elements), v + ": elements, in order");
        List<Object> seen = new ArrayList<>();
        set.forEach(seen::add);
        check(seen.equals(elements), v + ": forEach");
        List<Object> backwards = new ArrayList<>(elements);
        Collections.reverse(backwards);
        List<Object> down = new ArrayList<>();
        set.descendingIterator().forEachRemaining(down::add);
        check(down.equals(backwards), v + ": descendingIterator");
        check(new ArrayList<>(set.descendingSet()).equals(backwards), v + ": descendingSet");
        check(set.equals(model) && model.equals(set), v + ": equals its model");
        check(set.hashCode() == model.hashCode(), v + ": hashCode");
        List<Object> probes = keys.probes(elements);
        check(
                SortedKeys.sameOrder(order(set), order(model), probes),
                v + ": comparator " + set.comparator() + ", model's " + model.comparator());
        compare(v + ".first()", set::first, model::first);
        compare(v + ".last()", set::last, model::last);
        for (int at : SortedKeys.ranks(elements.size())) {
            compare(v + ".elementAt(" + at + ")", () -> set.elementAt(at), () -> elements.get(at));
            if (at >= 0 && at < elements.size()) {
                check(set.indexOf(elements.get(at)) == at, v + ": indexOf(elementAt(" + at + "))");
            }
        }
        for (Object p : probes) {
            compare(v + ".contains(" + p + ")", () -> set.contains(p), () -> model.contains(p));
            compare(v + ".lower(" + p + ")", () -> set.lower(p), () -> model.lower(p));
            compare(v + ".floor(" + p + ")", () -> set.floor(p), () -> model.floor(p));
            compare(v + ".ceiling(" + p + ")", () -> set.ceiling(p), () -> model.ceiling(p));
            compare(v + ".higher(" + p + ")", () -> set.higher(p), () -> model.higher(p));
            compare(
                    v + ".indexOf(" + p + ")",
                    () -> set.indexOf(p),
                    () -> SortedKeys.rank(model::contains, elements, order(model), p));
        }
        Spliterator<Object> spliterator = set.spliterator();
        check(
                spliterator.characteristics() == SortedKeys.SORTED_CHARACTERISTICS,
                v + ": spliterator characteristics " + spliterator.characteristics());
        check(
                Objects.equals(spliterator.getComparator(), set.comparator()),
                v + ": spliterator comparator");
        check(SortedKeys.traverseSplitting(spliterator).equals(elements), v + ": split elements");
        if (elements.size() > TreeNode.FANOUT) {
            cover("spliterator split");
        }
    }
}
