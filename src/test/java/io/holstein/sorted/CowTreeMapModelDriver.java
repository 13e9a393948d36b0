package io.holstein.sorted;

import io.holstein.testing.Comparison;
import io.holstein.testing.Decisions;
import io.holstein.testing.Family;
import io.holstein.testing.ModelDriver;
import io.holstein.testing.Side;
import io.holstein.testing.Twin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Drives a family of {@link CowTreeMap}s forked from one another, each beside a {@link TreeMap}
 * model, and checks after every step that each map equals its model (contents, order, size), passes
 * its tree's invariants, and that the family keeps the sharing invariant: no node a map may write
 * in place is reachable from another map or from a persistent version taken of one ({@link
 * TreeSharing}), whose contents must never change.
 *
 * <p>What it exercises:
 *
 * <ul>
 *   <li>every single-key write and read of {@code TreeMap}, the navigation methods, polls, the
 *       positional reads (against ranks in the model), bulk loads, {@code clear}, {@code forEach}
 *       and {@code replaceAll}, on keys from 0 to {@value #KEYS} (so that trees reach two and three
 *       levels, sometimes at once by a bulk step) and a null key;
 *   <li>forks, clones, sharing copy constructors, {@code toPersistent} and maps made from the
 *       versions it returns, serialization, members dropped unwritten;
 *   <li>iterators (ascending, descending, of range views, of the three views), range views and
 *       entries kept across steps, forks and writes of other members, used later on both sides: the
 *       same elements, or both stale, since {@code TreeMap}'s are fail-fast too; an entry whose key
 *       left its map is dropped, as {@code CowTreeMap}'s entries then follow their key again where
 *       {@code TreeMap}'s stay detached (a documented difference);
 *   <li>functions of {@code forEach} and {@code replaceAll} that fork the map at a chosen key, then
 *       write the map or the fork.
 * </ul>
 */
final class CowTreeMapModelDriver extends ModelDriver {

    /** Keys are 0 to {@code KEYS - 1}, and sometimes null. */
    static final int KEYS = 1200;

    private static final List<String> VALUES = Arrays.asList(null, "a", "b", "c", "d");

    /** A map of the family, its model, and what the driver keeps of it. */
    private static final class Member
            extends Family.Member<
                    NavigableMap<Integer, String>,
                    CowTreeMap<Integer, String>,
                    TreeMap<Integer, String>> {

        final List<Twin<Iterator<?>>> iterators = new ArrayList<>();

        final List<Twin<NavigableMap<Integer, String>>> views = new ArrayList<>();

        final List<Twin<Map.Entry<Integer, String>>> entries = new ArrayList<>();

        /** The model's keys after the last step, to see structural modifications. */
        List<Integer> keys = List.of();

        Member(String name, CowTreeMap<Integer, String> holstein, TreeMap<Integer, String> model) {
            super(name, holstein, model);
        }
    }

    /** A persistent version taken of a member, with the mappings it must keep. */
    private record Kept(
            PersistentTreeMap<Integer, String> version, TreeMap<Integer, String> model) {}

    private final Family<Member> family = new Family<>(this, 5);

    private final List<Kept> versions = new ArrayList<>();

    CowTreeMapModelDriver(Decisions d) {
        super(d, Comparison.between("CowTreeMap", "TreeMap"));
    }

    private Integer key() {
        return d.oneIn(40) ? null : d.oneIn(3) ? d.nextInt(KEYS) : d.nextInt(64);
    }

    private String value() {
        return d.pick(VALUES);
    }

    private Member add(CowTreeMap<Integer, String> map, TreeMap<Integer, String> model) {
        return family.add(new Member("M" + nextId(), map, model));
    }

    @Override
    protected void start() {
        Member m = add(new CowTreeMap<>(), new TreeMap<>());
        log(m + " = new CowTreeMap()");
    }

    @Override
    protected void step() {
        Member m = family.pick();
        switch (d.weighted(12, 4, 3, 3, 3, 2, 2, 1)) {
            case 0 -> mapStep(m);
            case 1 -> navigationStep(m);
            case 2 -> familyStep(m);
            case 3 -> iteratorStep(m);
            case 4 -> viewStep(m);
            case 5 -> entryStep(m);
            case 6 -> bulkStep(m);
            default -> callbackStep(m);
        }
        dropDetachedEntries();
    }

