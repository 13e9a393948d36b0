package io.holstein.jmh.list;

import static io.holstein.jmh.Implementations.ARRAY_LIST;
import static io.holstein.jmh.Implementations.COPY_ON_WRITE_ARRAY_LIST;
import static io.holstein.jmh.Implementations.COW_ARRAY_LIST;

import io.holstein.jmh.Peers;
import io.holstein.list.CowArrayList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The list group's adapter (see {@link Peers}): how each list under test is made from its elements.
 * Every one implements {@link List}, and the benchmarks measure them through it.
 */
@FunctionalInterface
interface ListPeer {

    /** Every list under test. */
    Peers<ListPeer> ALL =
            Peers.<ListPeer>of("list")
                    .with(COW_ARRAY_LIST, CowArrayList::new)
                    .with(ARRAY_LIST, elements -> elements)
                    .with(COPY_ON_WRITE_ARRAY_LIST, CopyOnWriteArrayList::new);

    /** A list of this implementation holding {@code elements}, which it may keep as its storage. */
    List<Integer> from(ArrayList<Integer> elements);
}
