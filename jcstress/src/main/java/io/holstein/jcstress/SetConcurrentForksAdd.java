package io.holstein.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.holstein.map.CowHashSet;
import java.util.Set;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIII_Result;

/**
 * {@link MapConcurrentForksPut} through the set, which forks its backing map: two threads fork one
 * set at once and each adds an element the other looks for. The arbiter reports sizes.
 */
@JCStressTest
@Description("CowHashSet: two threads fork one set concurrently, then add to their forks")
@Outcome(id = "0, 0, 2, 3, 3", expect = ACCEPTABLE, desc = "every set sees only its own addition")
@Outcome(expect = FORBIDDEN, desc = "an addition showed in another set")
@State
public class SetConcurrentForksAdd {

    private final CowHashSet<Integer> source = new CowHashSet<>(Set.of(0, 1));
    private CowHashSet<Integer> first;
    private CowHashSet<Integer> second;

    @Actor
    public void forkAndAddFirst(IIIII_Result r) {
        CowHashSet<Integer> f = source.fork();
        f.add(2);
        r.r1 = f.contains(3) ? 1 : 0;
        first = f;
    }

    @Actor
    public void forkAndAddSecond(IIIII_Result r) {
        CowHashSet<Integer> f = source.fork();
        f.add(3);
        r.r2 = f.contains(2) ? 1 : 0;
        second = f;
    }

    @Arbiter
    public void sizes(IIIII_Result r) {
        r.r3 = source.size() + (source.contains(2) || source.contains(3) ? 10 : 0);
        r.r4 = first.size() + (first.contains(2) && !first.contains(3) ? 0 : 10);
        r.r5 = second.size() + (second.contains(3) && !second.contains(2) ? 0 : 10);
    }
}
