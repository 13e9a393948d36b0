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
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * The usual way a fork reaches another thread: one thread forks, hands the fork over through a
 * volatile field (a safe publication, as any mutable object needs) and goes on writing its own
 * list; the receiver writes the fork. A {@code Cow*} container published through a plain field is
 * not claimed safe (its fields are not final), so that case is not tested here.
 */
@JCStressTest
@Description("CowArrayList: fork handed to another thread through a volatile field, both write")
@Outcome(
        id = {"0, -1, 10", "0, 0, 10"},
        expect = ACCEPTABLE,
        desc = "the receiver saw no fork yet, or a fork without the source's write")
@Outcome(expect = FORBIDDEN, desc = "a write showed in the other list")
@State
public class ListForkHandOff {

    private final CowArrayList<Integer> source = new CowArrayList<>(List.of(0, 0));
    private volatile CowArrayList<Integer> handOff;

    @Actor
    public void forkHandOverAndWrite(III_Result r) {
        handOff = source.fork();
        source.set(0, 1);
        r.r1 = source.get(1);
    }

    @Actor
    public void receiveAndWrite(III_Result r) {
        CowArrayList<Integer> received = handOff;
        if (received == null) {
            r.r2 = -1;
            return;
        }
        received.set(1, 2);
        r.r2 = received.get(0);
    }

    @Arbiter
    public void sourceContents(III_Result r) {
        r.r3 = Contents.digits(source);
    }
}