    // ------------------------------------------------------------------ single keys

    private void mapStep(Member m) {
        Integer k = key();
        String v = value();
        String n = m.toString();
        if (m.holstein.isShared()) {
            cover("operation on a shared map");
        }
        switch (d.nextInt(14)) {
            case 0, 1, 2, 3 -> both(n + ".put(" + k + ", " + v + ")", s -> m.of(s).put(k, v));
            case 4, 5 -> both(n + ".remove(" + k + ")", s -> m.of(s).remove(k));
            case 6 ->
                    both(n + ".putIfAbsent(" + k + ", " + v + ")", s -> m.of(s).putIfAbsent(k, v));
            case 7 -> both(n + ".replace(" + k + ", " + v + ")", s -> m.of(s).replace(k, v));
            case 8 -> both(n + ".remove(" + k + ", " + v + ")", s -> m.of(s).remove(k, v));
            case 9 ->
                    both(
                            n + ".merge(" + k + ", a, concat)",
                            s -> m.of(s).merge(k, "a", (x, y) -> x.length() > 3 ? null : x + y));
            case 10 ->
                    both(
                            n + ".compute(" + k + ")",
                            s -> m.of(s).compute(k, (x, y) -> y == null ? "c" : null));
            case 11 ->
                    both(
                            n + ".computeIfAbsent(" + k + ")",
                            s -> m.of(s).computeIfAbsent(k, x -> x % 2 == 0 ? null : "e"));
            case 12 -> both(n + ".get(" + k + ")", s -> m.of(s).get(k));
            default -> both(n + ".containsKey(" + k + ")", s -> m.of(s).containsKey(k));
        }
    }

    private void navigationStep(Member m) {
        Integer k = key();
        String n = m.toString();
        switch (d.nextInt(10)) {
            case 0 -> both(n + ".lowerEntry(" + k + ")", s -> m.of(s).lowerEntry(k));
            case 1 -> both(n + ".floorKey(" + k + ")", s -> m.of(s).floorKey(k));
            case 2 -> both(n + ".ceilingEntry(" + k + ")", s -> m.of(s).ceilingEntry(k));
            case 3 -> both(n + ".higherKey(" + k + ")", s -> m.of(s).higherKey(k));
            case 4 -> both(n + ".firstKey()", s -> m.of(s).firstKey());
            case 5 -> both(n + ".lastEntry()", s -> m.of(s).lastEntry());
            case 6 -> both(n + ".pollFirstEntry()", s -> m.of(s).pollFirstEntry());
            case 7 -> both(n + ".pollLastEntry()", s -> m.of(s).pollLastEntry());
            case 8 -> {
                int i = d.nextInt(-1, m.model.size());
                log(n + ".entryAt(" + i + ")");
                compare(
                        n + ".entryAt(" + i + ")",
                        () -> m.holstein.entryAt(i),
                        () -> new ArrayList<>(m.model.entrySet()).get(i));
                cover("positional read");
            }
            default -> {
                Integer key = k == null ? 0 : k;
                log(n + ".indexOfKey(" + key + ")");
                compare(
                        n + ".indexOfKey(" + key + ")",
                        () -> m.holstein.indexOfKey(key),
                        () -> rankInModel(m.model, key));
            }
        }
    }

    /** The rank of {@code key} in {@code model}, or {@code -(insertion point) - 1}. */
    private static int rankInModel(TreeMap<Integer, String> model, Integer key) {
        int below = model.headMap(key, false).size();
        return model.containsKey(key) ? below : -below - 1;
    }

    // ------------------------------------------------------------------ family

