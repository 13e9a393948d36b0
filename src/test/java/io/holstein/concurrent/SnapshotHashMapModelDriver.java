package io.holstein.concurrent;

import io.holstein.map.PersistentHashMap;
import io.holstein.map.PersistentHashMapInvariants;
import io.holstein.testing.Decisions;
import io.holstein.testing.ModelDriver;
import io.holstein.testing.Versions.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Set;

/**
 * Drives one {@link SnapshotHashMap} beside a {@link HashMap} model, single-threaded, through every
 * {@code ConcurrentMap} method, {@link SnapshotHashMap#update}, {@link
 * SnapshotHashMap#compareAndSet}, the views and iterators kept across writes, and serialization.
 *
 * <p>Every snapshot taken is kept with a copy of the model at that moment and checked again after
 * later writes and at the end: a write after {@code snapshot()} must never show in the snapshot. A
 * write that changes nothing must leave the current version the same instance (no CAS). Kept
 * iterators must return exactly the mappings of the version current when they were created,
 * whatever was written since.
 */
final class SnapshotHashMapModelDriver extends ModelDriver {

    /** Small integers and strings, so that operations hit present keys often. */
    static final List<Object> KEYS;

    static {
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            keys.add(i);
        }
        for (int i = 0; i < 8; i++) {
            keys.add("k" + i);
        }
        KEYS = Collections.unmodifiableList(keys);
    }

    /** One instance per value, so that {@code ==} and {@code equals} agree for pool values. */
    static final List<String> VALUES = List.of("a", "b", "c", "d", "e", "f");

    private static final int MAX_SNAPSHOTS = 12;
    private static final int MAX_ITERATORS = 4;

    private final SnapshotHashMap<Object, Object> map = new SnapshotHashMap<>();
    private final Map<Object, Object> model = new HashMap<>();
    private final List<Version<PersistentHashMap<Object, Object>, Map<Object, Object>>> snapshots =
            new ArrayList<>();
    private final List<KeptIterator> iterators = new ArrayList<>();
    private int snapshotCount;

    /** An iterator of one view with the model of the version it iterates and what it returned. */
    private static final class KeptIterator {
        final String name;
        final int kind;
        final Iterator<?> it;
        final Map<Object, Object> model;
        final Set<Object> seenKeys = new HashSet<>();
        final List<Object> seenValues = new ArrayList<>();
        Object lastKey;

        KeptIterator(String name, int kind, Iterator<?> it, Map<Object, Object> model) {
            this.name = name;
            this.kind = kind;
            this.it = it;
            this.model = model;
        }
    }

    SnapshotHashMapModelDriver(Decisions d) {
        super(d);
    }

    @Override
    protected void start() {}

    @Override
    protected void step() {
        switch (d.weighted(12, 8, 3, 2, 3, 4, 4, 2, 1, 2)) {
            case 0 -> singleKeyWrite();
            case 1 -> functionWrite();
            case 2 -> multiKeyWrite();
            case 3 -> compareAndSet();
            case 4 -> takeSnapshot();
            case 5 -> iteratorStep();
            case 6 -> viewStep();
            case 7 -> reads();
            case 8 -> serialize();
            default -> rarely();
        }
    }

    @Override
    protected void finish() {
        for (var k : snapshots) {
            checkKept(k);
        }
        while (!iterators.isEmpty()) {
            drain(iterators.remove(0));
        }
    }

    private Object key() {
        return d.pick(KEYS);
    }

    private Object value() {
        return d.pick(VALUES);
    }

    /** The map's contents and invariants, and the snapshots' (a write must not reach them). */
    @Override
    protected void checkAll() {
        map.checkInvariants();
        PersistentHashMap<Object, Object> now = map.snapshot();
        PersistentHashMapInvariants.check(now);
        check(now.equals(model), "map " + now + " but model " + model);
        check(map.size() == model.size(), "size " + map.size() + " but model " + model.size());
        if (d.oneIn(4)) {
            check(map.equals(model) && model.equals(map), "equals with the model");
            check(map.hashCode() == model.hashCode(), "hashCode");
            check(
                    map.entrySet().equals(model.entrySet()) && map.keySet().equals(model.keySet()),
                    "views equal the model's");
        }
        if (!snapshots.isEmpty()) {
            checkKept(d.pick(snapshots));
        }
    }

    private void checkKept(Version<PersistentHashMap<Object, Object>, Map<Object, Object>> k) {
        check(k.value().equals(k.model()), k + " changed: " + k.value() + " but was " + k.model());
        check(k.value().size() == k.model().size(), k + " size changed");
        PersistentHashMapInvariants.check(k.value());
    }

    /** Runs a write expected to change nothing: the current version must stay the same instance. */
    private void expectNoWrite(PersistentHashMap<Object, Object> before, String what) {
        check(map.snapshot() == before, what + " changed nothing but installed a new version");
        cover("write that changes nothing installed nothing");
    }

    private void singleKeyWrite() {
        Object k = key();
        Object v = d.oneIn(6) ? new String((String) value()) : value();
        PersistentHashMap<Object, Object> before = map.snapshot();
        Object present = model.get(k);
        switch (d.nextInt(7)) {
            case 0 -> {
                log("put(" + k + ", " + v + ")");
                check(Objects.equals(model.put(k, v), map.put(k, v)), "put returned");
                if (present == v) {
                    expectNoWrite(before, "put of the present value");
                }
            }
            case 1 -> {
                log("putIfAbsent(" + k + ", " + v + ")");
                check(
                        Objects.equals(model.putIfAbsent(k, v), map.putIfAbsent(k, v)),
                        "putIfAbsent returned");
                if (present != null) {
                    expectNoWrite(before, "putIfAbsent of a present key");
                }
            }
            case 2 -> {
                log("remove(" + k + ")");
                check(Objects.equals(model.remove(k), map.remove(k)), "remove returned");
                if (present == null) {
                    expectNoWrite(before, "remove of an absent key");
                }
            }
            case 3 -> {
                log("remove(" + k + ", " + v + ")");
                boolean expected = model.remove(k, v);
                check(expected == map.remove(k, v), "remove(k, v) returned");
                if (!expected) {
                    expectNoWrite(before, "failed remove(k, v)");
                }
            }
            case 4 -> {
                Object old = d.nextBoolean() && present != null ? present : value();
                log("replace(" + k + ", " + old + ", " + v + ")");
                boolean expected = model.replace(k, old, v);
                check(expected == map.replace(k, old, v), "replace(k, old, new) returned");
                if (!expected) {
                    expectNoWrite(before, "failed replace(k, old, new)");
                }
            }
            case 5 -> {
                log("replace(" + k + ", " + v + ")");
                check(
                        Objects.equals(model.replace(k, v), map.replace(k, v)),
                        "replace(k, v) returned");
                if (present == null) {
                    expectNoWrite(before, "replace of an absent key");
                }
            }
            default -> {
                if (d.nextBoolean()) {
                    log("get(" + k + ")");
                    check(Objects.equals(model.get(k), map.get(k)), "get");
                } else {
                    log("getOrDefault(" + k + ")");
                    check(
                            Objects.equals(
                                    model.getOrDefault(k, "default"),
                                    map.getOrDefault(k, "default")),
                            "getOrDefault");
                }
                expectNoWrite(before, "a read");
            }
        }
    }

    private void functionWrite() {
        Object k = key();
        Object result = d.oneIn(4) ? null : value();
        PersistentHashMap<Object, Object> before = map.snapshot();
        Object present = model.get(k);
        int[] calls = {0};
        Object[] seen = new Object[2];
        switch (d.nextInt(4)) {
            case 0 -> {
                log("compute(" + k + " -> " + result + ")");
                Object got =
                        map.compute(
                                k,
                                (key, old) -> {
                                    calls[0]++;
                                    seen[0] = old;
                                    return result;
                                });
                check(
                        Objects.equals(model.compute(k, (key, old) -> result), got),
                        "compute returned");
                check(
                        calls[0] == 1 && Objects.equals(seen[0], present),
                        "compute called its function " + calls[0] + " times with " + seen[0]);
                if (present == null && result == null) {
                    expectNoWrite(before, "compute of an absent key to null");
                }
            }
            case 1 -> {
                log("computeIfAbsent(" + k + " -> " + result + ")");
                Object got =
                        map.computeIfAbsent(
                                k,
                                key -> {
                                    calls[0]++;
                                    return result;
                                });
                check(
                        Objects.equals(model.computeIfAbsent(k, key -> result), got),
                        "computeIfAbsent returned");
                check(
                        calls[0] == (present == null ? 1 : 0),
                        "computeIfAbsent called its function " + calls[0] + " times");
                if (present != null || result == null) {
                    expectNoWrite(before, "computeIfAbsent that puts nothing");
                }
            }
            case 2 -> {
                log("computeIfPresent(" + k + " -> " + result + ")");
                Object got =
                        map.computeIfPresent(
                                k,
                                (key, old) -> {
                                    calls[0]++;
                                    seen[0] = old;
                                    return result;
                                });
                check(
                        Objects.equals(model.computeIfPresent(k, (key, old) -> result), got),
                        "computeIfPresent returned");
                check(
                        calls[0] == (present == null ? 0 : 1) && Objects.equals(seen[0], present),
                        "computeIfPresent's function");
                if (present == null) {
                    expectNoWrite(before, "computeIfPresent of an absent key");
                }
            }
            default -> {
                Object given = value();
                log("merge(" + k + ", " + given + " -> " + result + ")");
                Object got =
                        map.merge(
                                k,
                                given,
                                (old, g) -> {
                                    calls[0]++;
                                    seen[0] = old;
                                    seen[1] = g;
                                    return result;
                                });
                check(
                        Objects.equals(model.merge(k, given, (old, g) -> result), got),
                        "merge returned");
                check(
                        calls[0] == (present == null ? 0 : 1) && Objects.equals(seen[0], present),
                        "merge's function");
            }
        }
    }

    private Map<Object, Object> randomEntries(int max) {
        Map<Object, Object> m = new HashMap<>();
        int n = d.nextInt(0, max);
        for (int i = 0; i < n; i++) {
            m.put(key(), value());
        }
        return m;
    }

    private void multiKeyWrite() {
        PersistentHashMap<Object, Object> before = map.snapshot();
        switch (d.nextInt(4)) {
            case 0 -> {
                Map<Object, Object> entries = randomEntries(8);
                log("putAll(" + entries + ")");
                map.putAll(entries);
                model.putAll(entries);
                if (entries.isEmpty()) {
                    expectNoWrite(before, "putAll of nothing");
                }
            }
            case 1 -> {
                Map<Object, Object> entries = randomEntries(8);
                List<Object> gone = new ArrayList<>(randomEntries(4).keySet());
                log("update(withAll " + entries + ", withoutAll " + gone + ")");
                int[] calls = {0};
                PersistentHashMap<Object, Object> result =
                        map.update(
                                m -> {
                                    calls[0]++;
                                    check(m == before, "update's operator got another version");
                                    return m.withAll(entries).withoutAll(gone);
                                });
                model.putAll(entries);
                model.keySet().removeAll(gone);
                check(
                        calls[0] == 1 && result == map.snapshot(),
                        "update returns the version it installed");
                cover("update");
            }
            case 2 -> {
                log("update(identity)");
                check(map.update(m -> m) == before, "update returning its argument");
                expectNoWrite(before, "update returning its argument");
            }
            default -> {
                Object replacement = value();
                boolean same = d.oneIn(3);
                log("replaceAll(-> " + (same ? "same" : replacement) + ")");
                map.replaceAll((k, v) -> same ? v : replacement);
                model.replaceAll((k, v) -> same ? v : replacement);
                if (same) {
                    expectNoWrite(before, "replaceAll to the same values");
                }
            }
        }
    }

    private void compareAndSet() {
        PersistentHashMap<Object, Object> current = map.snapshot();
        PersistentHashMap<Object, Object> expected =
                !snapshots.isEmpty() && d.nextBoolean() ? d.pick(snapshots).value() : current;
        Object k = key();
        Object v = value();
        PersistentHashMap<Object, Object> next = d.oneIn(5) ? expected : expected.with(k, v);
        boolean shouldSucceed = expected == current;
        log(
                "compareAndSet("
                        + (shouldSucceed ? "current" : "stale")
                        + ", with("
                        + k
                        + ", "
                        + v
                        + "))");
        check(map.compareAndSet(expected, next) == shouldSucceed, "compareAndSet result");
        if (shouldSucceed) {
            model.clear();
            model.putAll(next);
            cover("compareAndSet succeeded");
        } else {
            check(map.snapshot() == current, "a failed compareAndSet wrote");
            cover("compareAndSet failed on a stale version");
        }
    }

    private void takeSnapshot() {
        PersistentHashMap<Object, Object> s = map.snapshot();
        check(s == map.snapshot(), "two snapshots without a write in between differ");
        Version<PersistentHashMap<Object, Object>, Map<Object, Object>> k =
                new Version<>("snapshot#" + snapshotCount++, s, new HashMap<>(model));
        var dropped = keep(snapshots, MAX_SNAPSHOTS, k);
        if (dropped != null) {
            checkKept(dropped);
        }
        log("snapshot() -> " + k.model());
        if (d.oneIn(4)) {
            // A new map over a kept version shares it and writes never reach it.
            var old = d.pick(snapshots);
            SnapshotHashMap<Object, Object> other = new SnapshotHashMap<>(old.value());
            check(other.snapshot() == old.value(), "the PersistentHashMap constructor copied");
            other.put(key(), value());
            other.remove(key());
            checkKept(old);
            cover("map over a kept snapshot written");
        }
    }

    private void iteratorStep() {
        if (iterators.size() < MAX_ITERATORS && (iterators.isEmpty() || d.oneIn(3))) {
            int kind = d.nextInt(3);
            Iterator<?> it =
                    switch (kind) {
                        case 0 -> map.keySet().iterator();
                        case 1 -> map.values().iterator();
                        default -> map.entrySet().iterator();
                    };
            KeptIterator k =
                    new KeptIterator(
                            "iterator" + kind + "@" + map.size(), kind, it, new HashMap<>(model));
            log("new " + k.name + " over " + k.model);
            iterators.add(k);
            return;
        }
        KeptIterator k = d.pick(iterators);
        if (!k.it.hasNext()) {
            iterators.remove(k);
            finish(k);
            return;
        }
        Object next = k.it.next();
        Object key;
        Object value;
        switch (k.kind) {
            case 0 -> {
                key = next;
                value = k.model.get(key);
            }
            case 1 -> {
                key = null;
                value = next;
            }
            default -> {
                Entry<?, ?> e = (Entry<?, ?>) next;
                key = e.getKey();
                value = e.getValue();
            }
        }
        log(k.name + ".next() = " + next);
        if (key != null) {
            check(
                    k.model.containsKey(key) && Objects.equals(k.model.get(key), value),
                    k.name + " returned " + next + " not in its version");
            check(k.seenKeys.add(key), k.name + " returned " + key + " twice");
        }
        k.seenValues.add(value);
        k.lastKey = key;
        if (k.kind == 2 && d.oneIn(3)) {
            @SuppressWarnings("unchecked")
            Entry<Object, Object> e = (Entry<Object, Object>) next;
            Object v = value();
            log("  entry.setValue(" + v + ")");
            check(Objects.equals(value, e.setValue(v)), "setValue returned");
            check(e.getValue() == v, "setValue did not update the entry");
            model.put(key, v);
            cover("entry setValue written through");
        } else if (d.oneIn(3)) {
            log("  iterator.remove()");
            k.it.remove();
            if (k.kind == 1) {
                // The values iterator removes the key it came from, which the model cannot name.
                model.entrySet().removeIf(e -> !map.containsKey(e.getKey()));
            } else {
                model.remove(key);
            }
            cover("iterator remove on the live map");
            try {
                k.it.remove();
                throw new AssertionError("a second remove() did not throw");
            } catch (IllegalStateException expected) {
                // Iterator.remove allows one removal per next().
            }
        }
    }

    private void finish(KeptIterator k) {
        log(k.name + " finished");
        if (k.kind == 1) {
            List<Object> expected = new ArrayList<>(k.model.values());
            List<Object> actual = new ArrayList<>(k.seenValues);
            check(
                    sortedStrings(expected).equals(sortedStrings(actual)),
                    k.name + " returned values " + actual + " of " + k.model);
        } else {
            check(
                    k.seenKeys.equals(k.model.keySet()),
                    k.name + " returned " + k.seenKeys + " of " + k.model.keySet());
        }
        cover("iterator ran to the end of its version");
    }

    private void drain(KeptIterator k) {
        while (k.it.hasNext()) {
            Object next = k.it.next();
            if (k.kind == 0) {
                check(k.seenKeys.add(next), "repeated key");
            } else if (k.kind == 1) {
                k.seenValues.add(next);
            } else {
                Entry<?, ?> e = (Entry<?, ?>) next;
                check(
                        Objects.equals(k.model.get(e.getKey()), e.getValue()),
                        "entry " + e + " not in its version");
                check(k.seenKeys.add(e.getKey()), "repeated key");
            }
        }
        finish(k);
    }

    private static List<String> sortedStrings(List<Object> values) {
        List<String> s = new ArrayList<>();
        for (Object v : values) {
            s.add(String.valueOf(v));
        }
        Collections.sort(s);
        return s;
    }

    private void viewStep() {
        Object k = key();
        Object v = value();
        PersistentHashMap<Object, Object> before = map.snapshot();
        switch (d.nextInt(6)) {
            case 0 -> {
                log("keySet().remove(" + k + ")");
                check(map.keySet().remove(k) == model.keySet().remove(k), "keySet remove");
            }
            case 1 -> {
                log("values().remove(" + v + ")");
                boolean removed = map.values().remove(v);
                check(removed == model.containsValue(v), "values remove returned " + removed);
                if (removed) {
                    // Which key lost the value is the map's choice: the model follows it.
                    model.entrySet().removeIf(e -> !map.containsKey(e.getKey()));
                    check(before.size() - 1 == map.size(), "values remove removed one mapping");
                } else {
                    expectNoWrite(before, "values remove of an absent value");
                }
            }
            case 2 -> {
                Entry<Object, Object> e = Map.entry(k, v);
                log("entrySet().remove(" + e + ")");
                check(map.entrySet().remove(e) == model.entrySet().remove(e), "entrySet remove");
            }
            case 3 -> {
                log("contains on the views: " + k + ", " + v);
                check(map.keySet().contains(k) == model.containsKey(k), "keySet contains");
                check(map.values().contains(v) == model.containsValue(v), "values contains");
                check(
                        map.entrySet().contains(Map.entry(k, v))
                                == model.entrySet().contains(Map.entry(k, v)),
                        "entrySet contains");
                check(map.containsValue(v) == model.containsValue(v), "containsValue");
                check(
                        map.keySet().size() == model.size() && map.values().size() == model.size(),
                        "view sizes");
            }
            case 4 -> {
                log("keySet().removeIf(key < 8)");
                boolean expected =
                        model.keySet().removeIf(key -> key instanceof Integer i && i < 8);
                check(
                        map.keySet().removeIf(key -> key instanceof Integer i && i < 8) == expected,
                        "removeIf");
            }
            default -> {
                log("toArray of the views");
                check(map.entrySet().toArray().length == model.size(), "entrySet toArray");
                check(
                        new HashSet<>(List.of(map.keySet().toArray(new Object[0])))
                                .equals(model.keySet()),
                        "keySet toArray");
                check(map.values().stream().count() == model.size(), "values stream");
            }
        }
    }

    private void reads() {
        PersistentHashMap<Object, Object> before = map.snapshot();
        Map<Object, Object> seen = new HashMap<>();
        map.forEach(seen::put);
        log("forEach, toString");
        check(seen.equals(model), "forEach saw " + seen);
        String s = map.toString();
        check(s.length() >= 2 && s.startsWith("{") && s.endsWith("}"), "toString " + s);
        check(s.equals(before.toString()), "toString of the current version");
        expectNoWrite(before, "reads");
    }

    private void serialize() {
        log("serialization round trip");
        Object back = roundTrip((Object) map);
        check(back instanceof SnapshotHashMap<?, ?>, "deserialized to " + back.getClass());
        SnapshotHashMap<?, ?> copy = (SnapshotHashMap<?, ?>) back;
        copy.checkInvariants();
        check(copy.equals(model), "deserialized " + copy);
        cover("serialization round trip");
    }

    private void rarely() {
        PersistentHashMap<Object, Object> before = map.snapshot();
        if (d.nextBoolean()) {
            log("clear()");
            map.clear();
            model.clear();
            if (before.isEmpty()) {
                expectNoWrite(before, "clear of an empty map");
            }
        } else {
            log("new SnapshotHashMap(map) and its writes");
            SnapshotHashMap<Object, Object> copy = new SnapshotHashMap<>(map);
            check(
                    copy.snapshot() == before,
                    "a map built from a SnapshotHashMap shares its version");
            copy.put("copy", "only");
            check(!map.containsKey("copy"), "a write to the copy reached the original");
        }
    }
}
