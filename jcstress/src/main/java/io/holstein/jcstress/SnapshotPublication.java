package io.holstein.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.holstein.concurrent.SnapshotHashMap;
import io.holstein.concurrent.SnapshotVector;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Happens-before from a write to a later read, the guarantee {@code CopyOnWriteArrayList} and
 * {@code ConcurrentMap} document and the {@code Snapshot*} types promise too: one thread puts an
 * object whose only field is plain (not final) into a {@code SnapshotHashMap} and adds another to a
 * {@code SnapshotVector}; the other reads them back and reads that field. The version holding an
 * object is installed by a compare-and-set of a volatile root, so a reader that finds the object
 * must also see the field written before it; one that sees the field's default 0 is FORBIDDEN.
 */
@JCStressTest
@Description(
        "SnapshotHashMap, SnapshotVector: an element's plain fields are visible to a reader that finds it")
@Outcome(
        id = {"-1, -1", "42, -1", "-1, 42", "42, 42"},
        expect = ACCEPTABLE,
        desc = "each element seen with its field written, or not yet")
@Outcome(expect = FORBIDDEN, desc = "an element seen before its field was written")
@State
public class SnapshotPublication {

    /** A mutable holder: its field is not final, so only happens-before makes it visible. */
    static final class Box {
        int value;

        Box(int value) {
            this.value = value;
        }
    }

    private final SnapshotHashMap<Integer, Box> map = new SnapshotHashMap<>();
    private final SnapshotVector<Box> vector = new SnapshotVector<>();

    @Actor
    public void write() {
        map.put(1, new Box(42));
        vector.add(new Box(42));
    }

    @Actor
    public void read(II_Result r) {
        Box inMap = map.get(1);
        r.r1 = inMap == null ? -1 : inMap.value;
        // Only appends happen, so a non-empty vector keeps its element 0.
        r.r2 = vector.isEmpty() ? -1 : vector.get(0).value;
    }
}