    private void familyStep(Member m) {
        switch (d.nextInt(8)) {
            case 0, 1 -> {
                Member f = add(m.holstein.fork(), new TreeMap<>(m.model));
                log(f + " = " + m + ".fork()");
                cover("fork");
            }
            case 2 -> {
                Member f = add(m.holstein.clone(), new TreeMap<>(m.model));
                log(f + " = " + m + ".clone()");
                cover("clone");
            }
            case 3 -> {
                Member f =
                        add(
                                new CowTreeMap<>((SortedMap<Integer, String>) m.holstein),
                                new TreeMap<>(m.model));
                log(f + " = new CowTreeMap(" + m + ")");
                cover("sharing copy constructor");
            }
            case 4 -> {
                PersistentTreeMap<Integer, String> version = m.holstein.toPersistent();
                versions.add(new Kept(version, new TreeMap<>(m.model)));
                if (versions.size() > 4) {
                    versions.remove(d.nextInt(versions.size()));
                }
                log("version of " + m + " kept");
                cover("toPersistent");
                if (d.nextBoolean()) {
                    Member f = add(new CowTreeMap<>(version), new TreeMap<>(m.model));
                    log(f + " = new CowTreeMap(version of " + m + ")");
                    cover("map made from a persistent version");
                }
            }
            case 5 -> {
                Member f = add(roundTrip(m.holstein), new TreeMap<>(m.model));
                log(f + " = " + m + " serialized");
                cover("serialization round trip");
            }
            case 6 -> {
                family.drop(m);
                log("dropped " + m);
            }
            default -> {
                Member other = family.pick();
                both(m + ".equals(" + other + ")", s -> m.of(s).equals(other.of(s)));
                both(m + ".hashCode()", s -> m.of(s).hashCode());
            }
        }
    }

    // ------------------------------------------------------------------ kept iterators

    private void iteratorStep(Member m) {
        if (m.iterators.isEmpty() || d.oneIn(3)) {
            int how = d.nextInt(6);
            Twin<Iterator<?>> it =
                    Twin.bySide(
                            s -> {
                                NavigableMap<Integer, String> map = m.of(s);
                                return switch (how) {
                                    case 0 -> map.keySet().iterator();
                                    case 1 -> map.values().iterator();
                                    case 2 -> map.entrySet().iterator();
                                    case 3 -> map.descendingMap().entrySet().iterator();
                                    case 4 -> map.tailMap(20, true).keySet().iterator();
                                    default -> map.descendingKeySet().iterator();
                                };
                            });
            keep(m.iterators, 4, it);
            log("iterator " + how + " of " + m + " kept");
            return;
        }
        Twin<Iterator<?>> it = d.pick(m.iterators);
        int steps = d.nextInt(1, 40);
        for (int i = 0; i < steps; i++) {
            var out = both(m + " iterator.next()", s -> entryOrElement(it.of(s).next()));
            if (out.threw()) {
                cover("kept iterator threw " + out.holstein().thrown().getClass().getSimpleName());
                m.iterators.remove(it);
                return;
            }
            if (d.oneIn(4)) {
                boolean shared = m.holstein.isShared();
                both(m + " iterator.remove()", s -> remove(it.of(s)));
                cover(shared ? "iterator remove on a shared map" : "iterator remove");
            }
        }
        cover("kept iterator used");
    }

    /** A next element, an entry as its key and value (entries of the two sides never compare). */
    private static Object entryOrElement(Object next) {
        return next instanceof Map.Entry<?, ?> e ? Map.entry(e.getKey(), "" + e.getValue()) : next;
    }

    private static Object remove(Iterator<?> it) {
        it.remove();
        return null;
    }

    // ------------------------------------------------------------------ kept views

