package io.holstein.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.holstein.sorted.CowTreeMap;
import io.holstein.sorted.PersistentTreeMap;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIII_Result;

/**
 * Node-level sharing under a race: a {@link CowTreeMap} of two levels (a root over two leaves) and
 * its fork, made before the race, each written on its own thread in the same shared leaf. Each
 * writer copies the shared nodes on its path, retains the copy's children and releases the original
 * afterwards; the other may then find the original's count at 1 and write it in place, which is
 * safe only if the first writer's reads of it and its retains of the children happen-before those
 * writes (release on release, acquire on isShared). Each side then reads the other's key, and the
 * arbiter reads both maps whole.
 *
 * <p>Results: the key the other side wrote, as this side reads it (0); the contents of keys 0 and 1
 * of the source (10) and of the fork (02); and the number of keys 2 to 39 of either map whose value
 * is not 0 or that is missing (0).
 */
@JCStressTest
@Description("CowTreeMap: a source and its fork write one shared leaf concurrently")
@Outcome(
        id = "0, 0, 10, 2, 0",
        expect = ACCEPTABLE,
        desc = "each side sees only its own write, and the rest of both maps unchanged")
@Outcome(expect = FORBIDDEN, desc = "a write showed in the other map, or a node was corrupted")
@State
public class SortedForksWriteSharedLeaf {

    private static final int KEYS = 40;

    /** Keys 0 to 39 mapped to 0: a root over two leaves, built once for every state. */
    private static final PersistentTreeMap<Integer, Integer> KEYS_TO_ZERO = Contents.zeros(KEYS);

    private final CowTreeMap<Integer, Integer> source = new CowTreeMap<>(KEYS_TO_ZERO);
    private final CowTreeMap<Integer, Integer> fork;

    public SortedForksWriteSharedLeaf() {
        // The source copies the frozen root and the first leaf, then owns them (a value of 0
        // put over 0 would change nothing, so copy nothing).
        source.put(0, 1);
        source.put(0, 0);
        fork = source.fork();
    }

    @Actor
    public void writeSource(IIIII_Result r) {
        source.put(0, 1);
        r.r1 = source.get(1);
    }

    @Actor
    public void writeFork(IIIII_Result r) {
        fork.put(1, 2);
        r.r2 = fork.get(0);
    }

    @Arbiter
    public void contents(IIIII_Result r) {
        r.r3 = Contents.digits(source, 2);
        r.r4 = Contents.digits(fork, 2);
        int wrong = 0;
        for (int k = 2; k < KEYS; k++) {
            wrong += source.getOrDefault(k, 9) != 0 ? 1 : 0;
            wrong += fork.getOrDefault(k, 9) != 0 ? 1 : 0;
        }
        r.r5 = wrong;
    }
}
