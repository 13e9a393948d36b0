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
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * One list forks before the race; then each side writes its own slot and reads the other's. Both
 * writers race on the shared count: either both copy, or one copies, releases, and the other finds
 * the count at 1 and writes the old array in place. The copier must have finished reading that
 * array first (release/acquire on the count), so neither side ever sees the other's value.
 */
@JCStressTest
@Description("CowArrayList: fork, then source and fork write concurrently")
@Outcome(id = "0, 0, 10, 2", expect = ACCEPTABLE, desc = "each side sees only its own write")
@Outcome(expect = FORBIDDEN, desc = "one side saw the other's write")
@State
public class ListForkThenBothWrite {

    private final CowArrayList<Integer> source = new CowArrayList<>(List.of(0, 0));
    private final CowArrayList<Integer> fork = source.fork();

    @Actor
    public void writeSource(IIII_Result r) {
        source.set(0, 1);
        r.r1 = source.get(1);
    }

    @Actor
    public void writeFork(IIII_Result r) {
        fork.set(1, 2);
        r.r2 = fork.get(0);
    }

    @Arbiter
    public void contents(IIII_Result r) {
        r.r3 = Contents.digits(source);
        r.r4 = Contents.digits(fork);
    }
}
