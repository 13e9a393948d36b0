package io.holstein.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.holstein.list.PersistentVector;
import io.holstein.map.PersistentHashMap;
import io.holstein.string.Rope;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Immutable versions published through plain fields, a data race: one thread builds a vector, a map
 * and a rope by ordinary writes (each a new version over new nodes) and stores them into plain
 * fields; the other reads the fields and, where it finds a version, reads all of it. Final fields
 * in every node make a version complete for any thread that sees it, however it got there; a reader
 * that found a version with missing or default contents (a partly built node) is FORBIDDEN, and one
 * that fails on it is an error.
 */
@JCStressTest
@Description("PersistentVector, PersistentHashMap, Rope: versions published through plain fields")
@Outcome(
        id = {
            "-1, -1, -1",
            "1234, -1, -1",
            "1234, 12, -1",
            "1234, 12, 1234",
            "-1, 12, -1",
            "-1, -1, 1234",
            "-1, 12, 1234",
            "1234, -1, 1234"
        },
        expect = ACCEPTABLE,
        desc = "each version seen complete, or not yet")
@Outcome(expect = FORBIDDEN, desc = "a version seen with missing or default contents")
@State
public class PersistentPlainPublication {

    private PersistentVector<Integer> vector;
    private PersistentHashMap<Integer, Integer> map;
    private Rope rope;

    @Actor
    public void build() {
        vector = PersistentVector.of(1, 2).append(3).append(4);
        map = PersistentHashMap.<Integer, Integer>empty().with(0, 1).with(1, 2);
        rope = Rope.of("12").concat("34");
    }

    @Actor
    public void read(III_Result r) {
        PersistentVector<Integer> v = vector;
        PersistentHashMap<Integer, Integer> m = map;
        Rope t = rope;
        r.r1 = v == null ? -1 : Contents.digits(v);
        r.r2 = m == null ? -1 : Contents.digits(m, 2);
        r.r3 = t == null ? -1 : Contents.digits(t);
    }
}
