package io.holstein.map;

import io.holstein.testing.Callbacks;
import io.holstein.testing.Callbacks.Act;
import io.holstein.testing.Comparison;
import io.holstein.testing.Comparison.Outcomes;
import io.holstein.testing.Decisions;
import io.holstein.testing.Family;
import io.holstein.testing.ModelDriver;
import io.holstein.testing.Side;
import io.holstein.testing.Twin;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Drives a family of {@link CowHashMap}s forked from one another, each beside a {@link HashMap}
 * model, through sequences of operations chosen by {@link Decisions}, and checks after every step
 * that each map equals its model (size, the value of every key of the pool, the entry set, the hash
 * code) and passes {@link CowHashMap#checkInvariants()}.
 *
 * <p>What it exercises:
 *
 * <ul>
 *   <li>every mutator and read of {@code HashMap}, plus {@code fork}, {@code clone}, the sharing
 *       copy constructor and serialization, on the maps of the family, with keys from a small pool:
 *       {@code null}, small integers, nineteen keys of one hash code (an {@code Integer}, strings,
 *       keys ordered by a rank that several share, keys without an order), and eleven of another
 *       hash code, ten {@link CollidingKeys.Ranked} of distinct ranks and one of its subclass equal
 *       to the last of them, so that collision buckets form, grow, shrink and dissolve, and meet a
 *       key of another class than their tree's that equals one of theirs;
 *   <li>writes through the views ({@code remove}, {@code removeIf}, {@code retainAll}, {@code
 *       removeAll}, {@code clear}) and reads through them;
 *   <li>iterators, spliterators and entries kept across steps, forks and writes of other members:
 *       iterators are checked against the order their map had when they were made (which must not
 *       change without a structural modification), their elements against the model, and their
 *       staleness against the structural modifications the model went through, as {@code HashMap}
 *       counts them; entries written with {@code setValue} after a fork must write only their own
 *       map;
 *   <li>user functions ({@code forEach}, {@code replaceAll}, {@code compute*}, {@code merge},
 *       {@code removeIf}) that fork the map mid-call and write the fork, write the map, modify it
 *       structurally (where {@code HashMap} then throws) or throw.
 * </ul>
 *
 * <p>Iteration order is not {@code HashMap}'s, so sequences are compared as sets or against the
 * map's own order taken at the time, and an operation whose result depends on the order ({@code
 * values().remove(v)} with several keys mapped to {@code v}) is read off the map, checked and
 * mirrored on the model. Kept entries are compared with the documented behaviour of {@code
 * CowHashEntry} ({@link ModelEntry}), since {@code HashMap}'s entries are undefined once their map
 * is modified otherwise.
 */
final class CowHashMapModelDriver extends ModelDriver {

    static final int MAX_MEMBERS = 5;

    static final int MAX_DERIVED = 6;

    /** The hash code shared by the colliding keys of the pool. */
    static final int HASH = CollidingKeys.stringHash(3);

    /** The hash code shared by the keys that are equal across two classes. */
    static final int CROSS_CLASS_HASH = HASH + 1;

    /** The groups of keys of one hash code each, which bulk steps put and remove. */
    static final List<List<Object>> COLLIDING;

    /** Keys: null, five ordinary ones, and the {@link #COLLIDING} groups. */
    static final List<Object> KEYS;

