package io.holstein.jmh.concurrent;

import static io.holstein.jmh.Implementations.COPY_ON_WRITE_ARRAY_LIST;
import static io.holstein.jmh.Implementations.PERSISTENT_VECTOR;
import static io.holstein.jmh.Implementations.SNAPSHOT_VECTOR;
import static io.holstein.jmh.Implementations.SYNCHRONIZED_LIST;

import io.holstein.concurrent.SnapshotVector;
import io.holstein.jmh.Peers;
import io.holstein.list.PersistentVector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The concurrent group's adapter for lists (see {@link Peers}): how each thread-safe list under
 * test, and the immutable {@code PersistentVector} for reads, is made from its elements. Every one
 * implements {@link List}, and the benchmarks measure them through it.
 */
@FunctionalInterface
interface ConcurrentListPeer {

    /** Every list under test. */
    Peers<ConcurrentListPeer> ALL =
            Peers.<ConcurrentListPeer>of("thread-safe list")
                    .with(SNAPSHOT_VECTOR, e -> new SnapshotVector<>(PersistentVector.copyOf(e)))
                    .with(COPY_ON_WRITE_ARRAY_LIST, CopyOnWriteArrayList::new)
                    .with(SYNCHRONIZED_LIST, Collections::synchronizedList)
                    .with(PERSISTENT_VECTOR, PersistentVector::copyOf);

    /** A list of this implementation holding {@code elements}, which it may keep as its storage. */
    List<Integer> from(ArrayList<Integer> elements);
}
