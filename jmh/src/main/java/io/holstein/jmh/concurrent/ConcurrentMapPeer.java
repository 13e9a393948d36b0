package io.holstein.jmh.concurrent;

import static io.holstein.jmh.Implementations.CONCURRENT_HASH_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_HASH_MAP;
import static io.holstein.jmh.Implementations.SNAPSHOT_HASH_MAP;
import static io.holstein.jmh.Implementations.SYNCHRONIZED_MAP;

import io.holstein.concurrent.SnapshotHashMap;
import io.holstein.jmh.Peers;
import io.holstein.map.PersistentHashMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The concurrent group's adapter for maps (see {@link Peers}): how each thread-safe map under test,
 * and the immutable {@code PersistentHashMap} for reads, is made from the mappings. Every one
 * implements {@link Map}, and the benchmarks measure them through it.
 */
@FunctionalInterface
interface ConcurrentMapPeer {

    /** Every map under test. */
    Peers<ConcurrentMapPeer> ALL =
            Peers.<ConcurrentMapPeer>of("thread-safe map")
                    .with(SNAPSHOT_HASH_MAP, SnapshotHashMap::new)
                    .with(PERSISTENT_HASH_MAP, filled -> filled)
                    .with(CONCURRENT_HASH_MAP, ConcurrentHashMap::new)
                    .with(SYNCHRONIZED_MAP, m -> Collections.synchronizedMap(new HashMap<>(m)));

    /** A map of this implementation holding the mappings of {@code filled}. */
    Map<Object, Integer> from(PersistentHashMap<Object, Integer> filled);
}
