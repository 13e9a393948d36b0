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
 * Forking is a read: one thread forks a {@link CowTreeMap} of two levels and writes the fork (a key
 * replaced, one removed) while another thread reads the source, which nobody writes during the
 * race. The fork only increments the root's count, and the fork's writes copy the nodes they would
 * change, so the reader sees the source as it was. Afterwards (the arbiter) the source writes a key
 * of its own, which must not show in the fork.
 *
 * <p>Results: the fork's value of key 0 (5); the source's value of key 0 (0), size (40) and last
 * key (39), read during the race; and the fork's and the source's values of key 1 after the
 * arbiter's write to the source (07).
 */
@JCStressTest
@Description("CowTreeMap: fork and write the fork while another thread reads the source")
@Outcome(
        id = "5, 0, 40, 39, 7",
        expect = ACCEPTABLE,
        desc = "the reader sees the source unchanged; source and fork stay apart")
@Outcome(expect = FORBIDDEN, desc = "the fork's writes showed in the source, or the reverse")
@State
public class SortedForkWhileRead {

    private static final int KEYS = 40;

    /** Keys 0 to 39 mapped to 0: a root over two leaves, built once for every state. */
    private static final PersistentTreeMap<Integer, Integer> KEYS_TO_ZERO = Contents.zeros(KEYS);

    private final CowTreeMap<Integer, Integer> source = new CowTreeMap<>(KEYS_TO_ZERO);
    private CowTreeMap<Integer, Integer> fork;

    public SortedForkWhileRead() {
        // The source copies the frozen root and the first leaf, then owns them (a value of 0
        // put over 0 would change nothing, so copy nothing).
        source.put(0, 1);
        source.put(0, 0);
    }

    @Actor
    public void forkAndWrite(IIIII_Result r) {
        CowTreeMap<Integer, Integer> f = source.fork();
        f.put(0, 5);
        f.remove(KEYS - 1);
        r.r1 = f.get(0);
        fork = f;
    }

    @Actor
    public void readSource(IIIII_Result r) {
        r.r2 = source.get(0);
        r.r3 = source.size();
        r.r4 = source.lastKey();
    }

    @Arbiter
    public void writeSourceAfter(IIIII_Result r) {
        source.put(1, 7);
        r.r5 = fork.get(1) * 10 + source.get(1);
    }
}
