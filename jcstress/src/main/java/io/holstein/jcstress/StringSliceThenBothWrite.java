package io.holstein.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.holstein.string.CowString;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * A slice shares its parent's buffer as a fork does; then the parent writes a char inside the
 * slice's window and the slice writes another, concurrently. Neither may see the other's write: a
 * slice is an independent string, not a view.
 */
@JCStressTest
@Description("CowString: slice, then parent and slice write concurrently")
@Outcome(id = "0, 0, 10, 20", expect = ACCEPTABLE, desc = "each side sees only its own write")
@Outcome(expect = FORBIDDEN, desc = "one side saw the other's write")
@State
public class StringSliceThenBothWrite {

    private final CowString parent = new CowString("000");
    private final CowString slice = parent.slice(0, 2);

    @Actor
    public void writeParent(IIII_Result r) {
        parent.setCharAt(1, '1');
        r.r1 = parent.charAt(0) - '0';
    }

    @Actor
    public void writeSlice(IIII_Result r) {
        slice.setCharAt(0, '2');
        r.r2 = slice.charAt(1) - '0';
    }

    @Arbiter
    public void contents(IIII_Result r) {
        r.r3 = Contents.digits(parent);
        r.r4 = Contents.digits(slice);
    }
}
