package io.holstein.jmh.map;

import static io.holstein.jmh.Implementations.COW_HASH_MAP;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.Implementations.LINKED_HASH_MAP;

import io.holstein.jmh.Peers;
import io.holstein.map.CowHashMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The map group's adapter (see {@link Peers}): how each map under test is made. Every one
 * implements {@link Map}, and the benchmarks measure them through it.
 */
@FunctionalInterface
interface MapPeer {

    /** Every map under test. */
    Peers<MapPeer> ALL =
            Peers.<MapPeer>of("map")
                    .with(COW_HASH_MAP, CowHashMap::new)
                    .with(HASH_MAP, HashMap::new)
                    .with(LINKED_HASH_MAP, LinkedHashMap::new);

    /** An empty map of this implementation, with its default capacity. */
    Map<Object, Integer> empty();
}
