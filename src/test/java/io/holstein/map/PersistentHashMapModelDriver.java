package io.holstein.map;

import io.holstein.testing.Decisions;
import io.holstein.testing.ModelDriver;
import io.holstein.testing.Versions;
import io.holstein.testing.Versions.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.stream.Collectors;

/**
 * Drives {@link PersistentHashMap}s and their builders beside {@link HashMap} models. Every version
 * ever made is kept with a private copy of its model; each new version is checked when it is made
 * (contents, invariants, canonical shape against the same contents built from empty) and every
 * version is checked again at the end, so a write that leaked into shared structure shows. Builders
 * live on after {@code build()} and keep writing.
 */
final class PersistentHashMapModelDriver extends ModelDriver {

    /**
     * The Cow map driver's pool (null, small keys, two groups of one hash code each, one of them
     * equal across two classes) and keys spread over the trie.
     */
    static final List<Object> KEYS;

    static {
        List<Object> keys = new ArrayList<>(CowHashMapModelDriver.KEYS);
        for (int i = 0; i < 64; i++) {
            keys.add(1000 + 37 * i);
        }
        KEYS = Collections.unmodifiableList(keys);
    }

    private static final List<String> VALUES = CowHashMapModelDriver.VALUES;

    private static final int MAX_BUILDERS = 3;

    private final Versions<PersistentHashMap<Object, Object>, Map<Object, Object>> versions =
            new Versions<>();

    private final List<BuilderTwin> builders = new ArrayList<>();

    private static final class BuilderTwin {
        final String name;
        final PersistentHashMap.Builder<Object, Object> builder;
        final HashMap<Object, Object> model;

        BuilderTwin(
                String name,
                PersistentHashMap.Builder<Object, Object> builder,
                Map<Object, Object> model) {
            this.name = name;
            this.builder = builder;
            this.model = new HashMap<>(model);
        }
    }

    PersistentHashMapModelDriver(Decisions d) {
        super(d);
    }

    @Override
    protected void start() {
        add("empty", PersistentHashMap.empty(), Map.of());
    }

    @Override
    protected void step() {
        switch (d.weighted(10, 4, 3, 2, 2, 6, 1, 2)) {
            case 0 -> single();
            case 1 -> withAll();
            case 2 -> withoutAll();
            case 3 -> withComputed();
            case 4 -> factories();
            case 5 -> builderStep();
            case 6 -> serialize();
            default -> compareTwo();
        }
    }

    @Override
    protected void finish() {
        for (var v : versions) {
            checkVersion(v);
        }
    }

    private Object key() {
        return d.pick(KEYS);
    }

    private Object value() {
        return d.pick(VALUES);
    }

    private Map<Object, Object> randomEntries(int max) {
        Map<Object, Object> m = new HashMap<>();
        int n = d.nextInt(0, max);
        for (int i = 0; i < n; i++) {
            m.put(key(), value());
        }
        return m;
    }

    /** Many keys of one colliding hash, so that a collision node grows into a tree. */
    private Map<Object, Object> collidingEntries() {
        List<Object> keys = new ArrayList<>(d.pick(CowHashMapModelDriver.COLLIDING));
        Collections.rotate(keys, d.nextInt(keys.size()));
        Map<Object, Object> m = new HashMap<>();
        for (Object k : keys.subList(0, d.nextInt(6, keys.size()))) {
            m.put(k, value());
        }
        cover("many colliding keys put");
        return m;
    }

    private void add(
            String name, PersistentHashMap<Object, Object> map, Map<Object, Object> model) {
        var given =
                new Version<>(
                        name + "#" + versions.size(),
                        map,
                        Collections.unmodifiableMap(new HashMap<>(model)));
        log(given + " = " + name + " -> " + model);
        checkVersion(given);
        // Values equal to the model's may be other instances (deserialized, merged): keep the
        // map's own, so that later "unchanged" expectations compare the instances the map holds.
        checkShape(versions.add(name, map, Collections.unmodifiableMap(new HashMap<>(map))));
    }

