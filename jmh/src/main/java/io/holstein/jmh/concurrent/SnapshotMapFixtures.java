package io.holstein.jmh.concurrent;

import io.holstein.jmh.KeyTypes;
import io.holstein.jmh.map.MapFixtures;
import io.holstein.map.PersistentHashMap;
import java.util.Map;

/**
 * The maps of the {@code SnapshotHashMap} benchmarks: {@code Integer} keys drawn as the map group
 * draws them ({@link MapFixtures#distinctKeys}), each mapped to its position.
 */
public final class SnapshotMapFixtures {

    private SnapshotMapFixtures() {}

    /** {@code size} stored keys followed by {@link MapFixtures#SEQUENCE_LENGTH} absent ones. */
    public static Object[] keys(int size) {
        return MapFixtures.distinctKeys(KeyTypes.INTEGER, size);
    }

    /**
     * A map of implementation {@code type} ({@link ConcurrentMapPeer}) mapping the first {@code
     * size} of {@code keys} to their positions.
     */
    public static Map<Object, Integer> filledMap(String type, Object[] keys, int size) {
        PersistentHashMap.Builder<Object, Integer> b = PersistentHashMap.builder();
        for (int k = 0; k < size; k++) {
            b.put(keys[k], k);
        }
        return ConcurrentMapPeer.ALL.get(type).from(b.build());
    }
}
