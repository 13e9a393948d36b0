package io.holstein.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.holstein.list.CowArrayList;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * The structural twin of {@link ListForkThenBothWrite}: both sides append into the spare capacity
 * of one shared array. A side that wrongly appended in place would write the slot just past the
 * other side's size, which the arbiter's contents show.
 */
@JCStressTest
@Description(
        "CowArrayList: fork, then source and fork append concurrently into shared spare capacity")
@Outcome(id = "2, 2, 1, 2", expect = ACCEPTABLE, desc = "each side sees only its own append")
@Outcome(expect = FORBIDDEN, desc = "an append showed on the other side")
@State
public class ListForkThenBothAdd {

    private final CowArrayList<Integer> source;
    private final CowArrayList<Integer> fork;

    public ListForkThenBothAdd() {
        source = new CowArrayList<>(8);
        source.add(0);
        source.add(0);
        fork = source.fork();
    }

    @Actor
    public void appendToSource(IIII_Result r) {
        source.add(1);
        r.r1 = source.size() - 1;
    }

    @Actor
    public void appendToFork(IIII_Result r) {
        fork.add(2);
        r.r2 = fork.size() - 1;
    }

    @Arbiter
    public void lastElements(IIII_Result r) {
        r.r3 = source.get(2) + 10 * (source.size() - 3);
        r.r4 = fork.get(2) + 10 * (fork.size() - 3);
    }
}
