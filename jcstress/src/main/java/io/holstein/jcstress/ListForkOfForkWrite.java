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
 * A fork of a fork: three lists count once each in one array. The two forks write concurrently
 * while the source stays untouched; the source must keep the original contents (its count stays at
 * 2 or more, so no writer may take the array for itself).
 */
@JCStressTest
@Description("CowArrayList: fork of a fork, both forks write concurrently, source unchanged")
@Outcome(id = "0, 0, 0, 10, 2", expect = ACCEPTABLE, desc = "each list sees only its own writes")
@Outcome(expect = FORBIDDEN, desc = "a write showed in another list")
@State
public class ListForkOfForkWrite {

    private final CowArrayList<Integer> source = new CowArrayList<>(List.of(0, 0));
    private final CowArrayList<Integer> first = source.fork();
    private final CowArrayList<Integer> second = first.fork();

    @Actor
    public void writeFirst(IIIII_Result r) {
        first.set(0, 1);
        r.r1 = first.get(1);
    }

    @Actor
    public void writeSecond(IIIII_Result r) {
        second.set(1, 2);
        r.r2 = second.get(0);
    }

    @Arbiter
    public void contents(IIIII_Result r) {
        r.r3 = Contents.digits(source);
        r.r4 = Contents.digits(first);
        r.r5 = Contents.digits(second);
    }
}
