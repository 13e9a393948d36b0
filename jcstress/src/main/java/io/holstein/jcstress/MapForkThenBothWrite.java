package io.holstein.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.holstein.map.CowHashMap;
import java.util.Map;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * {@link ListForkThenBothWrite} for the map: a fork made before the race, then each side replaces
 * the value of its own key and reads the other key.
 */
@JCStressTest
@Description("CowHashMap: fork, then source and fork replace values concurrently")
@Outcome(id = "0, 0, 10, 2", expect = ACCEPTABLE, desc = "each side sees only its own write")
@Outcome(expect = FORBIDDEN, desc = "one side saw the other's write")
@State
public class MapForkThenBothWrite {

    private final CowHashMap<Integer, Integer> source = new CowHashMap<>(Map.of(0, 0, 1, 0));
    private final CowHashMap<Integer, Integer> fork = source.fork();

    @Actor
    public void writeSource(IIII_Result r) {
        source.put(0, 1);
        r.r1 = source.get(1);
    }

    @Actor
    public void writeFork(IIII_Result r) {
        fork.put(1, 2);
        r.r2 = fork.get(0);
    }

    @Arbiter
    public void contents(IIII_Result r) {
        r.r3 = Contents.digits(source, 2);
        r.r4 = Contents.digits(fork, 2);
    }
}
