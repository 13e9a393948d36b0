package io.holstein.map;

import io.holstein.testing.Decisions;
import io.holstein.testing.ModelDriver;
import io.holstein.testing.Versions;
import io.holstein.testing.Versions.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drives {@link PersistentHashSet}s, their builders and their set algebra beside {@link HashSet}
 * models, keeping every version with a private copy of its model, checking each new version
 * (contents, invariants, canonical shape) and all of them again at the end. Elements come from
 * {@link PersistentHashMapModelDriver#KEYS}.
 */
final class PersistentHashSetModelDriver extends ModelDriver {

    private static final int MAX_BUILDERS = 3;

    private final Versions<PersistentHashSet<Object>, Set<Object>> versions = new Versions<>();

    private final List<BuilderTwin> builders = new ArrayList<>();

    private record BuilderTwin(
            String name, PersistentHashSet.Builder<Object> builder, Set<Object> model) {}

    PersistentHashSetModelDriver(Decisions d) {
        super(d);
    }

    @Override
    protected void start() {
        add("empty", PersistentHashSet.empty(), Set.of());
    }

    @Override
    protected void step() {
        switch (d.weighted(8, 6, 4, 1, 1)) {
            case 0 -> single();
            case 1 -> algebra();
            case 2 -> builderStep();
            case 3 -> factories();
            default -> {
                var v = versions.recent(d);
                add(v + " serialized", roundTrip(v.value()), v.model());
                cover("serialization round trip");
            }
        }
    }

    @Override
    protected void finish() {
        for (var v : versions) {
            checkVersion(v);
        }
    }

    private Object element() {
        return d.pick(PersistentHashMapModelDriver.KEYS);
    }

    private List<Object> elements(int max) {
        return d.some(PersistentHashMapModelDriver.KEYS, max);
    }

    private void add(String name, PersistentHashSet<Object> set, Set<Object> model) {
        Version<PersistentHashSet<Object>, Set<Object>> v =
                versions.add(name, set, Collections.unmodifiableSet(new HashSet<>(model)));
        log(v + " = " + name + " -> " + model);
        checkVersion(v);
        PersistentHashSet<Object> fresh = PersistentHashSet.empty();
        List<Object> shuffled = new ArrayList<>(model);
        Collections.reverse(shuffled);
        for (Object e : shuffled) {
            fresh = fresh.with(e);
        }
        check(
                set.sameShape(fresh) && fresh.sameShape(set),
                v + ": shape differs from the same elements added to empty");
    }

    private void single() {
        var v = versions.recent(d);
        Object e = element();
        Set<Object> model = new HashSet<>(v.model());
        if (d.nextInt(3) > 0) {
            PersistentHashSet<Object> next = v.value().with(e);
            if (!model.add(e)) {
                check(next == v.value(), v + ".with(" + e + ") of an element must return the set");
                cover("returned an operand unchanged");
            }
            add(v + ".with(" + e + ")", next, model);
        } else {
            PersistentHashSet<Object> next = v.value().without(e);
            if (!model.remove(e)) {
                check(
                        next == v.value(),
                        v + ".without(" + e + ") of an absent element must return the set");
                cover("returned an operand unchanged");
            }
            add(v + ".without(" + e + ")", next, model);
        }
    }

    private void algebra() {
        var v = versions.recent(d);
        Collection<Object> arg;
        Set<Object> argModel;
        String argName;
        switch (d.nextInt(3)) {
            case 0 -> {
                var w = versions.any(d);
                arg = w.value();
                argModel = w.model();
                argName = w.name();
            }
            case 1 -> {
                arg = new HashSet<>(elements(15));
                argModel = new HashSet<>(arg);
                argName = "HashSet " + arg;
            }
            default -> {
                // A list: membership by its contains, duplicates allowed.
                arg = elements(15);
                argModel = new HashSet<>(arg);
                argName = "List " + arg;
            }
        }
        Set<Object> model = new HashSet<>(v.model());
        PersistentHashSet<Object> next;
        String what;
        switch (d.nextInt(3)) {
            case 0 -> {
                what = v + ".union(" + argName + ")";
                next = v.value().union(arg);
                model.addAll(argModel);
            }
            case 1 -> {
                what = v + ".intersection(" + argName + ")";
                next = v.value().intersection(arg);
                model.retainAll(argModel);
            }
            default -> {
                what = v + ".difference(" + argName + ")";
                next = v.value().difference(arg);
                model.removeAll(argModel);
            }
        }
        if (model.equals(v.model())) {
            check(next == v.value(), what + ": equals this set, so must be it");
            cover("returned an operand unchanged");
        } else if (arg instanceof PersistentHashSet
                && model.equals(argModel)
                && !what.contains("difference")) {
            check(next == arg, what + ": equals the argument, so must be it");
            cover("returned the argument");
        }
        add(what, next, model);
    }

    private void factories() {
        List<Object> source = elements(30);
        switch (d.nextInt(3)) {
            case 0 -> add("copyOf(list)", PersistentHashSet.copyOf(source), new HashSet<>(source));
            case 1 ->
                    add(
                            "collector",
                            source.stream().collect(PersistentHashSet.collector()),
                            new HashSet<>(source));
            default -> {
                Object[] distinct = new HashSet<>(source).toArray();
                add("of(...)", PersistentHashSet.of(distinct), new HashSet<>(source));
                if (distinct.length > 1) {
                    Object[] dup = java.util.Arrays.copyOf(distinct, distinct.length + 1);
                    dup[distinct.length] = distinct[0];
                    try {
                        PersistentHashSet.of(dup);
                        check(false, "of accepted a duplicate");
                    } catch (IllegalArgumentException expected) {
                        cover("of rejected a duplicate");
                    }
                }
            }
        }
    }

    private void builderStep() {
        if (builders.isEmpty() || d.oneIn(6)) {
            if (builders.size() == MAX_BUILDERS) {
                builders.remove(d.nextInt(MAX_BUILDERS));
            }
            var v = versions.recent(d);
            builders.add(
                    d.nextBoolean()
                            ? new BuilderTwin(
                                    v + ".toBuilder()",
                                    v.value().toBuilder(),
                                    new HashSet<>(v.model()))
                            : new BuilderTwin(
                                    "builder()", PersistentHashSet.builder(), new HashSet<>()));
            return;
        }
        BuilderTwin b = d.pick(builders);
        Object e = element();
        switch (d.nextInt(5)) {
            case 0 -> {
                log(b.name + ".add(" + e + ")");
                check(b.builder.add(e) == b.builder, "add returns the builder");
                b.model.add(e);
            }
            case 1 -> {
                log(b.name + ".remove(" + e + ")");
                check(b.builder.remove(e) == b.builder, "remove returns the builder");
                b.model.remove(e);
            }
            case 2 -> {
                List<Object> es = elements(8);
                log(b.name + ".addAll(" + es + ")");
                b.builder.addAll(es);
                b.model.addAll(es);
            }
            case 3 -> {
                add(b.name + ".build()", b.builder.build(), b.model);
                cover("build");
            }
            default -> {
                check(b.builder.size() == b.model.size(), b.name + ": size");
                check(
                        b.builder.contains(e) == b.model.contains(e),
                        b.name + ": contains(" + e + ")");
            }
        }
    }

    private void checkVersion(Version<PersistentHashSet<Object>, Set<Object>> v) {
        PersistentHashSet<Object> set = v.value();
        set.checkInvariants();
        check(set.size() == v.model().size(), v + ": size");
        for (Object e : PersistentHashMapModelDriver.KEYS) {
            check(set.contains(e) == v.model().contains(e), v + ": contains(" + e + ")");
        }
        check(
                set.equals(v.model()) && v.model().equals(set),
                v + ": equals " + set + ", model " + v.model());
        check(set.hashCode() == v.model().hashCode(), v + ": hashCode");
        List<Object> seen = new ArrayList<>();
        set.forEach(seen::add);
        check(
                seen.size() == v.model().size() && new HashSet<>(seen).equals(v.model()),
                v + ": forEach");
        check(new ArrayList<>(set).equals(seen), v + ": iterator order differs from forEach");
        check(set.stream().parallel().count() == v.model().size(), v + ": parallel stream count");
    }
}
