package io.holstein.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.holstein.list.PersistentVector;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Two threads append to the same {@code PersistentVector} version at once. The first append to a
 * version writes into a spare slot of the tail array it shares with its source, claimed by a
 * compare-and-set; the other must lose the claim and copy. Each new version must end with its own
 * element, and the source must keep its length: an append that overwrote the other's slot would
 * show the other thread's element (FORBIDDEN).
 */
@JCStressTest
@Description("PersistentVector: concurrent appends to one version each keep their own element")
@Outcome(id = "1, 2, 3", expect = ACCEPTABLE, desc = "each version ends with its own element")
@Outcome(expect = FORBIDDEN, desc = "an append overwrote the other's slot, or changed the source")
@State
public class VectorConcurrentAppends {

    /**
     * Three elements by appends: the tail array doubles from 1 to 2 to 4 slots, so slot 3 is spare
     * and every append to this version races for it.
     */
    private final PersistentVector<Integer> source =
            PersistentVector.<Integer>empty().append(0).append(0).append(0);

    private PersistentVector<Integer> first;
    private PersistentVector<Integer> second;

    @Actor
    public void appendOne() {
        first = source.append(1);
    }

    @Actor
    public void appendTwo() {
        second = source.append(2);
    }

    @Arbiter
    public void check(III_Result r) {
        r.r1 = first.get(3);
        r.r2 = second.get(3);
        r.r3 = source.size();
    }
}
