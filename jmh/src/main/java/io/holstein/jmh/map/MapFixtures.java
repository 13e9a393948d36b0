package io.holstein.jmh.map;

import io.holstein.jmh.KeyTypes;
import java.util.HashSet;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Keys, lookup sequences and values shared by the map benchmarks, so that every implementation
 * under test starts from the same entries and sees the same accesses.
 *
 * <p>Keys are distinct pseudo-random {@code int}s, boxed or as decimal {@code String}s: consecutive
 * {@code Integer}s would hash to consecutive slots of a {@code HashMap} and flatter it. Lookups use
 * keys equal to, but not the same objects as, the stored ones, as a map queried with parsed or
 * computed keys is, so every hit pays a real {@code equals}.
 */
public final class MapFixtures {

    /** Length of a precomputed sequence; a power of two, so a cursor wraps with a mask. */
    public static final int SEQUENCE_LENGTH = 1 << 10;

    /** Wraps a cursor into a precomputed sequence: {@code sequence[cursor++ & SEQUENCE_MASK]}. */
    public static final int SEQUENCE_MASK = SEQUENCE_LENGTH - 1;

    /**
     * Wraps the same cursor into the written values, twice as many as the keys of a sequence, so a
     * write never stores the value already present.
     */
    public static final int VALUE_MASK = 2 * SEQUENCE_LENGTH - 1;

    /** Fixed, so every run and every implementation sees the same keys and accesses. */
    private static final long SEED = 42L;

    private MapFixtures() {}

    /**
     * The keys of a benchmark: {@code size} stored keys followed by {@link #SEQUENCE_LENGTH} keys
     * that are never stored, all distinct. The {@code int}s are drawn below 2^30 with a fixed seed,
     * so every run draws the same keys.
     */
    public static Object[] distinctKeys(String keys, int size) {
        SplittableRandom random = new SplittableRandom(SEED);
        HashSet<Integer> seen = new HashSet<>();
        Object[] result = new Object[size + SEQUENCE_LENGTH];
        for (int k = 0; k < result.length; ) {
            int drawn = random.nextInt(1 << 30);
            if (seen.add(drawn)) {
                result[k++] = key(keys, drawn);
            }
        }
        return result;
    }

    /**
     * Key {@code drawn} of key type {@code keys}, a new object at every call (boxing returns cached
     * objects only for -128 to 127, which {@link #SEED} draws at most a handful of).
     */
    private static Object key(String keys, int drawn) {
        return switch (keys) {
            case KeyTypes.INTEGER -> Integer.valueOf(drawn);
            case KeyTypes.STRING -> new String(Integer.toString(drawn));
            default -> throw new IllegalArgumentException("unknown key type: " + keys);
        };
    }

    /**
     * Copies of {@code stored} that are equal to them but are other objects (a {@code String} copy
     * does not share the original's cached hash code either).
     */
    public static Object[] equalCopies(String keys, Object[] stored) {
        Object[] copies = new Object[stored.length];
        for (int k = 0; k < stored.length; k++) {
            copies[k] =
                    switch (keys) {
                        case KeyTypes.INTEGER -> Integer.valueOf((Integer) stored[k]);
                        case KeyTypes.STRING -> new String((String) stored[k]);
                        default -> throw new IllegalArgumentException("unknown key type: " + keys);
                    };
        }
        return copies;
    }

    /** An empty map of implementation {@code type} ({@link MapPeer}), with default capacity. */
    public static Map<Object, Integer> emptyMap(String type) {
        return MapPeer.ALL.get(type).empty();
    }

    /**
     * A map of implementation {@code type} mapping the first {@code size} of {@code keys} to their
     * positions, filled one {@code put} at a time from default capacity, as most maps are, so each
     * holds the table its own growth policy gives it.
     */
    public static Map<Object, Integer> filledMap(String type, Object[] keys, int size) {
        Map<Object, Integer> map = emptyMap(type);
        for (int k = 0; k < size; k++) {
            map.put(keys[k], k);
        }
        return map;
    }

    /**
     * {@link #SEQUENCE_LENGTH} pseudo-random positions in {@code [0, size)}, the same every run.
     */
    public static int[] randomPositions(int size) {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int[] positions = new int[SEQUENCE_LENGTH];
        for (int k = 0; k < positions.length; k++) {
            positions[k] = random.nextInt(size);
        }
        return positions;
    }

    /**
     * {@code VALUE_MASK + 1} distinct boxed values, none equal to a stored value, allocated once so
     * that writing them allocates nothing in the measured code.
     */
    public static Integer[] preallocatedValues() {
        Integer[] values = new Integer[VALUE_MASK + 1];
        for (int k = 0; k < values.length; k++) {
            values[k] = -1 - k;
        }
        return values;
    }

    /**
     * Collects garbage once, at the end of a trial's set-up, so the fixture starts in the old
     * generation as a long-lived map would, and no young collection has to scan it.
     */
    public static void promoteFixture() {
        System.gc();
    }
}
