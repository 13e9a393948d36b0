package io.holstein.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIII_Result;

/**
 * {@link ListConcurrentForksWrite} over {@link UnsoundCowArray}, whose count is a plain {@code
 * int}: shows why Holstein's counts are atomic. When the two {@code count++} of the concurrent
 * forks overlap, one is lost; the first writer copies and decrements the count to 1, the second
 * then writes the source's array in place, and the source (which nobody wrote) shows that write.
 * The cross-talk is ACCEPTABLE_INTERESTING here, not FORBIDDEN: the class is unsound on purpose,
 * and the run reports how often the race showed.
 */
@JCStressTest
@Description("Unsound plain-int count: two threads fork one source concurrently, then write")
@Outcome(id = "0, 0, 0, 10, 2", expect = ACCEPTABLE, desc = "every array sees only its own writes")
@Outcome(
        expect = ACCEPTABLE_INTERESTING,
        desc = "cross-talk: a lost count++ let a write land in storage another array reads")
@State
public class UnsoundForksWrite {

    private final UnsoundCowArray source = new UnsoundCowArray(0, 0);
    private UnsoundCowArray first;
    private UnsoundCowArray second;

    @Actor
    public void forkAndWriteFirst(IIIII_Result r) {
        UnsoundCowArray f = source.fork();
        f.set(0, 1);
        r.r1 = f.get(1);
        first = f;
    }

    @Actor
    public void forkAndWriteSecond(IIIII_Result r) {
        UnsoundCowArray f = source.fork();
        f.set(1, 2);
        r.r2 = f.get(0);
        second = f;
    }

    @Arbiter
    public void contents(IIIII_Result r) {
        r.r3 = source.digits();
        r.r4 = first.digits();
        r.r5 = second.digits();
    }
}
