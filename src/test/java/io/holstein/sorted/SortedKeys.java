package io.holstein.sorted;

import io.holstein.testing.Decisions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Predicate;

/**
 * The keys a sorted model driver draws ({@link PersistentTreeMapModelDriver}, {@link
 * PersistentTreeSetModelDriver}), with the order the collections keep them in, and the checks the
 * two drivers share.
 *
 * <p>Every key has an ordinal in {@code [0, span)}, its place in the order among the keys of its
 * kind, so that a run of ascending ordinals is a run of ascending keys: a small span keeps trees of
 * one or two levels and makes every key collide often, a large one lets runs of thousands of keys
 * grow trees of four levels (height 3 counted as {@link BTree#height} counts it). The kinds:
 *
 * <ul>
 *   <li>{@code Integer}s in natural order: null and keys that are not {@code Comparable} throw;
 *   <li>{@code Integer}s and null under {@code Comparator.nullsFirst(Comparator.naturalOrder())},
 *       whose null key has ordinal -1;
 *   <li>{@code String}s of lower-case letters under {@link String#CASE_INSENSITIVE_ORDER}, each
 *       letter written in either case: the order is inconsistent with {@code equals}, so "ab" and
 *       "AB" are one key and a map keeps the spelling it was first given, as {@code TreeMap} does.
 * </ul>
 */
final class SortedKeys {

    /** The kinds of keys. */
    enum Kind {
        NATURAL_INTEGERS,
        NULLS_FIRST_INTEGERS,
        CASE_INSENSITIVE_STRINGS
    }

    /** A key that no order here can compare with another key (nor with itself). */
    static final Object INCOMPARABLE =
            new Object() {
                @Override
                public String toString() {
                    return "INCOMPARABLE";
                }
            };

    private static final Comparator<Object> NULLS_FIRST = nullsFirst();

    private static final int LETTERS = 26;

    /** The most keys a run of the large spans adds: enough for a tree of height 3. */
    private static final int LONG_RUN = 40_000;

    /** The spliterator characteristics every sorted collection reports. */
    static final int SORTED_CHARACTERISTICS =
            Spliterator.SORTED
                    | Spliterator.DISTINCT
                    | Spliterator.ORDERED
                    | Spliterator.SIZED
                    | Spliterator.SUBSIZED
                    | Spliterator.IMMUTABLE;

    final String name;

    final Kind kind;

    final int span;

    /** The letters of a string key; 0 for integer keys. */
    private final int width;

    private SortedKeys(String name, Kind kind, int span, int width) {
        this.name = name;
        this.kind = kind;
        this.span = span;
        this.width = width;
    }

    /** {@code Integer}s in natural order, from {@code [0, span)}. */
    static SortedKeys naturalIntegers(int span) {
        return new SortedKeys("natural order, " + span + " keys", Kind.NATURAL_INTEGERS, span, 0);
    }

    /** {@code Integer}s from {@code [0, span)} and null, under {@code nullsFirst}. */
    static SortedKeys nullsFirstIntegers(int span) {
        return new SortedKeys("nulls first, " + span + " keys", Kind.NULLS_FIRST_INTEGERS, span, 0);
    }

    /** Strings of {@code width} letters, in either case, under the case-insensitive order. */
    static SortedKeys caseInsensitiveStrings(int width) {
        int span = (int) Math.pow(LETTERS, width);
        return new SortedKeys(
                "case-insensitive, " + span + " keys", Kind.CASE_INSENSITIVE_STRINGS, span, width);
    }

