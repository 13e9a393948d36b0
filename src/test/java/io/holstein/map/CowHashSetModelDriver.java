package io.holstein.map;

import io.holstein.testing.Comparison;
import io.holstein.testing.Decisions;
import io.holstein.testing.Family;
import io.holstein.testing.ModelDriver;
import io.holstein.testing.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
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
final class CowHashSetModelDriver extends ModelDriver {

    static final int MAX_MEMBERS = 5;

    private static final int MAX_ITERATORS = 4;

    private final Family<Member> family = new Family<>(this, MAX_MEMBERS);

    CowHashSetModelDriver(Decisions d) {
        super(d, Comparison.between("CowHashSet", "HashSet"));
    }

    @Override
    protected void start() {
        newMember();
    }

    @Override
    protected void step() {
        Member m = family.pick();
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
    }

    private Object element() {
        return d.pick(CowHashMapModelDriver.KEYS);
    }

    private List<Object> elements(int max) {
        return d.some(CowHashMapModelDriver.KEYS, max);
    }

    private static final class Member
            extends Family.Member<Set<Object>, CowHashSet<Object>, HashSet<Object>> {
        Set<Object> before;

        /** Structural modifications of the model, as HashSet counts them. */
        int epoch;

        final List<Kept> iterators = new ArrayList<>();

        Member(String name, CowHashSet<Object> holstein, HashSet<Object> model) {
            super(name, holstein, model);
            this.before = new HashSet<>(model);
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
        return family.add(new Member("S" + nextId(), cow, model));
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

    @Override
    protected void checkAll() {
        for (Member m : family) {
            m.holstein.checkInvariants();
            check(m.holstein.size() == m.model.size(), m + ": size");
            for (Object e : CowHashMapModelDriver.KEYS) {
                check(m.holstein.contains(e) == m.model.contains(e), m + ": contains(" + e + ")");
            }
            check(m.holstein.equals(m.model) && m.model.equals(m.holstein), m + ": equals");
            check(m.holstein.hashCode() == m.model.hashCode(), m + ": hashCode");
            check(
                    new HashSet<>(Arrays.asList(m.holstein.toArray())).equals(m.model),
                    m + ": toArray");
        }
    }

    private void setStep(Member m) {
        Object e = element();
        switch (d.nextInt(12)) {
            case 0, 1, 2 -> both(m + ".add(" + e + ")", s -> m.of(s).add(e));
            case 3, 4 -> both(m + ".remove(" + e + ")", s -> m.of(s).remove(e));
            case 5 -> {
                List<Object> c = elements(20);
                both(m + ".addAll(" + c + ")", s -> m.of(s).addAll(c));
            }
            case 6 -> {
                // AbstractSet.removeAll walks the smaller side, as HashSet's does.
                List<Object> c = elements(12);
                both(m + ".removeAll(" + c + ")", s -> m.of(s).removeAll(c));
            }
            case 7 -> {
                Set<Object> c = new HashSet<>(elements(12));
                both(m + ".retainAll(" + c + ")", s -> m.of(s).retainAll(c));
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
                        s ->
                                m.of(s)
                                        .removeIf(
                                                x -> {
                                                    if (forkInFilter
                                                            && s == Side.HOLSTEIN
                                                            && forks.isEmpty()) {
                                                        forks.add(m.holstein.fork());
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
                            s -> {
                                m.of(s).clear();
                                return null;
                            });
                    m.epoch++;
                }
            }
            case 10 -> {
                Member other = family.pick();
                both(m + ".equals(" + other + ")", s -> m.of(s).equals(other.of(s)));
            }
            default -> {
                List<Object> parts = new ArrayList<>();
                Spliterator<Object> sp = m.holstein.spliterator();
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
        if (m.holstein.isShared()) {
            cover("operation on shared storage");
        }
    }

    private void iteratorStep(Member m) {
        if (m.iterators.isEmpty() || d.oneIn(4)) {
            Kept k =
                    new Kept(
                            m + ".iterator()#" + nextId(),
                            m.holstein.iterator(),
                            new ArrayList<>(m.holstein),
                            m.epoch);
            keep(m.iterators, MAX_ITERATORS, k);
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
                if (m.holstein.isShared()) {
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
            boolean shared = m.holstein.isShared();
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
                                ? m.holstein.fork()
                                : how == 1 ? m.holstein.clone() : new CowHashSet<>(m.holstein);
                check(fork.isShared() && m.holstein.isShared(), m + ": a fork shares storage");
                check(
                        new ArrayList<>(fork).equals(new ArrayList<>(m.holstein)),
                        m + ": a fork iterates like its source");
                Member f = addMember(fork, new HashSet<>(m.model));
                log(f + " = fork of " + m + " (" + how + ")");
                cover("fork");
            }
            case 1 -> {
                // y = x.fork(); x writes; y writes: kept iterators of x must not see y's writes.
                CowHashSet<Object> y = m.holstein.fork();
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
                m.holstein.add(ex);
                m.model.add(ex);
                y.remove(ey);
                my.model.remove(ey);
                cover("fork, then writes on both sides");
            }
            case 2 -> newMember();
            case 3 -> {
                CowHashSet<Object> back = roundTrip(m.holstein);
                Member c = addMember(back, new HashSet<>(m.model));
                log(c + " = " + m + " serialized and read back");
                cover("serialization round trip");
            }
            default -> family.drop(m);
        }
    }
}