    /** A result that equals an operand must be that operand; otherwise a new version. */
    private void expectSame(Object expected, Object actual, String what) {
        check(expected == actual, what + ": expected the operand itself");
        cover("returned an operand unchanged");
    }

    private void single() {
        var v = versions.recent(d);
        Object k = key();
        if (d.nextInt(3) > 0) {
            Object val = d.oneIn(5) && v.model().containsKey(k) ? v.model().get(k) : value();
            PersistentHashMap<Object, Object> next = v.value().with(k, val);
            Map<Object, Object> model = new HashMap<>(v.model());
            model.put(k, val);
            if (v.model().containsKey(k) && v.model().get(k) == val) {
                expectSame(v.value(), next, v + ".with(" + k + ", " + val + ")");
            }
            add(v + ".with(" + k + ", " + val + ")", next, model);
        } else {
            PersistentHashMap<Object, Object> next = v.value().without(k);
            Map<Object, Object> model = new HashMap<>(v.model());
            model.remove(k);
            if (!v.model().containsKey(k)) {
                expectSame(v.value(), next, v + ".without(" + k + ")");
            }
            add(v + ".without(" + k + ")", next, model);
        }
    }

    private void withAll() {
        var v = versions.recent(d);
        Map<Object, Object> argModel;
        Map<Object, Object> arg;
        String argName;
        if (d.nextBoolean()) {
            var w = versions.recent(d);
            arg = w.value();
            argModel = w.model();
            argName = w.name();
        } else {
            arg = d.oneIn(3) ? collidingEntries() : randomEntries(12);
            argModel = arg;
            argName = arg.toString();
        }
        Map<Object, Object> model = new HashMap<>(v.model());
        model.putAll(argModel);
        PersistentHashMap<Object, Object> next = v.value().withAll(arg);
        String what = v + ".withAll(" + argName + ")";
        if (sameMappings(model, v.model())) {
            expectSame(v.value(), next, what);
        } else if (arg instanceof PersistentHashMap && sameMappings(model, argModel)) {
            expectSame(arg, next, what);
        }
        add(what, next, model);
    }

    /** Equal mappings with values {@code ==}, the condition for returning an operand. */
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

    private void withoutAll() {
        var v = versions.recent(d);
        List<Object> keys = new ArrayList<>(randomEntries(10).keySet());
        if (d.nextBoolean()) {
            for (Object k : CowHashMapModelDriver.inPoolOrder(KEYS, v.model())) {
                if (d.nextBoolean()) {
                    keys.add(k);
                }
            }
        }
        Map<Object, Object> model = new HashMap<>(v.model());
        model.keySet().removeAll(keys);
        PersistentHashMap<Object, Object> next = v.value().withoutAll(keys);
        if (model.size() == v.model().size()) {
            expectSame(v.value(), next, v + ".withoutAll(" + keys + ")");
        }
        add(v + ".withoutAll(" + keys + ")", next, model);
    }

    private void withComputed() {
        var v = versions.recent(d);
        Object k = key();
        Object result = d.oneIn(3) ? null : value();
        Object[] seen = new Object[2];
        PersistentHashMap<Object, Object> next =
                v.value()
                        .withComputed(
                                k,
                                (key, old) -> {
                                    seen[0] = key;
                                    seen[1] = old;
                                    return result;
                                });
        check(
                Objects.equals(seen[0], k) && Objects.equals(seen[1], v.model().get(k)),
                "withComputed passed " + seen[0] + ", " + seen[1]);
        Map<Object, Object> model = new HashMap<>(v.model());
        model.compute(k, (key, old) -> result);
        add(v + ".withComputed(" + k + " -> " + result + ")", next, model);
    }

