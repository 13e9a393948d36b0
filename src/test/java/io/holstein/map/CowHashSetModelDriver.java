package io.holstein.map;

import io.holstein.testing.Decisions;
import io.holstein.testing.StepLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;

/**
 * Drives a family of {@link CowHashSet}s forked from one another, each beside a {@link HashSet}
 * model, and checks after every step that each set equals its model and passes {@link
 * CowHashSet#checkInvariants()}. Lighter than {@link CowHashMapModelDriver}, whose table the set
 * shares: it covers the set's own methods, its constructors and forks, and iterators kept across
 * forks and writes, with elements from the same pool (two groups of one hash code each, one of them
 * equal across two classes).
 */
final class CowHashSetModelDriver {

    static final int MAX_MEMBERS = 5;

    private static final int MAX_ITERATORS = 4;

    private final Decisions d;

    private final List<Member> family = new ArrayList<>();

    private final StepLog steps;

    private int nextId;

    private CowHashSetModelDriver(Decisions d, Map<String, Integer> coverage) {
        this.d = d;
        this.steps = new StepLog(coverage);
    }

    static void run(Decisions d, int maxSteps, Map<String, Integer> coverage) {
        new CowHashSetModelDriver(d, coverage).runSteps(maxSteps);
    }

    private void runSteps(int maxSteps) {
        steps.run(
                d,
                maxSteps,
                () -> {
                    newMember();
                    checkAll();
                },
                () -> {
                    Member m = d.pick(family);
                    switch (d.weighted(8, 4, 3)) {
                        case 0 -> setStep(m);
                        case 1 -> iteratorStep(m);
                        default -> familyStep(m);
                    }
                    for (Member x : family) {
                        if (!x.model.equals(x.before)) {
                            x.epoch++;
                            x.before = new HashSet<>(x.model);
                        }
                    }
                    checkAll();
                });
    }

    private void log(String s) {
        steps.log(s);
    }

