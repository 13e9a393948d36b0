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
import org.openjdk.jcstress.infra.results.IIIII_Result;

/**
 * {@link ListConcurrentForksWrite} for {@code CowString}: two threads fork one string at once, then
 * each writes its fork. A lost increment of the shared count would let the second writer write the
 * buffer the source still reads.
 */
@JCStressTest
@Description("CowString: two threads fork one source concurrently, then write their forks")
@Outcome(id = "0, 0, 0, 10, 2", expect = ACCEPTABLE, desc = "every string sees only its own writes")
@Outcome(expect = FORBIDDEN, desc = "a write showed in another string")
@State
public class StringConcurrentForksWrite {

    private final CowString source = new CowString("00");
    private CowString first;
    private CowString second;

    @Actor
    public void forkAndWriteFirst(IIIII_Result r) {
        CowString f = source.fork();
        f.setCharAt(0, '1');
        r.r1 = f.charAt(1) - '0';
        first = f;
    }

    @Actor
    public void forkAndWriteSecond(IIIII_Result r) {
        CowString f = source.fork();
        f.setCharAt(1, '2');
        r.r2 = f.charAt(0) - '0';
        second = f;
    }

    @Arbiter
    public void contents(IIIII_Result r) {
        r.r3 = Contents.digits(source);
        r.r4 = Contents.digits(first);
        r.r5 = Contents.digits(second);
    }
}