    private void factories() {
        Map<Object, Object> entries = randomEntries(30);
        switch (d.nextInt(4)) {
            case 0 -> add("copyOf(HashMap)", PersistentHashMap.copyOf(entries), entries);
            case 1 -> {
                List<Map.Entry<Object, Object>> list = new ArrayList<>(entries.entrySet());
                add(
                        "collector",
                        list.stream()
                                .collect(
                                        PersistentHashMap.collector(
                                                Map.Entry::getKey, Map.Entry::getValue)),
                        entries);
            }
            case 2 -> {
                List<Object> keys = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    keys.add(key());
                }
                Map<Object, String> model =
                        keys.stream()
                                .collect(
                                        Collectors.toMap(
                                                k -> k, k -> "1", (a, b) -> a + b, HashMap::new));
                PersistentHashMap<Object, String> merged =
                        keys.stream()
                                .collect(
                                        PersistentHashMap.collector(
                                                k -> k, k -> "1", (a, b) -> a + b));
                add(
                        "collector with merge",
                        new PersistentHashMap<Object, Object>(merged.root()),
                        new HashMap<>(model));
            }
            default -> {
                List<Object> ks = new ArrayList<>(entries.keySet());
                if (ks.size() >= 3) {
                    add(
                            "of(3)",
                            PersistentHashMap.of(ks.get(0), "a", ks.get(1), "b", ks.get(2), "c"),
                            ofModel(ks));
                    try {
                        PersistentHashMap.of(ks.get(0), "a", ks.get(1), "b", ks.get(0), "c");
                        check(false, "of accepted a duplicate key");
                    } catch (IllegalArgumentException expected) {
                        cover("of rejected a duplicate key");
                    }
                }
            }
        }
    }

    private static Map<Object, Object> ofModel(List<Object> ks) {
        Map<Object, Object> m = new HashMap<>();
        m.put(ks.get(0), "a");
        m.put(ks.get(1), "b");
        m.put(ks.get(2), "c");
        return m;
    }

    private void builderStep() {
        if (builders.isEmpty() || d.oneIn(6)) {
            if (builders.size() == MAX_BUILDERS) {
                builders.remove(d.nextInt(MAX_BUILDERS));
            }
            if (d.nextBoolean()) {
                var v = versions.recent(d);
                builders.add(new BuilderTwin(v + ".toBuilder()", v.value().toBuilder(), v.model()));
            } else {
                builders.add(new BuilderTwin("builder()", PersistentHashMap.builder(), Map.of()));
            }
            return;
        }
        BuilderTwin b = d.pick(builders);
        Object k = key();
        switch (d.nextInt(6)) {
            case 0, 1 -> {
                Object v = value();
                log(b.name + ".put(" + k + ", " + v + ")");
                check(b.builder.put(k, v) == b.builder, "put returns the builder");
                b.model.put(k, v);
            }
            case 2 -> {
                log(b.name + ".remove(" + k + ")");
                check(b.builder.remove(k) == b.builder, "remove returns the builder");
                b.model.remove(k);
            }
            case 3 -> {
                Map<Object, Object> m = randomEntries(8);
                log(b.name + ".putAll(" + m + ")");
                b.builder.putAll(m);
                b.model.putAll(m);
            }
            case 4 -> {
                add(b.name + ".build()", b.builder.build(), b.model);
                cover(
                        b.name.startsWith("builder")
                                ? "build from builder()"
                                : "build from toBuilder()");
            }
            default -> {
                check(b.builder.size() == b.model.size(), b.name + ": size");
                check(
                        Objects.equals(b.builder.get(k), b.model.get(k)),
                        b.name + ": get(" + k + ")");
                check(
                        b.builder.containsKey(k) == b.model.containsKey(k),
                        b.name + ": containsKey(" + k + ")");
            }
        }
    }

    private void serialize() {
        var v = versions.recent(d);
        PersistentHashMap<Object, Object> back = roundTrip(v.value());
        add(v + " serialized", back, v.model());
        cover("serialization round trip");
    }

    private void compareTwo() {
        var a = versions.recent(d);
        var b = versions.any(d);
        boolean expected = a.model().equals(b.model());
        check(
                a.value().equals(b.value()) == expected && b.value().equals(a.value()) == expected,
                a + ".equals(" + b + ")");
        check(a.value().equals(b.model()) == expected, a + ".equals(model of " + b + ")");
        cover(expected ? "equal versions compared" : "unequal versions compared");
    }

    private void checkVersion(Version<PersistentHashMap<Object, Object>, Map<Object, Object>> v) {
        PersistentHashMap<Object, Object> map = v.value();
        Map<Object, Object> model = v.model();
        map.checkInvariants();
        check(map.size() == model.size(), v + ": size " + map.size() + ", model " + model.size());
        check(map.isEmpty() == model.isEmpty(), v + ": isEmpty");
        for (Object k : KEYS) {
            check(Objects.equals(map.get(k), model.get(k)), v + ": get(" + k + ")");
            check(map.containsKey(k) == model.containsKey(k), v + ": containsKey(" + k + ")");
            check(
                    Objects.equals(map.getOrDefault(k, "none"), model.getOrDefault(k, "none")),
                    v + ": getOrDefault(" + k + ")");
        }
        check(map.equals(model) && model.equals(map), v + ": equals " + map + ", model " + model);
        check(map.hashCode() == model.hashCode(), v + ": hashCode");
        check(new HashSet<>(map.entrySet()).equals(model.entrySet()), v + ": entry set");
        List<Object> keys = new ArrayList<>();
        map.forEach(
                (k, val) -> {
                    keys.add(k);
                    check(Objects.equals(val, model.get(k)), v + ": forEach value of " + k);
                });
        check(
                keys.size() == model.size() && new HashSet<>(keys).equals(model.keySet()),
                v + ": forEach keys");
        check(
                new ArrayList<>(map.keySet()).equals(keys),
                v + ": iteration order differs from forEach");
        List<Object> parts = new ArrayList<>();
        split(map.keySet().spliterator(), parts, d.nextInt(4));
        check(
                parts.size() == model.size() && new HashSet<>(parts).equals(model.keySet()),
                v + ": split spliterator");
    }

    /** Splits up to {@code depth} times, checking exact sizes, and traverses every part. */
    private void split(Spliterator<Object> sp, List<Object> out, int depth) {
        long size = sp.estimateSize();
        check(
                sp.hasCharacteristics(
                        Spliterator.SIZED | Spliterator.SUBSIZED | Spliterator.IMMUTABLE),
                "characteristics");
        Spliterator<Object> prefix = depth > 0 ? sp.trySplit() : null;
        if (prefix != null) {
            check(prefix.estimateSize() + sp.estimateSize() == size, "split sizes do not add up");
            cover("spliterator split");
            int before = out.size();
            long prefixSize = prefix.estimateSize();
            split(prefix, out, depth - 1);
            check(out.size() - before == prefixSize, "prefix size");
        }
        int before = out.size();
        long expected = sp.estimateSize();
        if (depth > 0 && d.nextBoolean()) {
            sp.tryAdvance(out::add);
        }
        sp.forEachRemaining(out::add);
        check(
                out.size() - before == expected,
                "a part traversed " + (out.size() - before) + " of " + expected);
    }

    /** The same contents built from empty, in a random order, must have the same shape. */
    private void checkShape(Version<PersistentHashMap<Object, Object>, Map<Object, Object>> v) {
        List<Map.Entry<Object, Object>> entries = new ArrayList<>(v.model().entrySet());
        for (int i = entries.size() - 1; i > 0; i--) {
            Collections.swap(entries, i, d.nextInt(i + 1));
        }
        PersistentHashMap<Object, Object> fresh = PersistentHashMap.empty();
        for (Map.Entry<Object, Object> e : entries) {
            fresh = fresh.with(e.getKey(), e.getValue());
        }
        check(
                v.value().sameShape(fresh) && fresh.sameShape(v.value()),
                v + ": shape differs from the same contents built from empty");
    }
}