    private void cover(String situation) {
        steps.cover(situation);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private Object element() {
        return d.pick(CowHashMapModelDriver.KEYS);
    }

    private List<Object> elements(int max) {
        List<Object> out = new ArrayList<>();
        int n = d.nextInt(0, max);
        for (int i = 0; i < n; i++) {
            out.add(element());
        }
        return out;
    }

    private static final class Member {
        final int id;
        final CowHashSet<Object> cow;
        final HashSet<Object> model;
        Set<Object> before;

        /** Structural modifications of the model, as HashSet counts them. */
        int epoch;

        final List<Kept> iterators = new ArrayList<>();

        Member(int id, CowHashSet<Object> cow, HashSet<Object> model) {
            this.id = id;
            this.cow = cow;
            this.model = model;
            this.before = new HashSet<>(model);
        }

        @Override
        public String toString() {
            return "S" + id;
        }
    }

    /** An iterator with the order its set had when it was made. */
    private static final class Kept {
        final String name;
        final Iterator<Object> it;
        final List<Object> expected;
        int epoch;
        int position;
        boolean canRemove;

        Kept(String name, Iterator<Object> it, List<Object> expected, int epoch) {
            this.name = name;
            this.it = it;
            this.expected = expected;
            this.epoch = epoch;
        }
    }

    private Member addMember(CowHashSet<Object> cow, HashSet<Object> model) {
        if (family.size() == MAX_MEMBERS) {
            family.remove(d.nextInt(family.size()));
        }
        Member m = new Member(nextId++, cow, model);
        family.add(m);
        return m;
    }

    private void newMember() {
        List<Object> source = elements(24);
        int how = d.nextInt(4);
        CowHashSet<Object> cow =
                switch (how) {
                    case 0 -> new CowHashSet<>(source);
                    case 1 -> new CowHashSet<>(d.nextInt(0, 30));
                    case 2 -> new CowHashSet<>(d.nextInt(0, 5), d.pick(List.of(0.05f, 0.5f, 0.9f)));
                    default -> new CowHashSet<>();
                };
        if (how > 0) {
            cow.addAll(source);
        }
        Member m = addMember(cow, new HashSet<>(source));
        log("new " + m + " = " + source + " (constructor " + how + ")");
    }

    private void checkAll() {
        for (Member m : family) {
            m.cow.checkInvariants();
            check(m.cow.size() == m.model.size(), m + ": size");
            for (Object e : CowHashMapModelDriver.KEYS) {
                check(m.cow.contains(e) == m.model.contains(e), m + ": contains(" + e + ")");
            }
            check(m.cow.equals(m.model) && m.model.equals(m.cow), m + ": equals");
            check(m.cow.hashCode() == m.model.hashCode(), m + ": hashCode");
            check(new HashSet<>(Arrays.asList(m.cow.toArray())).equals(m.model), m + ": toArray");
        }
    }

    private void both(String what, Member m, java.util.function.Function<Set<Object>, Object> op) {
        log(what);
        Object cow;
        Object model;
        try {
            cow = op.apply(m.cow);
        } catch (RuntimeException e) {
            cow = e.getClass();
        }
        try {
            model = op.apply(m.model);
        } catch (RuntimeException e) {
            model = e.getClass();
        }
        check(Objects.equals(cow, model), what + ": CowHashSet " + cow + " but HashSet " + model);
    }

    private void setStep(Member m) {
        Object e = element();
        switch (d.nextInt(12)) {
            case 0, 1, 2 -> both(m + ".add(" + e + ")", m, s -> s.add(e));
            case 3, 4 -> both(m + ".remove(" + e + ")", m, s -> s.remove(e));
            case 5 -> {
                List<Object> c = elements(20);
                both(m + ".addAll(" + c + ")", m, s -> s.addAll(c));
            }
            case 6 -> {
                // AbstractSet.removeAll walks the smaller side, as HashSet's does.
                List<Object> c = elements(12);
                both(m + ".removeAll(" + c + ")", m, s -> s.removeAll(c));
            }
            case 7 -> {
                Set<Object> c = new HashSet<>(elements(12));
                both(m + ".retainAll(" + c + ")", m, s -> s.retainAll(c));
            }
            case 8 -> {
                Set<Object> c = new HashSet<>(elements(12));
                boolean forkInFilter = d.nextBoolean();
                List<CowHashSet<Object>> forks = new ArrayList<>();
                both(
                        m
                                + ".removeIf(in "
                                + c
                                + ")"
                                + (forkInFilter ? " forking in the filter" : ""),
                        m,
                        s ->
                                s.removeIf(
                                        x -> {
                                            if (forkInFilter && s == m.cow && forks.isEmpty()) {
                                                forks.add(m.cow.fork());
                                            }
                                            return c.contains(x);
                                        }));
                if (!forks.isEmpty()) {
                    // The fork was made before the loop removed anything: it holds the old
                    // contents.
                    Member f = addMember(forks.get(0), new HashSet<>(m.before));
                    log("  " + f + " forked in the filter");
                    cover("fork in a removeIf filter");
                }
            }
            case 9 -> {
                if (d.oneIn(3)) {
                    both(
                            m + ".clear()",
                            m,
                            s -> {
                                s.clear();
                                return null;
                            });
                    m.epoch++;
                }
            }
            case 10 -> {
                Member other = d.pick(family);
                both(
                        m + ".equals(" + other + ")",
                        m,
                        s -> s.equals(s == m.cow ? other.cow : other.model));
            }
            default -> {
                List<Object> parts = new ArrayList<>();
                Spliterator<Object> sp = m.cow.spliterator();
                Spliterator<Object> prefix = sp.trySplit();
                if (prefix != null) {
                    prefix.forEachRemaining(parts::add);
                }
                sp.forEachRemaining(parts::add);
                log(m + ".spliterator() split and traversed: " + parts);
                check(
                        parts.size() == m.model.size() && new HashSet<>(parts).equals(m.model),
                        m + ": spliterator");
            }
        }
        if (m.cow.isShared()) {
            cover("operation on shared storage");
        }
    }

    private void iteratorStep(Member m) {
        if (m.iterators.isEmpty() || d.oneIn(4)) {
            if (m.iterators.size() == MAX_ITERATORS) {
                m.iterators.remove(d.nextInt(MAX_ITERATORS));
            }
            Kept k =
                    new Kept(
                            m + ".iterator()#" + nextId++,
                            m.cow.iterator(),
                            new ArrayList<>(m.cow),
                            m.epoch);
            m.iterators.add(k);
            log("  kept " + k.name);
            return;
        }
        Kept k = d.pick(m.iterators);
        boolean fresh = k.epoch == m.epoch;
        if (d.nextInt(3) > 0) {
            log(k.name + ".next()" + (fresh ? "" : " (stale)"));
            try {
                Object e = k.it.next();
                check(fresh && k.position < k.expected.size(), k.name + ".next() returned " + e);
                check(
                        Objects.equals(k.expected.get(k.position++), e),
                        k.name + ".next() out of order");
                k.canRemove = true;
                if (m.cow.isShared()) {
                    cover("iterator read shared storage");
                }
            } catch (ConcurrentModificationException e) {
                check(!fresh, k.name + ".next() threw CME while fresh");
                cover("stale iterator threw CME");
            } catch (NoSuchElementException e) {
                check(fresh && k.position == k.expected.size(), k.name + ".next() ended early");
            }
        } else {
            log(k.name + ".remove()" + (fresh ? "" : " (stale)"));
            boolean shared = m.cow.isShared();
            try {
                k.it.remove();
                check(
                        fresh && k.canRemove,
                        k.name + ".remove() succeeded on a stale or spent iterator");
                m.model.remove(k.expected.get(k.position - 1));
                m.before = new HashSet<>(m.model);
                m.epoch++;
                k.epoch = m.epoch;
                k.canRemove = false;
                cover(shared ? "iterator remove on shared storage" : "iterator remove");
            } catch (IllegalStateException e) {
                check(!k.canRemove, k.name + ".remove() threw IllegalStateException after next()");
            } catch (ConcurrentModificationException e) {
                check(!fresh, k.name + ".remove() threw CME while fresh");
            }
        }
    }

    private void familyStep(Member m) {
        switch (d.weighted(4, 2, 2, 1, 1)) {
            case 0 -> {
                int how = d.nextInt(3);
                CowHashSet<Object> fork =
                        how == 0
                                ? m.cow.fork()
                                : how == 1 ? m.cow.clone() : new CowHashSet<>(m.cow);
                check(fork.isShared() && m.cow.isShared(), m + ": a fork shares storage");
                check(
                        new ArrayList<>(fork).equals(new ArrayList<>(m.cow)),
                        m + ": a fork iterates like its source");
                Member f = addMember(fork, new HashSet<>(m.model));
                log(f + " = fork of " + m + " (" + how + ")");
                cover("fork");
            }
            case 1 -> {
                // y = x.fork(); x writes; y writes: kept iterators of x must not see y's writes.
                CowHashSet<Object> y = m.cow.fork();
                Member my = addMember(y, new HashSet<>(m.model));
                Object ex = element();
                Object ey = element();
                log(
                        my
                                + " = "
                                + m
                                + ".fork(); "
                                + m
                                + ".add("
                                + ex
                                + "); "
                                + my
                                + ".remove("
                                + ey
                                + ")");
                m.cow.add(ex);
                m.model.add(ex);
                y.remove(ey);
                my.model.remove(ey);
                cover("fork, then writes on both sides");
            }
            case 2 -> newMember();
            case 3 -> {
                CowHashSet<Object> back = CowHashMapModelDriver.roundTrip(m.cow);
                Member c = addMember(back, new HashSet<>(m.model));
                log(c + " = " + m + " serialized and read back");
                cover("serialization round trip");
            }
            default -> {
                if (family.size() > 1) {
                    family.remove(m);
                    log("dropped " + m);
                }
            }
        }
    }
}
