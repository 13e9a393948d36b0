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
 * {@link ListForkThenBothWrite} for {@code CowString}: a string forks before the race, then each
 * side writes its own char and reads the other's. Whichever side copies, the other may write the
 * old buffer in place only after the copier has finished reading it.
 */
@JCStressTest
@Description("CowString: fork, then source and fork write concurrently")
@Outcome(id = "0, 0, 10, 2", expect = ACCEPTABLE, desc = "each side sees only its own write")
@Outcome(expect = FORBIDDEN, desc = "one side saw the other's write")
@State
public class StringForkThenBothWrite {

    private final CowString source = new CowString("00");
    private final CowString fork = source.fork();

    @Actor
    public void writeSource(IIII_Result r) {
        source.setCharAt(0, '1');
        r.r1 = source.charAt(1) - '0';
    }

    @Actor
    public void writeFork(IIII_Result r) {
        fork.setCharAt(1, '2');
        r.r2 = fork.charAt(0) - '0';
    }

    @Arbiter
    public void contents(IIII_Result r) {
        r.r3 = Contents.digits(source);
        r.r4 = Contents.digits(fork);
    }
}