    private void viewStep(Member m) {
        if (m.views.isEmpty() || d.oneIn(3)) {
            Integer lo = d.nextInt(KEYS / 2);
            Integer hi = lo + d.nextInt(KEYS / 2);
            int how = d.nextInt(5);
            boolean inclusive = d.nextBoolean();
            var made =
                    both(
                            m + " view " + how + " [" + lo + ", " + hi + ")",
                            s -> {
                                NavigableMap<Integer, String> map = m.of(s);
                                return switch (how) {
                                    case 0 -> map.subMap(lo, true, hi, false);
                                    case 1 -> map.headMap(hi, inclusive);
                                    case 2 -> map.tailMap(lo, inclusive);
                                    case 3 -> map.descendingMap().subMap(hi, inclusive, lo, true);
                                    default -> map.descendingMap();
                                };
                            });
            if (!made.threw()) {
                @SuppressWarnings("unchecked")
                Twin<NavigableMap<Integer, String>> view =
                        new Twin<>(
                                (NavigableMap<Integer, String>) made.holstein().value(),
                                (NavigableMap<Integer, String>) made.model().value());
                keep(m.views, 3, view);
            }
            return;
        }
        Twin<NavigableMap<Integer, String>> view = d.pick(m.views);
        Integer k = key();
        String v = value();
        String n = m + " view";
        switch (d.nextInt(10)) {
            case 0, 1 -> both(n + ".put(" + k + ", " + v + ")", s -> view.of(s).put(k, v));
            case 2 -> both(n + ".remove(" + k + ")", s -> view.of(s).remove(k));
            case 3 -> both(n + ".get(" + k + ")", s -> view.of(s).get(k));
            case 4 -> both(n + ".size()", s -> view.of(s).size());
            case 5 -> both(n + ".firstEntry()", s -> view.of(s).firstEntry());
            case 6 -> both(n + ".pollLastEntry()", s -> view.of(s).pollLastEntry());
            case 7 -> both(n + ".ceilingKey(" + k + ")", s -> view.of(s).ceilingKey(k));
            case 8 -> both(n + " listed", s -> List.copyOf(view.of(s).keySet()));
            default -> {
                both(n + ".clear()", s -> clear(view.of(s)));
                cover("range view cleared");
            }
        }
        cover("kept view used");
    }

    private static Object clear(Map<?, ?> map) {
        map.clear();
        return null;
    }

    // ------------------------------------------------------------------ kept entries

    private void entryStep(Member m) {
        if (m.entries.isEmpty() || d.oneIn(3)) {
            if (m.model.isEmpty()) {
                return;
            }
            int skip = d.nextInt(m.model.size());
            Twin<Map.Entry<Integer, String>> e =
                    Twin.bySide(
                            s -> {
                                Iterator<Map.Entry<Integer, String>> it =
                                        m.of(s).entrySet().iterator();
                                for (int i = 0; i < skip; i++) {
                                    it.next();
                                }
                                return it.next();
                            });
            keep(m.entries, 3, e);
            m.keys = List.copyOf(m.model.keySet());
            log("entry " + e.holstein().getKey() + " of " + m + " kept");
            return;
        }
        Twin<Map.Entry<Integer, String>> e = d.pick(m.entries);
        String v = value();
        boolean shared = m.holstein.isShared();
        if (d.nextBoolean()) {
            both(
                    m + " entry " + e.holstein().getKey() + ".setValue(" + v + ")",
                    s -> e.of(s).setValue(v));
            cover(shared ? "entry setValue on a shared map" : "entry setValue");
        } else {
            both(m + " entry " + e.holstein().getKey() + ".getValue()", s -> e.of(s).getValue());
        }
    }

    /**
     * Drops the kept entries of a map that was modified structurally: {@code TreeMap}'s entries may
     * then be detached, even where their key stays (a deletion moves its successor's mapping into
     * the deleted node), where {@code CowTreeMap}'s follow their key (see the class comment).
     */
    private void dropDetachedEntries() {
        for (Member m : family) {
            List<Integer> keys = List.copyOf(m.model.keySet());
            if (!keys.equals(m.keys) && !m.entries.isEmpty()) {
                m.entries.clear();
                cover("entries dropped after a structural modification");
            }
            m.keys = keys;
        }
    }

    // ------------------------------------------------------------------ bulk writes

    private void bulkStep(Member m) {
        String n = m.toString();
        switch (d.nextInt(5)) {
            case 0 -> {
                int from = d.nextInt(KEYS / 2);
                TreeMap<Integer, String> more = new TreeMap<>();
                for (int k = from; k < from + d.nextInt(1, KEYS / 2); k++) {
                    more.put(k, "b");
                }
                both(
                        n + ".putAll(" + more.size() + " keys from " + from + ")",
                        s -> putAll(m.of(s), more));
                cover(more.size() > 64 ? "many keys put at once" : "some keys put at once");
            }
            case 1 -> {
                Integer k = d.nextInt(KEYS);
                both(n + ".headMap(" + k + ").clear()", s -> clear(m.of(s).headMap(k, false)));
            }
            case 2 -> {
                both(n + ".clear()", s -> clear(m.of(s)));
                cover("clear");
            }
            case 3 -> both(n + " listed", s -> List.copyOf(m.of(s).entrySet()));
            default -> {
                CowTreeMap<Integer, String> fresh = new CowTreeMap<>();
                TreeMap<Integer, String> model = new TreeMap<>();
                Member f = add(fresh, model);
                TreeMap<Integer, String> source = new TreeMap<>(m.model);
                both(f + ".putAll(" + m + "'s model)", s -> putAll(f.of(s), source));
                cover("bulk load into an empty map");
            }
        }
    }

