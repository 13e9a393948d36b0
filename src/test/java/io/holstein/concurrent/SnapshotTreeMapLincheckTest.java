package io.holstein.concurrent;

import java.util.Map;
import org.jetbrains.kotlinx.lincheck.paramgen.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of {@link SnapshotTreeMap}'s single-key and navigation operations, its atomic
 * polls and its range views' reads and clear, checked by Lincheck in stress mode (real threads) and
 * model-checking mode (interleavings explored at the shared accesses, including the root's
 * compare-and-set). Keys and values come from small ranges so that operations collide. The
 * sequential specification is the map itself, run sequentially, which the Guava suites check
 * against {@code NavigableMap}'s contract.
 *
 * <p>Iterations are reduced to keep {@code mvn verify} short; raise them locally with {@code
 * -Dholstein.lincheck.iterations=N}. Public, with a public constructor, because Lincheck
 * instantiates it reflectively for every scenario.
 */
@Tag("lincheck")
@Param(name = "key", gen = IntGen.class, conf = "1:5")
@Param(name = "value", gen = IntGen.class, conf = "1:3")
public class SnapshotTreeMapLincheckTest {

    private static final int ITERATIONS = Integer.getInteger("holstein.lincheck.iterations", 8);

    private final SnapshotTreeMap<Integer, Integer> map = new SnapshotTreeMap<>();

    /** Creates an empty map, once per scenario. */
    public SnapshotTreeMapLincheckTest() {}

    @Operation
    public Integer get(@Param(name = "key") int key) {
        return map.get(key);
    }

    @Operation
    public Integer put(@Param(name = "key") int key, @Param(name = "value") int value) {
        return map.put(key, value);
    }

    @Operation
    public Integer remove(@Param(name = "key") int key) {
        return map.remove(key);
    }

    @Operation
    public Integer putIfAbsent(@Param(name = "key") int key, @Param(name = "value") int value) {
        return map.putIfAbsent(key, value);
    }

    @Operation
    public Integer mergeSum(@Param(name = "key") int key, @Param(name = "value") int value) {
        return map.merge(key, value, Integer::sum);
    }

    @Operation
    public Integer ceilingKey(@Param(name = "key") int key) {
        return map.ceilingKey(key);
    }

    @Operation
    public Integer pollFirstKey() {
        Map.Entry<Integer, Integer> e = map.pollFirstEntry();
        return e == null ? null : e.getKey();
    }

    @Operation
    public Integer pollLastOfHead(@Param(name = "key") int key) {
        Map.Entry<Integer, Integer> e = map.headMap(key, true).pollLastEntry();
        return e == null ? null : e.getKey();
    }

    @Operation
    public int sizeOfRange(@Param(name = "key") int key) {
        return map.subMap(key, true, key + 2, true).size();
    }

    @Operation
    public void clearRange(@Param(name = "key") int key) {
        map.tailMap(key, false).clear();
    }

    @Operation
    public String snapshotString() {
        return map.snapshot().toString();
    }

    @Test
    void stress_operations_areLinearizable() {
        new StressOptions()
                .iterations(ITERATIONS)
                .invocationsPerIteration(300)
                .threads(2)
                .actorsPerThread(3)
                .actorsBefore(2)
                .actorsAfter(1)
                .check(getClass());
    }

    @Test
    void modelChecking_operations_areLinearizable() {
        new ModelCheckingOptions()
                .iterations(2 * ITERATIONS)
                .invocationsPerIteration(200)
                .threads(2)
                .actorsPerThread(3)
                .actorsBefore(2)
                .actorsAfter(1)
                .check(getClass());
    }
}