    /** One of the kinds and spans of the fixed-seed runs, chosen by {@code d}: for fuzzing. */
    static SortedKeys any(Decisions d) {
        return switch (d.nextInt(5)) {
            case 0 -> naturalIntegers(64);
            case 1 -> naturalIntegers(1 << 17);
            case 2 -> nullsFirstIntegers(64);
            case 3 -> nullsFirstIntegers(1 << 12);
            default -> caseInsensitiveStrings(d.nextBoolean() ? 1 : 3);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object> nullsFirst() {
        return (Comparator) Comparator.nullsFirst(Comparator.<Integer>naturalOrder());
    }

    /** The order of the collections: null for natural order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<Object> order() {
        return switch (kind) {
            case NATURAL_INTEGERS -> null;
            case NULLS_FIRST_INTEGERS -> NULLS_FIRST;
            case CASE_INSENSITIVE_STRINGS -> (Comparator) String.CASE_INSENSITIVE_ORDER;
        };
    }

    /** Whether the span is large enough for runs of thousands of keys. */
    boolean large() {
        return span > 1000;
    }

    /** Whether {@code key} is a key of this space, as opposed to a foreign one. */
    boolean inSpace(Object key) {
        return switch (kind) {
            case NATURAL_INTEGERS -> key instanceof Integer;
            case NULLS_FIRST_INTEGERS -> key == null || key instanceof Integer;
            case CASE_INSENSITIVE_STRINGS -> key instanceof String;
        };
    }

    /** A key of the span, chosen by {@code d}; now and then null where the order permits it. */
    Object key(Decisions d) {
        if (kind == Kind.NULLS_FIRST_INTEGERS && d.oneIn(40)) {
            return null;
        }
        return key(d.nextInt(span), caseMask(d));
    }

    /** How the letters of string keys are written: bit i set, letter i upper case. */
    int caseMask(Decisions d) {
        return width == 0 ? 0 : d.nextInt(1 << width);
    }

    /**
     * The key of {@code ordinal} (-1 is null under nulls first), its letters cased by {@code
     * caseMask}.
     */
    Object key(int ordinal, int caseMask) {
        if (kind != Kind.CASE_INSENSITIVE_STRINGS) {
            return ordinal < 0 && kind == Kind.NULLS_FIRST_INTEGERS ? null : ordinal;
        }
        char[] letters = new char[width];
        int rest = ordinal;
        for (int i = width - 1; i >= 0; i--) {
            char c = (char) ('a' + rest % LETTERS);
            letters[i] = (caseMask >> i & 1) == 1 ? Character.toUpperCase(c) : c;
            rest /= LETTERS;
        }
        return new String(letters);
    }

    /** The ordinal of a key of this space: -1 for null. */
    int ordinal(Object key) {
        if (key == null) {
            return -1;
        }
        if (key instanceof Integer i) {
            return i;
        }
        int ordinal = 0;
        for (char c : ((String) key).toCharArray()) {
            ordinal = ordinal * LETTERS + Character.toLowerCase(c) - 'a';
        }
        return ordinal;
    }

    /** How many keys a bulk run adds: up to thousands for a large span. */
    int runLength(Decisions d) {
        if (!large()) {
            return d.nextInt(1, span);
        }
        return d.oneIn(3) ? d.nextInt(1, Math.min(LONG_RUN, span / 2)) : d.nextInt(1, 2_000);
    }

    /**
     * Keys of ascending ordinals from {@code start}, every {@code 1..gap} ordinals apart, at most
     * {@code length} of them and none past the span; string keys cased alike.
     */
    List<Object> run(int start, int length, int gap, Decisions d) {
        int mask = caseMask(d);
        List<Object> run = new ArrayList<>();
        for (int o = Math.max(start, 0); o < span && run.size() < length; ) {
            run.add(key(o, mask));
            o += gap == 1 ? 1 : d.nextInt(1, gap);
        }
        return run;
    }

    /**
     * A key of another kind, or one the order cannot take: null where the order rejects it, a key
     * of the other type, or {@link #INCOMPARABLE}.
     */
    Object foreign(Decisions d) {
        return switch (kind) {
            case NATURAL_INTEGERS -> d.pick(java.util.Arrays.asList(null, "x", INCOMPARABLE));
            case NULLS_FIRST_INTEGERS -> d.nextBoolean() ? "x" : INCOMPARABLE;
            case CASE_INSENSITIVE_STRINGS -> d.pick(java.util.Arrays.asList(null, 7, INCOMPARABLE));
        };
    }

    /**
     * A foreign key that every write to a collection holding {@code present} must refuse, or {@code
     * null} if there is none. A key of the other type compares with itself, so an empty
     * natural-order {@code TreeMap} takes it; under nulls first, null and {@link #INCOMPARABLE} are
     * never compared with each other, so a collection holding only null takes it.
     */
    Object refused(Decisions d, Collection<?> present) {
        boolean holdsNonNull =
                kind == Kind.NULLS_FIRST_INTEGERS
                        ? present.size() > (present.contains(null) ? 1 : 0)
                        : !present.isEmpty();
        return switch (kind) {
            case NATURAL_INTEGERS -> holdsNonNull && d.oneIn(3) ? "x" : INCOMPARABLE;
            case NULLS_FIRST_INTEGERS ->
                    holdsNonNull ? (d.nextBoolean() ? "x" : INCOMPARABLE) : null;
            case CASE_INSENSITIVE_STRINGS -> d.pick(java.util.Arrays.asList(7, INCOMPARABLE));
        };
    }

    /**
     * The keys to look up in a collection holding {@code keys} (in any order): each key of about
     * sixteen spread over it, and its neighbours (string keys respelled in upper case, so that a
     * lookup finds a key by the order, not by {@code equals}), and the ends of the span.
     */
    List<Object> probes(List<?> keys) {
        List<Object> probes = new ArrayList<>();
        int all = (1 << width) - 1;
        probes.add(key(0, 0));
        probes.add(key(span - 1, all));
        probes.add(key(span / 2, all));
        if (kind == Kind.NULLS_FIRST_INTEGERS) {
            probes.add(null);
        }
        int stride = Math.max(1, keys.size() / 16);
        for (int i = 0; i < keys.size(); i += stride) {
            int o = ordinal(keys.get(i));
            for (int near = Math.max(o - 1, -1); near <= o + 1 && near < span; near++) {
                if (near >= 0 || kind == Kind.NULLS_FIRST_INTEGERS) {
                    probes.add(key(near, all));
                }
            }
        }
        return probes;
    }

    /**
     * The ranks to read in a collection of {@code size} elements: about sixteen spread over it, the
     * last, and the two just out of range.
     */
    static List<Integer> ranks(int size) {
        List<Integer> ranks = new ArrayList<>(List.of(-1, size));
        int stride = Math.max(1, size / 16);
        for (int i = 0; i < size; i += stride) {
            ranks.add(i);
        }
        if (size > 0) {
            ranks.add(size - 1);
        }
        return ranks;
    }

    /**
     * Whether {@code a} orders {@code keys} as {@code b} does (either may be null for natural
     * order), pair by pair.
     */
    static boolean sameOrder(Comparator<Object> a, Comparator<Object> b, List<?> keys) {
        if ((a == null) != (b == null)) {
            return false;
        }
        for (int i = 0; i < keys.size(); i++) {
            for (int j = Math.max(0, i - 2); j < Math.min(keys.size(), i + 3); j++) {
                if (Integer.signum(BTree.compare(a, keys.get(i), keys.get(j)))
                        != Integer.signum(BTree.compare(b, keys.get(i), keys.get(j)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Splits {@code spliterator} at every node boundary down to single leaves, checking that the
     * parts' sizes add up, that a part splits no more once it has started, and traverses every part
     * in order, the first element of each by {@code tryAdvance}.
     *
     * @return the elements, in encounter order
     */
    static <T> List<T> traverseSplitting(Spliterator<T> spliterator) {
        List<T> out = new ArrayList<>();
        split(spliterator, out);
        return out;
    }

    private static <T> void split(Spliterator<T> s, List<T> out) {
        long size = s.estimateSize();
        Spliterator<T> prefix = s.trySplit();
        if (prefix != null) {
            BTree.check(
                    prefix.estimateSize() > 0
                            && s.estimateSize() > 0
                            && prefix.estimateSize() + s.estimateSize() == size,
                    "split sizes "
                            + prefix.estimateSize()
                            + " + "
                            + s.estimateSize()
                            + " of "
                            + size);
            BTree.check(
                    prefix.characteristics() == s.characteristics(), "a part's characteristics");
            split(prefix, out);
            split(s, out);
            return;
        }
        int before = out.size();
        if (s.tryAdvance(out::add)) {
            BTree.check(s.trySplit() == null, "a started spliterator split");
            s.forEachRemaining(out::add);
        }
        BTree.check(out.size() - before == size, "a part of " + size + " gave " + out.size());
    }

    /** The entries of {@code map}, in its order, each a {@code Map.entry}-like snapshot. */
    static <K, V> List<Map.Entry<K, V>> entries(Map<K, V> map) {
        List<Map.Entry<K, V>> out = new ArrayList<>(map.size());
        for (Map.Entry<K, V> e : map.entrySet()) {
            out.add(new java.util.AbstractMap.SimpleImmutableEntry<>(e));
        }
        return out;
    }

    /**
     * The rank that {@code indexOfKey} or {@code indexOf} must give, from a model: the exceptions
     * of its lookup {@code contains} (none in an empty model with a comparator, as in {@code
     * TreeMap}), then the place of {@code key} among {@code keys}, listed in the order {@code cmp}
     * (null: natural), or {@code -(insertion point) - 1}, as {@code Collections.binarySearch}.
     */
    static int rank(
            Predicate<Object> contains, List<Object> keys, Comparator<Object> cmp, Object key) {
        boolean present = contains.test(key);
        int r = keys.isEmpty() ? -1 : search(keys, key, cmp);
        BTree.check(present == r >= 0, "the model's rank of " + key);
        return r;
    }

    private static int search(List<Object> keys, Object key, Comparator<Object> cmp) {
        int lo = 0;
        int hi = keys.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = BTree.compare(cmp, keys.get(mid), key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** Whether two lists hold elements equal by {@code equals} (so spelled alike), in order. */
    static boolean sameList(List<?> a, List<?> b) {
        return a.size() == b.size() && Objects.equals(a, b);
    }

    @Override
    public String toString() {
        return name;
    }
}
