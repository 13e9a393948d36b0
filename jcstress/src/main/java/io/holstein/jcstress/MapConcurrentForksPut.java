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
 * {@link ListConcurrentForksWrite} for the map, with structural writes: two threads fork one source
 * at once, then each inserts a new key into its fork and looks for the other's. The contents are
 * keys 0 to 3, 9 for a missing key.
 */
@JCStressTest
@Description("CowHashMap: two threads fork one source concurrently, then insert into their forks")
@Outcome(
        id = "0, 0, 99, 19, 92",
        expect = ACCEPTABLE,
        desc = "every map sees only its own insertion")
@Outcome(expect = FORBIDDEN, desc = "an insertion showed in another map")
@State
public class MapConcurrentForksPut {

    private static final int KEYS = 4;

    private final CowHashMap<Integer, Integer> source = new CowHashMap<>(Map.of(0, 0, 1, 0));
    private CowHashMap<Integer, Integer> first;
    private CowHashMap<Integer, Integer> second;

    @Actor
    public void forkAndInsertFirst(IIIII_Result r) {
        CowHashMap<Integer, Integer> f = source.fork();
        f.put(2, 1);
        r.r1 = f.containsKey(3) ? 1 : 0;
        first = f;
    }

    @Actor
    public void forkAndInsertSecond(IIIII_Result r) {
        CowHashMap<Integer, Integer> f = source.fork();
        f.put(3, 2);
        r.r2 = f.containsKey(2) ? 1 : 0;
        second = f;
    }

    @Arbiter
    public void contents(IIIII_Result r) {
        r.r3 = Contents.digits(source, KEYS);
        r.r4 = Contents.digits(first, KEYS);
        r.r5 = Contents.digits(second, KEYS);
    }
}