    static {
        List<Object> oneHash = new ArrayList<>();
        oneHash.add(HASH);
        oneHash.addAll(CollidingKeys.strings(4, 3, 0));
        for (int i = 0; i < 10; i++) {
            oneHash.add(new CollidingKeys.Ranked(HASH, i / 2, i));
        }
        for (int i = 0; i < 4; i++) {
            oneHash.add(new CollidingKeys.Plain(HASH, i));
        }
        List<Object> crossClass = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            crossClass.add(new CollidingKeys.Ranked(CROSS_CLASS_HASH, i, i));
        }
        // One subclass key, equal to the largest Ranked: HashMap, the model, places a key of
        // another class after the Ranked keys of its tree bin (by class name), so that its
        // compareTo search for the largest rank still meets it; a subclass key of a smaller rank
        // would be lost by the model itself once the bin is a tree.
        crossClass.add(new CollidingKeys.RankedSubclass(CROSS_CLASS_HASH, 9, 9));
        COLLIDING = List.of(List.copyOf(oneHash), List.copyOf(crossClass));
        List<Object> keys = new ArrayList<>();
        keys.add(null);
        for (int i = 0; i < 4; i++) {
            keys.add(i);
        }
        keys.add("a");
        COLLIDING.forEach(keys::addAll);
        KEYS = keys;
    }

    static final List<String> VALUES = java.util.Arrays.asList(null, "v0", "v1", "v2", "v3");

    private final Family<Member> family = new Family<>(this, MAX_MEMBERS);

    CowHashMapModelDriver(Decisions d) {
        super(d, Comparison.between("CowHashMap", "HashMap"));
    }

    @Override
    protected void start() {
        newMember();
    }

    @Override
    protected void step() {
        Member m = family.pick();
        switch (d.weighted(10, 8, 3, 2)) {
            case 0 -> mapStep(m);
            case 1 -> derivedStep(m);
            case 2 -> familyStep(m);
            default -> viewStep(m);
        }
        afterStep();
    }

    private Object key() {
        return d.pick(KEYS);
    }

    private String value() {
        return d.pick(VALUES);
    }

    // ------------------------------------------------------------------ family

    /** One map of the family, its model, and what is kept of it. */
    private static final class Member
            extends Family.Member<
                    Map<Object, Object>, CowHashMap<Object, Object>, HashMap<Object, Object>> {

        /** Structural modifications of the model, as HashMap counts them (its modCount). */
        int epoch;

        /** The model's keys after the last step, to detect structural modifications. */
        Set<Object> keysBefore;

        final List<Derived> derived = new ArrayList<>();

        Member(String name, CowHashMap<Object, Object> holstein, HashMap<Object, Object> model) {
            super(name, holstein, model);
            this.keysBefore = new HashSet<>(model.keySet());
        }
    }

    private Member addMember(CowHashMap<Object, Object> cow, HashMap<Object, Object> model) {
        return family.add(new Member("M" + nextId(), cow, model));
    }

    private Map<Object, Object> randomContents() {
        Map<Object, Object> source = new LinkedHashMap<>();
        int n = d.nextInt(0, 24);
        for (int i = 0; i < n; i++) {
            source.put(key(), value());
        }
        return source;
    }

    private void newMember() {
        int how = d.nextInt(5);
        Map<Object, Object> source = randomContents();
        CowHashMap<Object, Object> cow =
                switch (how) {
                    case 0 -> new CowHashMap<>();
                    case 1 -> new CowHashMap<>(d.nextInt(0, 40));
                    case 2 ->
                            new CowHashMap<>(
                                    d.nextInt(0, 10),
                                    d.pick(List.of(0.01f, 0.125f, 0.3f, 0.5f, 0.75f, 1f, 8f)));
                    default -> new CowHashMap<>(source);
                };
        if (how < 3) {
            source.forEach(cow::put);
        }
        Member m = addMember(cow, new HashMap<>(source));
        log("new " + m + " = " + source + " (constructor " + how + ")");
    }

    // ------------------------------------------------------------------ checks

    /** After a step: counts structural modifications, as HashMap's modCount would. */
    private void afterStep() {
        for (Member m : family) {
            Set<Object> keys = m.model.keySet();
            if (!keys.equals(m.keysBefore)) {
                m.epoch++;
                m.keysBefore = new HashSet<>(keys);
            }
        }
    }

    @Override
    protected void checkAll() {
        for (Member m : family) {
            CowHashMap<Object, Object> cow = m.holstein;
            cow.checkInvariants();
            check(
                    cow.size() == m.model.size(),
                    m + ": size " + cow.size() + ", model " + m.model.size());
            check(cow.isEmpty() == m.model.isEmpty(), m + ": isEmpty");
            for (Object k : KEYS) {
                check(
                        Objects.equals(cow.get(k), m.model.get(k)),
                        m + ": get(" + k + ") " + cow.get(k) + ", model " + m.model.get(k));
                check(cow.containsKey(k) == m.model.containsKey(k), m + ": containsKey(" + k + ")");
            }
            check(
                    cow.equals(m.model) && m.model.equals(cow),
                    m + ": equals " + cow + ", model " + m.model);
            check(cow.hashCode() == m.model.hashCode(), m + ": hashCode");
            check(new HashSet<>(cow.entrySet()).equals(m.model.entrySet()), m + ": entry set");
            check(cow.toString().length() == m.model.toString().length(), m + ": toString " + cow);
            for (Derived x : m.derived) {
                if (x instanceof EntryTwin e) {
                    check(
                            e.holstein.equals(e.model) && e.model.equals(e.holstein),
                            x + ": equals " + e.holstein + ", model " + e.model);
                    check(e.holstein.hashCode() == e.model.hashCode(), x + ": hashCode");
                    check(Objects.equals(e.holstein.getKey(), e.model.getKey()), x + ": key");
                    check(
                            Objects.equals(e.holstein.getValue(), e.model.getValue()),
                            x
                                    + ": value "
                                    + e.holstein.getValue()
                                    + ", model "
                                    + e.model.getValue());
                }
            }
        }
        family.checkCounts(
                m -> m.holstein.shares(), m -> m.holstein.table, m -> m.holstein.isShared());
        family.checkCounts(
                m -> m.holstein.hashShares(), m -> m.holstein.hashes, m -> m.holstein.isShared());
    }

    // ------------------------------------------------------------------ callbacks

    /** What a user function does at its {@code at}-th call; the same on both sides. */
    private record Plan(
            Act act,
            int at,
            Object forkKey,
            String forkValue,
            Object selfKey,
            String selfValue,
            List<String> results) {
        @Override
        public String toString() {
            return act == Act.NONE ? "" : "[" + act + " at call " + at + "]";
        }
    }

    /**
     * Decides what a user function does. {@code allowed} lists the acts whose outcome {@code
     * HashMap} defines for the operation at hand (see the class comment).
     */
    private Plan plan(int expectedCalls, Act... allowed) {
        Act act = Act.NONE;
        if (allowed.length > 0 && d.oneIn(3)) {
            act = d.pick(List.of(allowed));
        }
        List<String> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(value());
        }
        return new Plan(
                act,
                d.nextInt(Math.max(1, expectedCalls)),
                key(),
                value(),
                key(),
                value(),
                results);
    }

    /** One side's function calls: counts them and carries out the plan. */
    private static final class Calls extends Callbacks {
        final Plan plan;
        final Member member;
        CowHashMap<Object, Object> cowFork;

        /** The map's contents when the fork was made, read through the map; the fork's model. */
        HashMap<Object, Object> cowForkModel;

        HashMap<Object, Object> modelFork;

        Calls(Plan plan, Side side, Member member) {
            super(side, plan.act, plan.at);
            this.plan = plan;
            this.member = member;
        }

        /** Called by every user function on entry; returns the planned result of this call. */
        String call() {
            return plan.results.get(hit() % plan.results.size());
        }

        @Override
        protected void act(Act act) {
            Map<Object, Object> self = member.of(side);
            switch (act) {
                case FORK_AND_WRITE -> {
                    if (side == Side.HOLSTEIN) {
                        cowFork = member.holstein.fork();
                        cowForkModel = new HashMap<>(member.holstein);
                        cowFork.put(plan.forkKey, plan.forkValue);
                        cowForkModel.put(plan.forkKey, plan.forkValue);
                    } else {
                        modelFork = new HashMap<>(member.model);
                        modelFork.put(plan.forkKey, plan.forkValue);
                    }
                }
                case WRITE_SELF -> {
                    // Only a key already there: a new one would be a structural modification.
                    if (self.containsKey(plan.selfKey)) {
                        self.put(plan.selfKey, plan.selfValue);
                    }
                }
                case STRUCTURAL -> {
                    if (self.containsKey(plan.selfKey)) {
                        self.remove(plan.selfKey);
                    } else {
                        self.put(plan.selfKey, plan.selfValue);
                    }
                }
                default -> throw new AssertionError(act);
            }
        }
    }

    private Twin<Calls> callbacks(Member m, Plan plan) {
        return Twin.bySide(side -> new Calls(plan, side, m));
    }

    /**
     * After a call with user functions: adopts the fork they made, if both sides made it. Its model
     * is the map's contents when it was forked, read through the map: in a loop that writes as it
     * goes (replaceAll, removeIf) those depend on the iteration order. With {@code exact}, the call
     * wrote nothing before its functions ran, so they must equal the model's.
     */
    private void settle(Twin<Calls> cbs, boolean exact) {
        Calls cow = cbs.holstein();
        Calls model = cbs.model();
        if (cow.cowFork != null && model.modelFork != null) {
            check(
                    !exact || cow.cowForkModel.equals(model.modelFork),
                    "forked in a callback from " + cow.cowForkModel + ", model " + model.modelFork);
            Member f = addMember(cow.cowFork, cow.cowForkModel);
            log("  " + f + " was forked and written in a callback");
            cover("fork in a callback");
        } else {
            check(
                    cow.cowFork == null && model.modelFork == null,
                    "a callback forked on one side only");
        }
        if (cow.acted()) {
            cover("callback did " + cow.plannedAct());
        }
    }

    // ------------------------------------------------------------------ map steps

    private void mapStep(Member m) {
        if (m.holstein.isShared()) {
            cover("operation on shared storage");
        }
        Object k = key();
        String v = value();
        String n = m.toString();
        switch (d.nextInt(25)) {
            case 0, 1, 2, 3 -> both(n + ".put(" + k + ", " + v + ")", s -> m.of(s).put(k, v));
            case 4 ->
                    both(n + ".putIfAbsent(" + k + ", " + v + ")", s -> m.of(s).putIfAbsent(k, v));
            case 5, 6 -> both(n + ".remove(" + k + ")", s -> m.of(s).remove(k));
            case 7 -> both(n + ".remove(" + k + ", " + v + ")", s -> m.of(s).remove(k, v));
            case 8 -> both(n + ".replace(" + k + ", " + v + ")", s -> m.of(s).replace(k, v));
            case 9 -> {
                String old = value();
                both(
                        n + ".replace(" + k + ", " + old + ", " + v + ")",
                        s -> m.of(s).replace(k, old, v));
            }
            case 10 -> {
                String dflt = value();
                both(
                        n + ".getOrDefault(" + k + ", " + dflt + ")",
                        s -> m.of(s).getOrDefault(k, dflt));
            }
            case 11 -> both(n + ".containsValue(" + v + ")", s -> m.of(s).containsValue(v));
            case 12, 13 -> computeStep(m, k);
            case 14 -> {
                Map<Object, Object> arg = d.nextBoolean() ? randomContents() : null;
                Member other = arg == null ? family.pick() : null;
                String what = n + ".putAll(" + (arg != null ? arg : other) + ")";
                both(
                        what,
                        s -> {
                            m.of(s).putAll(arg != null ? arg : other.of(s));
                            return null;
                        });
                if (other == m) {
                    cover("putAll of itself");
                }
            }
            case 15 -> {
                if (d.oneIn(3)) {
                    both(
                            n + ".clear()",
                            s -> {
                                m.of(s).clear();
                                return null;
                            });
                    m.epoch++;
                    cover(m.holstein.isShared() ? "clear of shared storage" : "clear");
                }
            }
            case 16, 17 -> forEachStep(m);
            case 18 -> replaceAllStep(m);
            case 19 -> {
                Member other = family.pick();
                both(n + ".equals(" + other + ")", s -> m.of(s).equals(other.of(s)));
            }
            case 20 -> removeCollidingKeys(m);
            case 21 -> bucketStep(m);
            default -> both(n + ".get(" + k + ")", s -> m.of(s).get(k));
        }
        if (m.holstein.buckets > 0) {
            cover("map with a collision bucket");
        }
    }

    /** Puts many keys of one colliding hash, so that a bucket forms. */
    private void bucketStep(Member m) {
        List<Object> keys = new ArrayList<>(d.pick(COLLIDING));
        int n = d.nextInt(6, keys.size());
        java.util.Collections.rotate(keys, d.nextInt(keys.size()));
        List<Object> chosen = keys.subList(0, n);
        String v = value();
        both(
                m + ".put each of " + chosen + " -> " + v,
                s -> {
                    for (Object k : chosen) {
                        m.of(s).put(k, v);
                    }
                    return null;
                });
        cover("many colliding keys put");
    }

    /** Removes many keys of one colliding hash, so that a bucket shrinks or empties. */
    private void removeCollidingKeys(Member m) {
        List<Object> keys = new ArrayList<>(d.pick(COLLIDING));
        java.util.Collections.rotate(keys, d.nextInt(keys.size()));
        List<Object> chosen = keys.subList(0, d.nextInt(1, keys.size()));
        boolean hadBucket = m.holstein.buckets > 0;
        both(
                m + ".remove each of " + chosen,
                s -> {
                    for (Object k : chosen) {
                        m.of(s).remove(k);
                    }
                    return null;
                });
        if (hadBucket && m.holstein.buckets == 0) {
            cover("collision bucket emptied");
        }
    }

    private void computeStep(Member m, Object k) {
        Plan plan = plan(1, Act.FORK_AND_WRITE, Act.WRITE_SELF, Act.STRUCTURAL, Act.THROW);
        Twin<Calls> cbs = callbacks(m, plan);
        String v = value();
        String n = m.toString();
        int which = d.nextInt(4);
        String what =
                switch (which) {
                    case 0 -> n + ".computeIfAbsent(" + k + ") " + plan;
                    case 1 -> n + ".computeIfPresent(" + k + ") " + plan;
                    case 2 -> n + ".compute(" + k + ") " + plan;
                    default -> n + ".merge(" + k + ", " + v + ") " + plan;
                };
        Outcomes o =
                both(
                        what,
                        s -> {
                            Calls cb = cbs.of(s);
                            Map<Object, Object> map = m.of(s);
                            Function<Object, Object> f1 = key -> cb.call();
                            BiFunction<Object, Object, Object> f2 = (a, b) -> cb.call();
                            return switch (which) {
                                case 0 -> map.computeIfAbsent(k, f1);
                                case 1 -> map.computeIfPresent(k, f2);
                                case 2 -> map.compute(k, f2);
                                default -> v == null ? mergeNull(map, k) : map.merge(k, v, f2);
                            };
                        });
        if (o.threw() && o.holstein().thrown() instanceof ConcurrentModificationException) {
            cover("function modified the map structurally");
        }
        settle(cbs, true);
    }

    /** merge with a null value: both throw NullPointerException before anything else. */
    private static Object mergeNull(Map<Object, Object> map, Object k) {
        return map.merge(k, null, (a, b) -> a);
    }

    private void forEachStep(Member m) {
        Plan plan = plan(m.model.size(), Act.FORK_AND_WRITE, Act.WRITE_SELF, Act.THROW);
        Twin<Calls> cbs = callbacks(m, plan);
        int where = d.nextInt(4);
        String what =
                m
                        + (where == 0
                                ? ".forEach"
                                : where == 1
                                        ? ".keySet().forEach"
                                        : where == 2 ? ".values().forEach" : ".entrySet().forEach")
                        + "(...) "
                        + plan;
        both(
                what,
                s -> {
                    Calls cb = cbs.of(s);
                    Map<Object, Object> map = m.of(s);
                    Set<Object> seen = new HashSet<>();
                    switch (where) {
                        case 0 ->
                                map.forEach(
                                        (key, value) -> {
                                            check(
                                                    Objects.equals(map.get(key), value),
                                                    "forEach handed a stale value of " + key);
                                            seen.add(key);
                                            cb.call();
                                        });
                        case 1 ->
                                map.keySet()
                                        .forEach(
                                                key -> {
                                                    seen.add(key);
                                                    cb.call();
                                                });
                        case 2 -> map.values().forEach(value -> cb.call());
                        default ->
                                map.entrySet()
                                        .forEach(
                                                e -> {
                                                    check(
                                                            Objects.equals(
                                                                    map.get(e.getKey()),
                                                                    e.getValue()),
                                                            "entry with a stale value");
                                                    seen.add(e.getKey());
                                                    cb.call();
                                                });
                    }
                    return where == 2 ? cb.calls() : seen;
                });
        settle(cbs, true);
    }

    private void replaceAllStep(Member m) {
        // No self-writes or failures midway: HashMap's result would then depend on its order.
        Plan plan = plan(m.model.size(), Act.FORK_AND_WRITE);
        Twin<Calls> cbs = callbacks(m, plan);
        int salt = d.nextInt(3);
        both(
                m + ".replaceAll(...) " + plan,
                s -> {
                    Calls cb = cbs.of(s);
                    m.of(s)
                            .replaceAll(
                                    (key, value) -> {
                                        cb.call();
                                        return VALUES.get(
                                                Math.floorMod(
                                                        Objects.hashCode(key)
                                                                + Objects.hashCode(value)
                                                                + salt,
                                                        VALUES.size()));
                                    });
                    return null;
                });
        settle(cbs, false);
    }

    // ------------------------------------------------------------------ views

    private void viewStep(Member m) {
        int which = d.nextInt(3);
        String vn = m + (which == 0 ? ".keySet()" : which == 1 ? ".values()" : ".entrySet()");
        Function<Side, Collection<Object>> view = s -> viewOf(m.of(s), which);
        Object element = elementFor(which);
        switch (d.nextInt(10)) {
            case 0, 1 -> {
                if (which == 1) {
                    removeValue(m, element);
                } else {
                    both(vn + ".remove(" + element + ")", s -> view.apply(s).remove(element));
                }
            }
            case 2 -> both(vn + ".contains(" + element + ")", s -> view.apply(s).contains(element));
            case 3 -> {
                Plan plan = plan(m.model.size(), Act.FORK_AND_WRITE);
                Twin<Calls> cbs = callbacks(m, plan);
                Set<Object> doomed = sample(which);
                both(
                        vn + ".removeIf(in " + doomed + ") " + plan,
                        s ->
                                view.apply(s)
                                        .removeIf(
                                                e -> {
                                                    cbs.of(s).call();
                                                    return doomed.contains(e);
                                                }));
                settle(cbs, false);
                cover("removeIf through a view");
            }
            case 4 -> {
                Set<Object> keep = sample(which);
                both(vn + ".retainAll(" + keep + ")", s -> view.apply(s).retainAll(keep));
            }
            case 5 -> {
                Set<Object> gone = sample(which);
                both(vn + ".removeAll(" + gone + ")", s -> view.apply(s).removeAll(gone));
            }
            case 6 -> {
                if (d.oneIn(4)) {
                    both(
                            vn + ".clear()",
                            s -> {
                                view.apply(s).clear();
                                return null;
                            });
                    m.epoch++;
                }
            }
            case 7 ->
                    both(
                            vn + ".toArray() as a set",
                            s -> multiset(java.util.Arrays.asList(view.apply(s).toArray())));
            case 8 ->
                    both(
                            vn + ".toArray(new Object[3]) as a set",
                            s -> {
                                Object[] a = view.apply(s).toArray(new Object[3]);
                                return multiset(
                                        java.util.Arrays.asList(a)
                                                .subList(0, view.apply(s).size()));
                            });
            default -> spliteratorExercise(m, which, vn);
        }
    }

    /**
     * {@code values().remove(v)} removes the first key mapped to {@code v} in iteration order,
     * which differs from HashMap's: the key is read off the map, then checked and mirrored.
     */
    private void removeValue(Member m, Object v) {
        log(m + ".values().remove(" + v + ")");
        Set<Object> before = new HashSet<>(m.holstein.keySet());
        boolean removed = m.holstein.values().remove(v);
        check(
                removed == m.model.containsValue(v),
                m + ".values().remove(" + v + ") returned " + removed);
        before.removeAll(m.holstein.keySet());
        check(
                before.size() == (removed ? 1 : 0),
                m + ".values().remove(" + v + ") removed " + before);
        if (removed) {
            Object k = before.iterator().next();
            check(
                    Objects.equals(m.model.get(k), v),
                    m + ".values().remove(" + v + ") removed " + k);
            m.model.remove(k);
        }
    }

    @SuppressWarnings("unchecked")
    private static Collection<Object> viewOf(Map<Object, Object> map, int which) {
        return switch (which) {
            case 0 -> map.keySet();
            case 1 -> map.values();
            default -> (Collection<Object>) (Collection<?>) map.entrySet();
        };
    }

    private Object elementFor(int which) {
        return switch (which) {
            case 0 -> key();
            case 1 -> value();
            default -> new SimpleEntry<>(key(), value());
        };
    }

    private Set<Object> sample(int which) {
        Set<Object> out = new HashSet<>();
        int n = d.nextInt(0, 8);
        for (int i = 0; i < n; i++) {
            out.add(elementFor(which));
        }
        return out;
    }

    private static Map<Object, Integer> multiset(Collection<?> c) {
        Map<Object, Integer> counts = new HashMap<>();
        for (Object o : c) {
            counts.merge(
                    o instanceof Map.Entry<?, ?> e ? new SimpleEntry<>(e) : o, 1, Integer::sum);
        }
        return counts;
    }

    /** Splits a fresh spliterator at random and traverses every part; the union is the view. */
    private void spliteratorExercise(Member m, int which, String vn) {
        List<Integer> splits = new ArrayList<>();
        List<Boolean> bulk = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            splits.add(d.nextInt(3));
        }
        for (int i = 0; i <= splits.size(); i++) {
            bulk.add(d.nextBoolean());
        }
        both(
                vn + ".spliterator() split " + splits + ", traversed",
                s -> {
                    Collection<Object> view = viewOf(m.of(s), which);
                    List<Spliterator<Object>> parts = new ArrayList<>();
                    parts.add(view.spliterator());
                    for (int choice : splits) {
                        Spliterator<Object> last = parts.get(parts.size() - 1);
                        if (choice > 0) {
                            Spliterator<Object> prefix = last.trySplit();
                            if (prefix != null) {
                                parts.add(prefix);
                            }
                        }
                    }
                    List<Object> all = new ArrayList<>();
                    for (int i = 0; i < parts.size(); i++) {
                        Spliterator<Object> p = parts.get(i);
                        if (bulk.get(i)) {
                            p.forEachRemaining(all::add);
                        } else {
                            while (p.tryAdvance(all::add)) {
                                // drained one by one
                            }
                        }
                    }
                    return multiset(all);
                });
    }

    // ------------------------------------------------------------------ derived objects

    /** An iterator, spliterator or entry of a member, kept across steps. */
    private abstract static class Derived {
        final String name;

        /** The member's epoch when this was made or last agreed with its map. */
        int epoch;

        Derived(String name, int epoch) {
            this.name = name;
            this.epoch = epoch;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** An iterator, with the keys its map listed when it was made, in order. */
    private static final class IteratorTwin extends Derived {
        final int which;
        final Iterator<Object> it;
        final List<Object> expected;
        int position;
        boolean canRemove;

        IteratorTwin(
                String name, int epoch, int which, Iterator<Object> it, List<Object> expected) {
            super(name, epoch);
            this.which = which;
            this.it = it;
            this.expected = expected;
        }
    }

    /** A spliterator of a view, bound when made, with its map's keys in order then. */
    private static final class SpliteratorTwin extends Derived {
        final int which;
        final Spliterator<Object> sp;
        final List<Object> expected;
        int position;

        SpliteratorTwin(
                String name, int epoch, int which, Spliterator<Object> sp, List<Object> expected) {
            super(name, epoch);
            this.which = which;
            this.sp = sp;
            this.expected = expected;
        }
    }

    /** An entry of the map and its model. */
    private static final class EntryTwin extends Derived {
        final Map.Entry<Object, Object> holstein;
        final ModelEntry model;

        EntryTwin(String name, Map.Entry<Object, Object> holstein, ModelEntry model) {
            super(name, 0);
            this.holstein = holstein;
            this.model = model;
        }

        Map.Entry<Object, Object> of(Side side) {
            return side == Side.HOLSTEIN ? holstein : model;
        }
    }

    /**
     * The model of an entry: {@code HashMap}'s own entries are undefined once their map is modified
     * other than through them (and really do detach when a bin is treeified), so the model is the
     * documented behaviour: the key's current mapping while it is in the map, the value last read
     * or written once it is not, and writes through while it is.
     */
    private static final class ModelEntry implements Map.Entry<Object, Object> {
        private final Map<Object, Object> map;
        private final Object key;
        private Object value;

        ModelEntry(Map<Object, Object> map, Object key) {
            this.map = map;
            this.key = key;
            this.value = map.get(key);
        }

        boolean attached() {
            return map.containsKey(key);
        }

        @Override
        public Object getKey() {
            return key;
        }

        @Override
        public Object getValue() {
            if (attached()) {
                value = map.get(key);
            }
            return value;
        }

        @Override
        public Object setValue(Object v) {
            Object old = getValue();
            if (attached()) {
                map.put(key, v);
            }
            value = v;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e
                    && Objects.equals(key, e.getKey())
                    && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return key + "=" + getValue();
        }
    }

    private void keep(Member m, Derived x) {
        keep(m.derived, MAX_DERIVED, x);
        log("  kept " + x + " of " + m);
    }

    private void derivedStep(Member m) {
        if (m.derived.isEmpty() || d.oneIn(4)) {
            createDerived(m);
            return;
        }
        List<Derived> fresh = new ArrayList<>();
        for (Derived x : m.derived) {
            if (x.epoch == m.epoch || x instanceof EntryTwin) {
                fresh.add(x);
            }
        }
        // Mostly the ones still valid: stale iterators only ever throw.
        Derived x = !fresh.isEmpty() && d.nextInt(4) > 0 ? d.pick(fresh) : d.pick(m.derived);
        if (x instanceof IteratorTwin it) {
            iteratorStep(m, it);
        } else if (x instanceof SpliteratorTwin sp) {
            spliteratorStep(m, sp);
        } else {
            entryStep(m, (EntryTwin) x);
        }
    }

    private void createDerived(Member m) {
        int which = d.nextInt(3);
        String base = m + (which == 0 ? ".keySet()" : which == 1 ? ".values()" : ".entrySet()");
        List<Object> order = new ArrayList<>(m.holstein.keySet());
        if (d.nextInt(4) > 0) {
            Iterator<Object> it = viewOf(m.holstein, which).iterator();
            keep(m, new IteratorTwin(base + ".iterator()#" + nextId(), m.epoch, which, it, order));
        } else {
            Spliterator<Object> sp = viewOf(m.holstein, which).spliterator();
            check(
                    sp.estimateSize() == m.model.size(),
                    base + ": estimateSize of a fresh spliterator");
            int characteristics = sp.characteristics();
            check(
                    (characteristics & Spliterator.SIZED) != 0,
                    base + ": a fresh spliterator is SIZED");
            check(
                    ((characteristics & Spliterator.DISTINCT) != 0) == (which != 1),
                    base + ": DISTINCT");
            keep(
                    m,
                    new SpliteratorTwin(
                            base + ".spliterator()#" + nextId(), m.epoch, which, sp, order));
        }
    }

    /** Checks an element handed out for {@code key}, the next key in the map's order. */
    private void checkElement(Member m, String what, int which, Object key, Object element) {
        switch (which) {
            case 0 ->
                    check(
                            Objects.equals(key, element),
                            what + ": key " + element + ", expected " + key);
            case 1 ->
                    check(
                            Objects.equals(m.model.get(key), element),
                            what
                                    + ": value "
                                    + element
                                    + " of "
                                    + key
                                    + ", model "
                                    + m.model.get(key));
            default -> {
                @SuppressWarnings("unchecked")
                Map.Entry<Object, Object> e = (Map.Entry<Object, Object>) element;
                check(
                        Objects.equals(key, e.getKey()),
                        what + ": entry of " + e.getKey() + ", expected " + key);
                check(
                        Objects.equals(m.model.get(key), e.getValue()),
                        what + ": entry value " + e.getValue());
                if (d.oneIn(2)) {
                    keep(
                            m,
                            new EntryTwin(
                                    what + " entry " + key + "#" + nextId(),
                                    e,
                                    new ModelEntry(m.model, key)));
                }
            }
        }
        check(m.model.containsKey(key), what + ": handed out " + key + ", which the model lacks");
    }

    private void iteratorStep(Member m, IteratorTwin x) {
        boolean fresh = x.epoch == m.epoch;
        if (fresh) {
            cover("fresh iterator used");
        }
        switch (d.weighted(3, 6, 2)) {
            case 0 -> {
                log(x + ".hasNext()" + (fresh ? "" : " (stale)"));
                boolean has = x.it.hasNext();
                check(!fresh || has == x.position < x.expected.size(), x + ".hasNext() " + has);
            }
            case 1 -> {
                log(x + ".next()" + (fresh ? "" : " (stale)"));
                Object element;
                try {
                    element = x.it.next();
                } catch (ConcurrentModificationException e) {
                    check(!fresh, x + ".next() threw CME on a fresh iterator");
                    cover("stale iterator threw CME");
                    return;
                } catch (NoSuchElementException e) {
                    check(
                            fresh && x.position == x.expected.size(),
                            x
                                    + ".next() threw NoSuchElementException at "
                                    + x.position
                                    + " of "
                                    + x.expected.size());
                    return;
                }
                check(
                        fresh,
                        x
                                + ".next() returned "
                                + element
                                + " though its map was modified structurally");
                check(x.position < x.expected.size(), x + ".next() past the end");
                checkElement(m, x.toString(), x.which, x.expected.get(x.position++), element);
                x.canRemove = true;
                if (m.holstein.isShared()) {
                    cover("iterator read shared storage");
                }
            }
            default -> {
                log(x + ".remove()" + (fresh ? "" : " (stale)"));
                Object removedKey = x.position > 0 ? x.expected.get(x.position - 1) : null;
                boolean shared = m.holstein.isShared();
                try {
                    x.it.remove();
                } catch (IllegalStateException e) {
                    check(!x.canRemove, x + ".remove() threw IllegalStateException after next()");
                    cover("iterator remove without next");
                    return;
                } catch (ConcurrentModificationException e) {
                    check(!fresh, x + ".remove() threw CME on a fresh iterator");
                    return;
                }
                check(fresh && x.canRemove, x + ".remove() succeeded on a stale or spent iterator");
                x.canRemove = false;
                m.model.remove(removedKey);
                // The map changed structurally: every other iterator of it is stale, this one not.
                m.epoch++;
                m.keysBefore = new HashSet<>(m.model.keySet());
                x.epoch = m.epoch;
                if (shared) {
                    cover("iterator remove on shared storage");
                } else {
                    cover("iterator remove");
                }
            }
        }
    }

    private void spliteratorStep(Member m, SpliteratorTwin x) {
        boolean fresh = x.epoch == m.epoch;
        List<Object> got = new ArrayList<>();
        boolean all = d.nextBoolean();
        log(x + (all ? ".forEachRemaining" : ".tryAdvance") + "(...)" + (fresh ? "" : " (stale)"));
        try {
            if (all) {
                x.sp.forEachRemaining(got::add);
            } else {
                x.sp.tryAdvance(got::add);
            }
        } catch (ConcurrentModificationException e) {
            check(!fresh, x + " threw CME while fresh");
            check(got.isEmpty(), x + " handed out elements before CME");
            cover("stale spliterator threw CME");
            return;
        }
        if (!fresh) {
            check(
                    got.isEmpty(),
                    x + " handed out " + got + " though its map was modified structurally");
            return;
        }
        int expectedCount =
                all ? x.expected.size() - x.position : Math.min(1, x.expected.size() - x.position);
        check(
                got.size() == expectedCount,
                x + " handed out " + got.size() + ", expected " + expectedCount);
        for (Object element : got) {
            checkElement(m, x.toString(), x.which, x.expected.get(x.position++), element);
        }
    }

    private void entryStep(Member m, EntryTwin x) {
        String v = value();
        boolean attached = x.model.attached();
        if (!attached) {
            cover("entry used after its key left the map");
        }
        if (d.nextBoolean()) {
            boolean shared = m.holstein.isShared();
            both(
                    x + ".setValue(" + v + ")" + (attached ? "" : " (key not in the map)"),
                    s -> x.of(s).setValue(v));
            if (shared && attached) {
                cover("entry setValue on shared storage");
            }
        } else {
            both(x + ".getValue()", s -> x.of(s).getValue());
        }
    }

    // ------------------------------------------------------------------ family steps

    private void familyStep(Member m) {
        switch (d.weighted(4, 3, 2, 1, 1, 2)) {
            case 0 -> fork(m);
            case 1 -> forkWriteBoth(m);
            case 2 -> newMember();
            case 3 -> reserialize(m);
            case 4 -> {
                Member copy = addMember(new CowHashMap<>(m.model), new HashMap<>(m.model));
                log("new " + copy + " = new CowHashMap<>(" + m + "'s model)");
            }
            default -> family.drop(m);
        }
    }

    private void fork(Member m) {
        int how = d.nextInt(3);
        CowHashMap<Object, Object> fork =
                switch (how) {
                    case 0 -> m.holstein.fork();
                    case 1 -> m.holstein.clone();
                    default -> new CowHashMap<>(m.holstein);
                };
        check(fork.isShared() && m.holstein.isShared(), m + ": a fork shares storage");
        check(fork.table == m.holstein.table, m + ": a fork shares the table");
        check(
                new ArrayList<>(fork.keySet()).equals(new ArrayList<>(m.holstein.keySet())),
                m + ": a fork iterates like its source");
        Member f = addMember(fork, new HashMap<>(m.model));
        log(
                f
                        + " = "
                        + m
                        + (how == 0
                                ? ".fork()"
                                : how == 1 ? ".clone()" : " copied by new CowHashMap<>(...)"));
        cover(how == 0 ? "fork" : how == 1 ? "clone" : "sharing copy constructor");
    }

    /**
     * y = x.fork(); x.put(...); y.put(...): kept iterators and entries of x must not see y's write.
     */
    private void forkWriteBoth(Member x) {
        CowHashMap<Object, Object> yCow = x.holstein.fork();
        Member y = addMember(yCow, new HashMap<>(x.model));
        Object kx = x.model.isEmpty() || d.oneIn(3) ? key() : d.pick(inPoolOrder(KEYS, x.model));
        Object ky = y.model.isEmpty() || d.oneIn(3) ? key() : d.pick(inPoolOrder(KEYS, y.model));
        String vx = value();
        String vy = value();
        log(
                y
                        + " = "
                        + x
                        + ".fork(); "
                        + x
                        + ".put("
                        + kx
                        + ", "
                        + vx
                        + "); "
                        + y
                        + ".put("
                        + ky
                        + ", "
                        + vy
                        + ")");
        x.holstein.put(kx, vx);
        x.model.put(kx, vx);
        y.holstein.put(ky, vy);
        y.model.put(ky, vy);
        cover("fork, then writes on both sides");
        if (!x.derived.isEmpty()) {
            cover("fork, then writes on both sides, with kept iterators or entries");
        }
    }

    private void reserialize(Member m) {
        CowHashMap<Object, Object> cow = roundTrip(m.holstein);
        check(!cow.isShared() || cow.isEmpty(), "a deserialized map shares nothing");
        Member copy = addMember(cow, new HashMap<>(m.model));
        log("new " + copy + " = " + m + " serialized and read back");
        cover("serialization round trip");
    }

    /**
     * The keys of {@code model}, in the order of {@code pool}: a choice among a {@code HashMap}'s
     * keys in its own order would not replay from its seed, since the order of colliding keys
     * without a natural order in a tree bin depends on identity hash codes.
     */
    static List<Object> inPoolOrder(List<Object> pool, Map<Object, Object> model) {
        List<Object> keys = new ArrayList<>(model.size());
        for (Object k : pool) {
            if (model.containsKey(k)) {
                keys.add(k);
            }
        }
        return keys;
    }
}
