package io.holstein.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.holstein.list.PersistentVector;
import io.holstein.map.PersistentHashMap;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Builder-made versions published through plain fields while the builders go on writing: one thread
 * fills a vector builder and a map builder, builds, stores the built versions into plain fields,
 * then writes the same builders again (slot 0 to 9). The other thread reads the fields. {@code
 * build()} retires the builder's ownership token and hands out a version whose root field is final,
 * so the reader sees either nothing or the built contents, never a partly built version and never
 * the builders' later writes; the arbiter checks the built versions once more after both actors.
 */
@JCStressTest
@Description(
        "PersistentVector and PersistentHashMap builders: build, publish through a plain field, write on")
@Outcome(
        id = {"-1, -1, 12, 12", "12, -1, 12, 12", "-1, 12, 12, 12", "12, 12, 12, 12"},
        expect = ACCEPTABLE,
        desc = "each built version seen complete and unchanged, or not yet")
@Outcome(expect = FORBIDDEN, desc = "a built version seen partly built or changed by its builder")
@State
public class BuilderPlainPublication {

    private final PersistentVector.Builder<Integer> vectorBuilder = PersistentVector.builder();
    private final PersistentHashMap.Builder<Integer, Integer> mapBuilder =
            PersistentHashMap.builder();
    private PersistentVector<Integer> vector;
    private PersistentHashMap<Integer, Integer> map;

    @Actor
    public void buildPublishAndWriteOn() {
        vector = vectorBuilder.add(1).add(2).build();
        map = mapBuilder.put(0, 1).put(1, 2).build();
        vectorBuilder.set(0, 9);
        mapBuilder.put(0, 9);
    }

    @Actor
    public void read(IIII_Result r) {
        PersistentVector<Integer> v = vector;
        PersistentHashMap<Integer, Integer> m = map;
        r.r1 = v == null ? -1 : Contents.digits(v);
        r.r2 = m == null ? -1 : Contents.digits(m, 2);
    }

    @Arbiter
    public void builtVersions(IIII_Result r) {
        r.r3 = Contents.digits(vector);
        r.r4 = Contents.digits(map, 2);
    }
}
