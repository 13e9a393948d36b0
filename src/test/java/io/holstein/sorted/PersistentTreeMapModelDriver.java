package io.holstein.sorted;

import io.holstein.testing.Decisions;
import io.holstein.testing.Twin;
import io.holstein.testing.Versions.Version;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Spliterator;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * Drives {@link PersistentTreeMap}s and their builders beside {@link TreeMap} models, as {@link
 * SortedModelDriver} says: each new version is checked when it is made (invariants, contents in
 * order, reads at keys spread over it and beside them, ranks, spliterators, equality), all of them
 * again at the end. Reads and writes take keys of the space and foreign ones, and must throw as
 * {@code TreeMap} does.
 */
final class PersistentTreeMapModelDriver
        extends SortedModelDriver<
                PersistentTreeMap<Object, Object>,
                NavigableMap<Object, Object>,
                PersistentTreeMap.Builder<Object, Object>> {

    /** Values: a small pool, so that a write of the present value (the same instance) is common. */
    private static final List<Object> VALUES = Arrays.asList("v0", "v1", "v2", "v3", "v4", null);

    /** A driver over keys chosen by the decisions themselves: the fuzz test's. */
    PersistentTreeMapModelDriver(Decisions d) {
        this(d, SortedKeys.any(d));
    }

    PersistentTreeMapModelDriver(Decisions d, SortedKeys keys) {
        super(d, keys, "PersistentTreeMap", "TreeMap");
    }

    @Override
    protected void start() {
        log("keys: " + keys);
        add("empty", PersistentTreeMap.empty(keys.order()), new TreeMap<>(keys.order()));
    }

    @Override
    protected void step() {
        switch (d.weighted(12, 3, 5, 5, 4, 8, 7, 3, 1, 2)) {
            case 0 -> single();
            case 1 -> bulk();
            case 2 -> many();
            case 3 -> slice();
            case 4 -> concat();
            case 5 -> read();
            case 6 -> builderStep();
            case 7 -> factories();
            case 8 -> serialize();
            default -> compareTwo();
        }
    }

    // ------------------------------------------------------------------ models

    /** Whether a model reads a tree backwards: the descending view of a {@code TreeMap}. */
    private static boolean descending(NavigableMap<Object, Object> model) {
        return !(model instanceof TreeMap);
    }

    /**
     * A private copy of {@code source} (a model, or a range or descending view of one) in its
     * order: a {@code TreeMap}, or, if {@code descending}, the descending view of one.
     */
    private static NavigableMap<Object, Object> copy(
            NavigableMap<Object, Object> source, boolean descending) {
        NavigableMap<Object, Object> ascending = descending ? source.descendingMap() : source;
        TreeMap<Object, Object> copy = new TreeMap<>(ascending.comparator());
        copy.putAll(ascending);
        return descending ? copy.descendingMap() : copy;
    }

    @Override
    NavigableMap<Object, Object> copy(NavigableMap<Object, Object> model) {
        return copy(model, descending(model));
    }

    /** An empty model of the order and direction of {@code model}. */
    private static NavigableMap<Object, Object> emptyLike(NavigableMap<Object, Object> model) {
        boolean descending = descending(model);
        TreeMap<Object, Object> empty =
                new TreeMap<>(order(descending ? model.descendingMap() : model));
        return descending ? empty.descendingMap() : empty;
    }

    @SuppressWarnings("unchecked")
    private static Comparator<Object> order(Map<?, ?> sorted) {
        return (Comparator<Object>) ((java.util.SortedMap<?, ?>) sorted).comparator();
    }

    private static String summary(Map<?, ?> m) {
        if (m.size() <= 12) {
            return m.toString();
        }
        Map.Entry<?, ?> first = m.entrySet().iterator().next();
        return "{" + first + ", ... " + m.size() + " mappings}";
    }

    @Override
    String summary(NavigableMap<Object, Object> model) {
        return summary((Map<?, ?>) model);
    }

    @Override
    TreeNode root(PersistentTreeMap<Object, Object> map) {
        return map.root();
    }

    @Override
    boolean isDescending(PersistentTreeMap<Object, Object> map) {
        return map.isDescending();
    }

    @Override
    PersistentTreeMap<Object, Object> build(PersistentTreeMap.Builder<Object, Object> builder) {
        return builder.build();
    }

    // ------------------------------------------------------------------ versions

    /**
     * As {@link #add}, but the model kept holds the map's own keys and values, equal to the
     * model's: a version whose values are other instances than its model's (deserialized, merged)
     * must not make a later write of the model's instance look unchanged.
     */
    private Version<PersistentTreeMap<Object, Object>, NavigableMap<Object, Object>> addOwn(
            String what,
            PersistentTreeMap<Object, Object> map,
            NavigableMap<Object, Object> model) {
        checkVersion(new Version<>(what, map, model));
        NavigableMap<Object, Object> own = emptyLike(model);
        own.putAll(map);
        return add(what, map, own);
    }

    @Override
    boolean unchanged(NavigableMap<Object, Object> operand, NavigableMap<Object, Object> result) {
        return sameMappings(operand, result);
    }

    /** Equal sizes, every key of {@code a} in {@code b} with the same value instance. */
    private static boolean sameMappings(Map<Object, Object> a, Map<Object, Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<Object, Object> e : a.entrySet()) {
            if (!b.containsKey(e.getKey()) || b.get(e.getKey()) != e.getValue()) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ steps

    private Object value() {
        return d.pick(VALUES);
    }

    private void single() {
        var v = pick();
        switch (d.weighted(6, 3, 2)) {
            case 0 -> {
                Object k = writeKey(v.model().keySet());
                Object val =
                        d.oneIn(4) && keys.inSpace(k)
                                ? v.model().getOrDefault(k, value())
                                : value();
                expectSame(
                        v,
                        derive(
                                v + ".with(" + k + ", " + val + ")",
                                () -> v.value().with(k, val),
                                () -> {
                                    var m = copy(v.model());
                                    m.put(k, val);
                                    return m;
                                }));
            }
            case 1 -> {
                Object k = d.oneIn(3) && !v.model().isEmpty() ? present(v.model()) : readKey();
                expectSame(
                        v,
                        derive(
                                v + ".without(" + k + ")",
                                () -> v.value().without(k),
                                () -> {
                                    var m = copy(v.model());
                                    m.remove(k);
                                    return m;
                                }));
            }
            default -> withComputed(v);
        }
    }

    /** A key the model holds, chosen by the decisions. */
    private Object present(NavigableMap<Object, Object> model) {
        int i = d.nextInt(model.size());
        boolean fromEnd = i >= model.size() / 2;
        Iterator<Object> it = (fromEnd ? model.descendingKeySet() : model.keySet()).iterator();
        for (int skip = fromEnd ? model.size() - 1 - i : i; skip > 0; skip--) {
            it.next();
        }
        return it.next();
    }

    private void withComputed(
            Version<PersistentTreeMap<Object, Object>, NavigableMap<Object, Object>> v) {
        Object k = writeKey(v.model().keySet());
        int kind = d.nextInt(3);
        Object constant = value();
        // The same function on each side: a constant, a removal, or a cycle that adds, updates
        // and removes.
        BiFunction<Object, Object, Object> fn =
                (key, old) ->
                        switch (kind) {
                            case 0 -> constant;
                            case 1 -> null;
                            default -> old == null ? "v0" : "v0".equals(old) ? "v1" : null;
                        };
        Object[] seen = {"not called", null};
        String what =
                v
                        + ".withComputed("
                        + k
                        + ", "
                        + List.of("constant", "remove", "cycle").get(kind)
                        + ")";
        var next =
                derive(
                        what,
                        () ->
                                v.value()
                                        .withComputed(
                                                k,
                                                (key, old) -> {
                                                    seen[0] = key;
                                                    seen[1] = old;
                                                    return fn.apply(key, old);
                                                }),
                        () -> {
                            var m = copy(v.model());
                            m.compute(k, fn);
                            return m;
                        });
        if (next != null) {
            check(
                    seen[0] == k
                            && Objects.equals(
                                    seen[1], v.model().isEmpty() ? null : v.model().get(k)),
                    what + " passed " + seen[0] + ", " + seen[1]);
            expectSame(v, next);
        }
    }

    /** The largest key of a non-empty model by the keys' own order, whichever its direction. */
    private static Object top(NavigableMap<Object, Object> model) {
        return descending(model) ? model.firstKey() : model.lastKey();
    }

    /** Mappings for a run of ascending keys, from {@code start} on. */
    private TreeMap<Object, Object> runOf(int start, int length) {
        TreeMap<Object, Object> run = new TreeMap<>(keys.order());
        for (Object k : keys.run(start, length, d.oneIn(3) ? 3 : 1, d)) {
            run.put(k, value());
        }
        return run;
    }

    /** The first ordinal above every key of {@code model}, or a random one. */
    private int above(NavigableMap<Object, Object> model) {
        return model.isEmpty() || d.oneIn(4)
                ? d.nextInt(keys.span)
                : keys.ordinal(top(model)) + 1 + (d.oneIn(3) ? d.nextInt(8) : 0);
    }

    /** Adds a run of ascending keys, thousands for a large span, so that trees grow deep. */
    private void bulk() {
        var v = pick();
        int length = Math.min(keys.runLength(d), MAX_SIZE - v.model().size());
        if (length <= 0) {
            slice();
            return;
        }
        TreeMap<Object, Object> run = runOf(above(v.model()), length);
        cover(run.size() >= 1000 ? "a bulk run of thousands" : "a bulk run");
        if (d.nextBoolean()) {
            expectSame(
                    v,
                    derive(
                            v + ".withAll(run " + summary(run) + ")",
                            () -> v.value().withAll(run),
                            () -> {
                                var m = copy(v.model());
                                m.putAll(run);
                                return m;
                            }));
        } else {
            derive(
                    v + ".toBuilder().putAll(run " + summary(run) + ").build()",
                    () -> v.value().toBuilder().putAll(run).build(),
                    () -> {
                        var m = copy(v.model());
                        m.putAll(run);
                        return m;
                    });
        }
    }

    /** Random mappings in random order, now and then with a key every write refuses. */
    private LinkedHashMap<Object, Object> randomMappings(Map<Object, Object> present, int max) {
        LinkedHashMap<Object, Object> m = new LinkedHashMap<>();
        int n = d.nextInt(0, max);
        for (int i = 0; i < n; i++) {
            m.put(writeKey(present.keySet()), value());
        }
        return m;
    }

    private void many() {
        var v = pick();
        if (d.nextBoolean()) {
            Map<Object, Object> arg;
            Map<Object, Object> argModel;
            String name;
            switch (d.nextInt(4)) {
                case 0 -> {
                    var w = other();
                    arg = w.value();
                    argModel = w.model();
                    name = w.toString();
                }
                case 1 -> {
                    var w = other();
                    arg = w.model();
                    argModel = w.model();
                    name = "model of " + w;
                }
                case 2 -> {
                    arg = runOf(above(v.model()), d.nextInt(1, 3 * TreeNode.FANOUT));
                    argModel = arg;
                    name = "run " + summary(arg);
                }
                default -> {
                    arg = randomMappings(v.model(), 12);
                    argModel = arg;
                    name = arg.toString();
                }
            }
            expectSame(
                    v,
                    derive(
                            v + ".withAll(" + name + ")",
                            () -> v.value().withAll(arg),
                            () -> {
                                var m = copy(v.model());
                                m.putAll(argModel);
                                return m;
                            }));
            return;
        }
        List<Object> gone = new ArrayList<>();
        switch (d.nextInt(3)) {
            case 0 -> other().model().keySet().stream().filter(k -> d.oneIn(2)).forEach(gone::add);
            case 1 -> {
                int n = d.nextInt(0, 12);
                for (int i = 0; i < n; i++) {
                    gone.add(d.oneIn(4) && !v.model().isEmpty() ? present(v.model()) : readKey());
                }
            }
            default -> {
                // A range of present keys: removals that empty whole leaves.
                if (!v.model().isEmpty()) {
                    Object a = present(v.model());
                    Object b = present(v.model());
                    var m = v.model();
                    gone.addAll(
                            BTree.compare(order(m), a, b) <= 0
                                    ? m.subMap(a, true, b, true).keySet()
                                    : m.subMap(b, true, a, true).keySet());
                }
            }
        }
        Iterable<Object> arg = d.nextBoolean() ? gone : Collections.unmodifiableList(gone);
        expectSame(
                v,
                derive(
                        v
                                + ".withoutAll("
                                + (gone.size() <= 12 ? gone : gone.size() + " keys")
                                + ")",
                        () -> v.value().withoutAll(arg),
                        () -> {
                            var m = copy(v.model());
                            for (Object k : gone) {
                                m.remove(k);
                            }
                            return m;
                        }));
    }

    /** headMap, tailMap or subMap of a version (or its descending map), each bound both ways. */
    private void slice() {
        var v = pickTall();
        PersistentTreeMap<Object, Object> map = v.value();
        NavigableMap<Object, Object> model = v.model();
        boolean desc = descending(model);
        Object a = d.oneIn(12) ? keys.foreign(d) : keys.key(d);
        Object b = keys.key(d);
        boolean ai = d.nextBoolean();
        boolean bi = d.nextBoolean();
        var sliced =
                switch (d.nextInt(7)) {
                    case 0 ->
                            derive(
                                    v + ".headMap(" + a + ", " + ai + ")",
                                    () -> map.headMap(a, ai),
                                    () -> copy(model.headMap(a, ai), desc));
                    case 1 ->
                            derive(
                                    v + ".tailMap(" + a + ", " + ai + ")",
                                    () -> map.tailMap(a, ai),
                                    () -> copy(model.tailMap(a, ai), desc));
                    case 2 ->
                            derive(
                                    v + ".headMap(" + a + ")",
                                    () -> map.headMap(a),
                                    () -> copy(model.headMap(a, false), desc));
                    case 3 ->
                            derive(
                                    v + ".tailMap(" + a + ")",
                                    () -> map.tailMap(a),
                                    () -> copy(model.tailMap(a, true), desc));
                    case 4 ->
                            derive(
                                    v + ".subMap(" + a + ", " + b + ")",
                                    () -> map.subMap(a, b),
                                    () -> copy(model.subMap(a, true, b, false), desc));
                    case 5 ->
                            derive(
                                    v + ".descendingMap()",
                                    map::descendingMap,
                                    () -> copy(model.descendingMap(), !desc));
                    default ->
                            derive(
                                    v + ".subMap(" + a + ", " + ai + ", " + b + ", " + bi + ")",
                                    () -> map.subMap(a, ai, b, bi),
                                    () -> copy(model.subMap(a, ai, b, bi), desc));
                };
        if (sliced == null || sliced.value().isDescending() != map.isDescending()) {
            return;
        }
        if (sliced.model().size() > 0 && sliced.model().size() < model.size()) {
            cover("split of a tree of height " + BTree.height(map.root()));
        }
        expectSame(v, sliced);
    }

    private void concat() {
        var a = pickTall();
        switch (d.nextInt(4)) {
            case 0 -> {
                // Two ranges of one version: joined back, they are the version again.
                Object k = keys.key(d);
                boolean inclusive = d.nextBoolean();
                var map = a.value();
                var model = a.model();
                var head =
                        derive(
                                a + ".headMap(" + k + ", " + inclusive + ")",
                                () -> map.headMap(k, inclusive),
                                () -> copy(model.headMap(k, inclusive), descending(model)));
                var tail =
                        derive(
                                a + ".tailMap(" + k + ", " + !inclusive + ")",
                                () -> map.tailMap(k, !inclusive),
                                () -> copy(model.tailMap(k, !inclusive), descending(model)));
                if (head != null && tail != null) {
                    concat(head, tail);
                    concat(tail, head);
                }
            }
            case 1 -> concat(a, other());
            case 2 -> {
                // The part of another version above this one.
                var w = other();
                if (!a.model().isEmpty() && !w.model().isEmpty()) {
                    Object top = a.model().lastKey();
                    var part =
                            derive(
                                    w + ".tailMap(" + top + ", false)",
                                    () -> w.value().tailMap(top, false),
                                    () ->
                                            copy(
                                                    w.model().tailMap(top, false),
                                                    descending(w.model())));
                    if (part != null) {
                        concat(a, part);
                    }
                }
            }
            default -> {
                // A map of its own, of a run above this one's keys, read either way.
                var model = a.model();
                TreeMap<Object, Object> run =
                        runOf(above(model), Math.min(keys.runLength(d), MAX_SIZE - model.size()));
                boolean reversed = d.oneIn(3) != descending(model);
                var fresh =
                        derive(
                                "run " + summary(run) + (reversed ? ", descending" : ""),
                                () -> {
                                    var m = PersistentTreeMap.copyOf(run);
                                    return reversed ? m.descendingMap() : m;
                                },
                                () -> copy(reversed ? run.descendingMap() : run, reversed));
                if (fresh != null) {
                    concat(a, fresh);
                }
            }
        }
    }

    /**
     * {@code a.concat(b)} on the map and on the model. The model follows the contract: the
     * comparators must be equal (as {@code comparator()}s of the maps, which the version checks
     * compare with the models' by the order they give) and every key of {@code b} above every key
     * of {@code a} in {@code a}'s order.
     */
    private void concat(
            Version<PersistentTreeMap<Object, Object>, NavigableMap<Object, Object>> a,
            Version<PersistentTreeMap<Object, Object>, NavigableMap<Object, Object>> b) {
        var am = a.model();
        var bm = b.model();
        boolean sameOrder = Objects.equals(a.value().comparator(), b.value().comparator());
        boolean above =
                am.isEmpty()
                        || bm.isEmpty()
                        || BTree.compare(order(am), am.lastKey(), bm.firstKey()) < 0;
        var joined =
                derive(
                        a + ".concat(" + b + ")",
                        () -> a.value().concat(b.value()),
                        () -> {
                            if (!sameOrder) {
                                throw new IllegalArgumentException("comparators differ");
                            }
                            if (!above) {
                                throw new IllegalArgumentException("keys not above");
                            }
                            var m = copy(am);
                            m.putAll(bm);
                            return m;
                        });
        if (joined == null) {
            cover(sameOrder ? "concat refused: keys not above" : "concat refused: other order");
            return;
        }
        if (bm.isEmpty()) {
            check(joined.value() == a.value(), joined + ": concat of nothing must be " + a);
        }
        if (am.isEmpty() || bm.isEmpty()) {
            return;
        }
        if (a.value().isDescending() != b.value().isDescending()) {
            cover("concat loaded an argument read the other way");
            return;
        }
        int ha = BTree.height(a.value().root());
        int hb = BTree.height(b.value().root());
        cover(
                ha == hb
                        ? "concat joined trees of one height"
                        : (ha > hb) != a.value().isDescending()
                                ? "concat joined a shorter tree on the right"
                                : "concat joined a shorter tree on the left");
    }

    // ------------------------------------------------------------------ reads

    /** One read of a version or its descending map, with a key of the space or a foreign one. */
    private void read() {
        var v = pick();
        boolean reversed = d.oneIn(3);
        String name = v + (reversed ? ".descendingMap()" : "");
        PersistentTreeMap<Object, Object> map = reversed ? v.value().descendingMap() : v.value();
        NavigableMap<Object, Object> model = reversed ? v.model().descendingMap() : v.model();
        Twin<NavigableMap<Object, Object>> t = new Twin<>(map, model);
        Object k = readKey();
        Object val = value();
        boolean inclusive = d.nextBoolean();
        switch (d.nextInt(18)) {
            case 0 -> both(name + ".get(" + k + ")", s -> t.of(s).get(k));
            case 1 -> both(name + ".getOrDefault(" + k + ")", s -> t.of(s).getOrDefault(k, "none"));
            case 2 -> both(name + ".containsKey(" + k + ")", s -> t.of(s).containsKey(k));
            case 3 -> both(name + ".containsValue(" + val + ")", s -> t.of(s).containsValue(val));
            case 4 -> both(name + ".lowerEntry(" + k + ")", s -> t.of(s).lowerEntry(k));
            case 5 -> both(name + ".floorEntry(" + k + ")", s -> t.of(s).floorEntry(k));
            case 6 -> both(name + ".ceilingEntry(" + k + ")", s -> t.of(s).ceilingEntry(k));
            case 7 -> both(name + ".higherEntry(" + k + ")", s -> t.of(s).higherEntry(k));
            case 8 -> both(name + ".lowerKey(" + k + ")", s -> t.of(s).lowerKey(k));
            case 9 -> both(name + ".floorKey(" + k + ")", s -> t.of(s).floorKey(k));
            case 10 -> both(name + ".ceilingKey(" + k + ")", s -> t.of(s).ceilingKey(k));
            case 11 -> both(name + ".higherKey(" + k + ")", s -> t.of(s).higherKey(k));
            case 12 -> {
                both(name + ".firstKey()", s -> t.of(s).firstKey());
                both(name + ".lastKey()", s -> t.of(s).lastKey());
                both(name + ".firstEntry()", s -> t.of(s).firstEntry());
                both(name + ".lastEntry()", s -> t.of(s).lastEntry());
            }
            case 13 -> {
                int i = d.nextInt(-1, model.size());
                log(name + ".entryAt(" + i + "), keyAt(" + i + ")");
                compare(
                        name + ".entryAt(" + i + ")",
                        () -> map.entryAt(i),
                        () -> entryAt(model, i));
                compare(
                        name + ".keyAt(" + i + ")",
                        () -> map.keyAt(i),
                        () -> entryAt(model, i).getKey());
            }
            case 14 -> {
                log(name + ".indexOfKey(" + k + ")");
                var o =
                        compare(
                                name + ".indexOfKey(" + k + ")",
                                () -> map.indexOfKey(k),
                                () ->
                                        SortedKeys.rank(
                                                model::containsKey,
                                                new ArrayList<>(model.keySet()),
                                                order(model),
                                                k));
                if (!o.threw() && (int) o.holstein().value() < 0) {
                    cover("rank of an absent key");
                }
            }
            case 15 -> {
                both(name + ".keySet().contains(" + k + ")", s -> t.of(s).keySet().contains(k));
                both(
                        name + ".descendingKeySet().contains(" + k + ")",
                        s -> t.of(s).descendingKeySet().contains(k));
            }
            case 16 ->
                    both(
                            name + ".entrySet().contains(" + k + "=" + val + ")",
                            s -> t.of(s).entrySet().contains(new SimpleImmutableEntry<>(k, val)));
            default -> {
                both(
                        name + ".navigableKeySet().headSet(" + k + ", " + inclusive + ")",
                        s -> new ArrayList<>(t.of(s).navigableKeySet().headSet(k, inclusive)));
                both(
                        name + ".descendingKeySet().tailSet(" + k + ", " + inclusive + ")",
                        s -> new ArrayList<>(t.of(s).descendingKeySet().tailSet(k, inclusive)));
            }
        }
    }

    private static Map.Entry<Object, Object> entryAt(NavigableMap<Object, Object> model, int i) {
        return SortedKeys.entries(model).get(i);
    }

    @Override
    Version<PersistentTreeMap<Object, Object>, NavigableMap<Object, Object>> rebuilt(
            Version<PersistentTreeMap<Object, Object>, NavigableMap<Object, Object>> a) {
        if (d.nextBoolean()) {
            return derive(
                    a + ".toBuilder().build()",
                    () -> a.value().toBuilder().build(),
                    () -> copy(a.model()));
        }
        return derive(
                "builder(" + a + ".comparator()).putAll(" + a + ").build()",
                () -> PersistentTreeMap.builder(a.value().comparator()).putAll(a.value()).build(),
                () -> {
                    var m = new TreeMap<>(order(a.model()));
                    m.putAll(a.model());
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
                                        PersistentTreeMap.builder(keys.order()),
                                        new TreeMap<>(keys.order()),
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
                Object k = writeKey(b.model.keySet());
                Object val = value();
                write(
                        b,
                        ".put(" + k + ", " + val + ")",
                        () -> b.builder.put(k, val),
                        m -> m.put(k, val));
            }
            case 1 -> {
                Object k = d.oneIn(3) && !b.model.isEmpty() ? present(b.model) : readKey();
                write(b, ".remove(" + k + ")", () -> b.builder.remove(k), m -> m.remove(k));
            }
            case 2 -> {
                Map<Object, Object> m = randomMappings(b.model, 12);
                write(
                        b,
                        ".putAll(" + m + ")",
                        () -> b.builder.putAll(m),
                        x -> {
                            x.putAll(m);
                            return null;
                        });
            }
            case 3 -> {
                // Ascending keys one by one: appended at the right edge, flushed in runs.
                TreeMap<Object, Object> run = runOf(above(b.model), keys.large() ? 3000 : 40);
                write(
                        b,
                        ".put(run " + summary(run) + ")",
                        () -> {
                            run.forEach(b.builder::put);
                            return b.builder;
                        },
                        x -> {
                            x.putAll(run);
                            return null;
                        });
            }
            case 4 -> {
                Object k = readKey();
                log(b + ".get(" + k + "), containsKey(" + k + "), size()");
                compare(b + ".get(" + k + ")", () -> b.builder.get(k), () -> b.model.get(k));
                compare(
                        b + ".containsKey(" + k + ")",
                        () -> b.builder.containsKey(k),
                        () -> b.model.containsKey(k));
                check(b.builder.size() == b.model.size(), b + ": size");
            }
            case 5 -> build(b);
            default -> {
                log(b + ": invariants of its tree");
                BTree.checkInvariants(b.builder.root(), b.model.size(), b.order, true, false);
            }
        }
    }

    // ------------------------------------------------------------------ factories

    private void factories() {
        Comparator<Object> order = keys.order();
        switch (d.nextInt(5)) {
            case 0 -> {
                // A SortedMap of the same order is loaded in O(n), into full leaves.
                TreeMap<Object, Object> source = runOf(d.nextInt(keys.span), keys.runLength(d));
                var v =
                        derive(
                                "copyOf(SortedMap " + summary(source) + ")",
                                () -> PersistentTreeMap.copyOf(source),
                                () -> copy(source, false));
                if (v != null) {
                    checkLoaded(v, source.size());
                }
                cover("copyOf of a SortedMap");
            }
            case 1 -> {
                var source = randomMappings(Collections.emptyMap(), 30);
                boolean natural = order == null && d.nextBoolean();
                derive(
                        (natural ? "copyOf(" : "copyOf(comparator, ") + source + ")",
                        () ->
                                natural
                                        ? PersistentTreeMap.copyOf(source)
                                        : PersistentTreeMap.copyOf(order, source),
                        () -> {
                            var m = new TreeMap<>(order);
                            m.putAll(source);
                            return m;
                        });
            }
            case 2 -> {
                // Entries, of which two may have keys equal by the order: refused.
                List<Map.Entry<Object, Object>> entries = new ArrayList<>();
                int n = d.nextInt(0, keys.large() ? 12 : 5);
                for (int i = 0; i < n; i++) {
                    entries.add(new SimpleImmutableEntry<>(keys.key(d), d.pick(VALUES)));
                }
                derive(
                        "copyOf(comparator, entries " + entries + ")",
                        () -> ofEntries(order, entries),
                        () -> {
                            var m = new TreeMap<>(order);
                            for (Map.Entry<Object, Object> e : entries) {
                                if (m.containsKey(e.getKey())) {
                                    throw new IllegalArgumentException("duplicate " + e.getKey());
                                }
                                m.put(e.getKey(), e.getValue());
                            }
                            return m;
                        });
            }
            default -> collect(d.nextBoolean());
        }
    }

    /** {@code ofEntries}, {@code of} for up to five pairs, or {@code copyOf(comparator, ...)}. */
    @SuppressWarnings("unchecked")
    private PersistentTreeMap<Object, Object> ofEntries(
            Comparator<Object> order, List<Map.Entry<Object, Object>> entries) {
        if (order != null || d.nextBoolean()) {
            return PersistentTreeMap.copyOf(order, entries);
        }
        List<Object> p = new ArrayList<>();
        entries.forEach(e -> Collections.addAll(p, e.getKey(), e.getValue()));
        return switch (entries.size()) {
            case 0 -> PersistentTreeMap.of();
            case 1 -> PersistentTreeMap.of(p.get(0), p.get(1));
            case 2 -> PersistentTreeMap.of(p.get(0), p.get(1), p.get(2), p.get(3));
            case 3 ->
                    PersistentTreeMap.of(
                            p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5));
            case 4 ->
                    PersistentTreeMap.of(
                            p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6),
                            p.get(7));
            case 5 ->
                    PersistentTreeMap.of(
                            p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6),
                            p.get(7), p.get(8), p.get(9));
            default -> PersistentTreeMap.ofEntries(entries.toArray(new Map.Entry[0]));
        };
    }

    /**
     * The collector, through its own functions: two halves of the input accumulated apart, then
     * combined, as a parallel stream would; the model is {@code Collectors.toMap} into a {@code
     * TreeMap} of the same order, whose duplicates throw {@code IllegalStateException} as the
     * collector without a merge function does.
     */
    private void collect(boolean merging) {
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
        Function<Object, Object> valueFn = k -> VALUES.get(Math.floorMod(keys.ordinal(k), 5));
        BinaryOperator<Object> merge = (x, y) -> x + "+" + y;
        BinaryOperator<Object> refuse =
                (x, y) -> {
                    throw new IllegalStateException("duplicate key");
                };
        boolean natural = order == null && d.nextBoolean();
        Collector<Object, ?, PersistentTreeMap<Object, Object>> collector =
                merging
                        ? (natural
                                ? PersistentTreeMap.collector(k -> k, valueFn, merge)
                                : PersistentTreeMap.collector(order, k -> k, valueFn, merge))
                        : (natural
                                ? PersistentTreeMap.collector(k -> k, valueFn)
                                : PersistentTreeMap.collector(order, k -> k, valueFn));
        Collector<Object, ?, TreeMap<Object, Object>> model =
                Collectors.toMap(
                        k -> k, valueFn, merging ? merge : refuse, () -> new TreeMap<>(order));
        String what =
                (merging ? "collector with merge of " : "collector of ")
                        + (input.size() <= 12 ? input : input.size() + " keys")
                        + " cut at "
                        + cut;
        log(what);
        Object[] made = new Object[2];
        var o =
                compare(
                        what,
                        () -> made[0] = collectInParts(collector, input, cut),
                        () -> made[1] = collectInParts(model, input, cut));
        if (!o.threw()) {
            @SuppressWarnings("unchecked")
            var map = (PersistentTreeMap<Object, Object>) made[0];
            @SuppressWarnings("unchecked")
            var m = (NavigableMap<Object, Object>) made[1];
            addOwn(what, map, m);
            cover(merging ? "collector with merge" : "collector");
        }
    }

    private void serialize() {
        var v = pick();
        log(v + " serialized");
        // A descending map reads back as a map ordered by the reversed comparator: so does its
        // model, whose comparator goes through serialization too.
        Comparator<Object> order = order(v.model());
        TreeMap<Object, Object> model = new TreeMap<>(serialized(order));
        model.putAll(v.model());
        addOwn(v + " serialized", roundTrip(v.value()), model);
        cover("serialization round trip");
    }

    // ------------------------------------------------------------------ checks

    @Override
    void checkContents(Version<PersistentTreeMap<Object, Object>, NavigableMap<Object, Object>> v) {
        v.value().checkInvariants();
        check(v.value().size() == v.model().size(), v + ": size");
        check(
                SortedKeys.entries(v.value()).equals(SortedKeys.entries(v.model())),
                v + ": entries differ from the model's");
    }

    @Override
    void checkVersion(Version<PersistentTreeMap<Object, Object>, NavigableMap<Object, Object>> v) {
        PersistentTreeMap<Object, Object> map = v.value();
        NavigableMap<Object, Object> model = v.model();
        map.checkInvariants();
        check(map.size() == model.size(), v + ": size " + map.size() + ", model " + model.size());
        check(map.isEmpty() == model.isEmpty(), v + ": isEmpty");
        List<Map.Entry<Object, Object>> entries = SortedKeys.entries(model);
        List<Object> keyList = new ArrayList<>(model.keySet());
        check(SortedKeys.entries(map).equals(entries), v + ": entries, in order");
        List<Object> seen = new ArrayList<>();
        map.forEach((k, val) -> seen.add(new SimpleImmutableEntry<>(k, val)));
        check(seen.equals(entries), v + ": forEach");
        check(new ArrayList<>(map.keySet()).equals(keyList), v + ": keySet");
        check(
                new ArrayList<>(map.values()).equals(new ArrayList<>(model.values())),
                v + ": values");
        List<Object> backwards = new ArrayList<>(keyList);
        Collections.reverse(backwards);
        check(new ArrayList<>(map.descendingKeySet()).equals(backwards), v + ": descendingKeySet");
        check(
                new ArrayList<>(map.descendingMap().keySet()).equals(backwards),
                v + ": descendingMap");
        check(map.equals(model) && model.equals(map), v + ": equals its model");
        check(map.hashCode() == model.hashCode(), v + ": hashCode");
        List<Object> probes = keys.probes(keyList);
        check(
                SortedKeys.sameOrder(order(map), order(model), probes),
                v + ": comparator " + map.comparator() + ", model's " + model.comparator());
        compare(v + ".firstKey()", map::firstKey, model::firstKey);
        compare(v + ".lastKey()", map::lastKey, model::lastKey);
        compare(v + ".firstEntry()", map::firstEntry, model::firstEntry);
        compare(v + ".lastEntry()", map::lastEntry, model::lastEntry);
        for (int at : SortedKeys.ranks(entries.size())) {
            compare(v + ".entryAt(" + at + ")", () -> map.entryAt(at), () -> entries.get(at));
            compare(v + ".keyAt(" + at + ")", () -> map.keyAt(at), () -> keyList.get(at));
            if (at >= 0 && at < entries.size()) {
                check(map.indexOfKey(keyList.get(at)) == at, v + ": indexOfKey(keyAt(" + at + "))");
            }
        }
        for (Object p : probes) {
            compare(v + ".get(" + p + ")", () -> map.get(p), () -> model.get(p));
            compare(
                    v + ".containsKey(" + p + ")",
                    () -> map.containsKey(p),
                    () -> model.containsKey(p));
            compare(
                    v + ".lowerEntry(" + p + ")",
                    () -> map.lowerEntry(p),
                    () -> model.lowerEntry(p));
            compare(v + ".floorKey(" + p + ")", () -> map.floorKey(p), () -> model.floorKey(p));
            compare(
                    v + ".ceilingEntry(" + p + ")",
                    () -> map.ceilingEntry(p),
                    () -> model.ceilingEntry(p));
            compare(v + ".higherKey(" + p + ")", () -> map.higherKey(p), () -> model.higherKey(p));
            compare(
                    v + ".indexOfKey(" + p + ")",
                    () -> map.indexOfKey(p),
                    () -> SortedKeys.rank(model::containsKey, keyList, order(model), p));
        }
        checkSpliterators(v, entries, keyList);
    }

    private void checkSpliterators(
            Version<PersistentTreeMap<Object, Object>, NavigableMap<Object, Object>> v,
            List<Map.Entry<Object, Object>> entries,
            List<Object> keyList) {
        PersistentTreeMap<Object, Object> map = v.value();
        Spliterator<Object> keySpliterator = map.keySet().spliterator();
        check(
                keySpliterator.characteristics() == SortedKeys.SORTED_CHARACTERISTICS,
                v + ": key spliterator characteristics " + keySpliterator.characteristics());
        check(
                Objects.equals(keySpliterator.getComparator(), map.comparator()),
                v + ": key spliterator comparator");
        check(SortedKeys.traverseSplitting(keySpliterator).equals(keyList), v + ": split keys");
        Spliterator<Map.Entry<Object, Object>> entrySpliterator = map.entrySet().spliterator();
        check(
                entrySpliterator.characteristics()
                        == (SortedKeys.SORTED_CHARACTERISTICS | Spliterator.NONNULL),
                v + ": entry spliterator characteristics");
        if (entries.size() >= 2) {
            check(
                    entrySpliterator.getComparator().compare(entries.get(0), entries.get(1)) < 0
                            && entrySpliterator
                                            .getComparator()
                                            .compare(entries.get(1), entries.get(0))
                                    > 0,
                    v + ": entry spliterator comparator");
        }
        check(
                SortedKeys.traverseSplitting(entrySpliterator).equals(entries),
                v + ": split entries");
        Spliterator<Object> values = map.values().spliterator();
        check(!values.hasCharacteristics(Spliterator.SORTED), v + ": values are not SORTED");
        List<Object> valueList = new ArrayList<>();
        entries.forEach(e -> valueList.add(e.getValue()));
        check(SortedKeys.traverseSplitting(values).equals(valueList), v + ": split values");
        if (keyList.size() > TreeNode.FANOUT) {
            cover("spliterator split");
        }
    }
}