    private static Object putAll(Map<Integer, String> map, Map<Integer, String> more) {
        map.putAll(more);
        return null;
    }

    // ------------------------------------------------------------------ callbacks

    /**
     * {@code forEach} or {@code replaceAll} whose function, at one key, forks the map (the model
     * copies itself) and then writes the map, the fork, or neither, the same on both sides; the
     * fork joins the family after the call.
     */
    private void callbackStep(Member m) {
        if (m.model.isEmpty()) {
            return;
        }
        Integer at = new ArrayList<>(m.model.keySet()).get(d.nextInt(m.model.size()));
        int act = d.nextInt(4);
        boolean replace = d.nextBoolean();
        NavigableMap<?, ?>[] forkOf = new NavigableMap<?, ?>[2];
        BiFunction<Side, Integer, Void> atKey =
                (s, k) -> {
                    if (!k.equals(at)) {
                        return null;
                    }
                    NavigableMap<Integer, String> map = m.of(s);
                    NavigableMap<Integer, String> fork =
                            s == Side.HOLSTEIN
                                    ? m.holstein.fork()
                                    : new TreeMap<>((SortedMap<Integer, String>) map);
                    forkOf[s.ordinal()] = fork;
                    switch (act) {
                        case 0 -> map.put(at, "w"); // not structural
                        case 1 -> fork.put(at + 1, "f");
                        case 2 -> map.put(-1, "s"); // structural: both fail
                        default -> {}
                    }
                    return null;
                };
        String what =
                m + (replace ? ".replaceAll" : ".forEach") + ", forking at " + at + ", act " + act;
        var out =
                both(
                        what,
                        s -> {
                            List<String> seen = new ArrayList<>();
                            if (replace) {
                                m.of(s)
                                        .replaceAll(
                                                (k, v) -> {
                                                    atKey.apply(s, k);
                                                    seen.add(k + "=" + v);
                                                    return v == null ? "n" : v + "r";
                                                });
                            } else {
                                m.of(s)
                                        .forEach(
                                                (k, v) -> {
                                                    atKey.apply(s, k);
                                                    seen.add(k + "=" + v);
                                                });
                            }
                            return seen;
                        });
        cover(out.threw() ? "callback modified the map structurally" : "fork in a callback");
        if (forkOf[0] != null && forkOf[1] != null) {
            @SuppressWarnings("unchecked")
            Member f =
                    add(
                            (CowTreeMap<Integer, String>) forkOf[0],
                            (TreeMap<Integer, String>) forkOf[1]);
            log(f + " = the fork made in the callback");
        }
    }

    // ------------------------------------------------------------------ checks

    @Override
    protected void checkAll() {
        List<TreeNode> writers = new ArrayList<>();
        for (Member m : family) {
            CowTreeMap<Integer, String> map = m.holstein;
            map.checkInvariants();
            check(
                    map.size() == m.model.size(),
                    m + ": size " + map.size() + ", model " + m.model.size());
            check(
                    List.copyOf(map.entrySet()).equals(List.copyOf(m.model.entrySet())),
                    m + ": " + map + ", model " + m.model);
            writers.add(map.root());
        }
        List<TreeNode> readers = new ArrayList<>();
        for (Kept k : versions) {
            k.version().checkInvariants();
            check(k.version().equals(k.model()), "a kept version changed: " + k.version());
            readers.add(k.version().root());
        }
        TreeSharing.assertNoSharedWritable(writers, readers);
        if (family.size() > 1 && writers.stream().map(TreeNode::get).anyMatch(c -> c > 1)) {
            cover("members share nodes");
        }
    }
}
