package io.holstein.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.holstein.list.CowArrayList;
import java.util.List;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIII_Result;

/**
 * Two threads fork one source at once (a read, which the contract allows concurrently), then each
 * writes its fork. The two increments race on the count: a lost one would leave the count at 2 for
 * three holders, the second writer would find it at 1 after the first one's release, and would
 * write the array the source still reads. {@link UnsoundForksWrite} is the same test over a count
 * updated with {@code count++}.
 */
@JCStressTest
@Description("CowArrayList: two threads fork one source concurrently, then write their forks")
@Outcome(id = "0, 0, 0, 10, 2", expect = ACCEPTABLE, desc = "every list sees only its own writes")
@Outcome(expect = FORBIDDEN, desc = "a write showed in another list")
@State
public class ListConcurrentForksWrite {

    private final CowArrayList<Integer> source = new CowArrayList<>(List.of(0, 0));
    private CowArrayList<Integer> first;
    private CowArrayList<Integer> second;

    @Actor
    public void forkAndWriteFirst(IIIII_Result r) {
        CowArrayList<Integer> f = source.fork();
        f.set(0, 1);
        r.r1 = f.get(1);
        first = f;
    }

    @Actor
    public void forkAndWriteSecond(IIIII_Result r) {
        CowArrayList<Integer> f = source.fork();
        f.set(1, 2);
        r.r2 = f.get(0);
        second = f;
    }

    @Arbiter
    public void contents(IIIII_Result r) {
        r.r3 = Contents.digits(source);
        r.r4 = Contents.digits(first);
        r.r5 = Contents.digits(second);
    }
}
