package io.holstein.jmh.concurrent;

import io.holstein.concurrent.SnapshotHashMap;
import io.holstein.jmh.map.MapFixtures;
import io.holstein.map.PersistentHashMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The maps of the {@code SnapshotHashMap} benchmarks: {@code Integer} keys drawn as the map group
 * draws them ({@link MapFixtures#distinctKeys}), each mapped to its position.
 */
public final class SnapshotMapFixtures {

    /** {@code io.holstein.concurrent.SnapshotHashMap}. */
    public static final String SNAPSHOT_HASH_MAP = "SnapshotHashMap";

    /** {@code java.util.concurrent.ConcurrentHashMap}. */
    public static final String CONCURRENT_HASH_MAP = "ConcurrentHashMap";

    /** {@code Collections.synchronizedMap(new HashMap<>())}. */
    public static final String SYNCHRONIZED_MAP = "synchronizedMap";

    /** {@code io.holstein.map.PersistentHashMap}, read only: the trie without the volatile root. */
    public static final String PERSISTENT_HASH_MAP = "PersistentHashMap";

    private SnapshotMapFixtures() {}

    /** {@code size} stored keys followed by {@link MapFixtures#SEQUENCE_LENGTH} absent ones. */
    public static Object[] keys(int size) {
        return MapFixtures.distinctKeys(MapFixtures.INTEGER_KEYS, size);
    }

    /**
     * A map of implementation {@code type} mapping the first {@code size} of {@code keys} to their
     * positions.
     */
    public static Map<Object, Integer> filledMap(String type, Object[] keys, int size) {
        PersistentHashMap.Builder<Object, Integer> b = PersistentHashMap.builder();
        for (int k = 0; k < size; k++) {
            b.put(keys[k], k);
        }
        PersistentHashMap<Object, Integer> filled = b.build();
        return switch (type) {
            case SNAPSHOT_HASH_MAP -> new SnapshotHashMap<>(filled);
            case PERSISTENT_HASH_MAP -> filled;
            case CONCURRENT_HASH_MAP -> new ConcurrentHashMap<>(filled);
            case SYNCHRONIZED_MAP -> Collections.synchronizedMap(new HashMap<>(filled));
            default -> throw new IllegalArgumentException("unknown map implementation: " + type);
        };
    }
}
