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
import org.openjdk.jcstress.infra.results.IIIII_Result;

/**
 * {@link ListForkOfForkWrite} for the map: a fork of a fork, the two forks remove and replace
 * concurrently, the source stays untouched.
 */
@JCStressTest
@Description("CowHashMap: fork of a fork, both forks write concurrently, source unchanged")
@Outcome(id = "0, 0, 0, 90, 2", expect = ACCEPTABLE, desc = "each map sees only its own writes")
@Outcome(expect = FORBIDDEN, desc = "a write showed in another map")
@State
public class MapForkOfForkWrite {

    private final CowHashMap<Integer, Integer> source = new CowHashMap<>(Map.of(0, 0, 1, 0));
    private final CowHashMap<Integer, Integer> first = source.fork();
    private final CowHashMap<Integer, Integer> second = first.fork();

    @Actor
    public void removeFromFirst(IIIII_Result r) {
        first.remove(0);
        r.r1 = first.get(1);
    }

    @Actor
    public void writeSecond(IIIII_Result r) {
        second.put(1, 2);
        r.r2 = second.get(0);
    }

    @Arbiter
    public void contents(IIIII_Result r) {
        r.r3 = Contents.digits(source, 2);
        r.r4 = Contents.digits(first, 2);
        r.r5 = Contents.digits(second, 2);
    }
}
