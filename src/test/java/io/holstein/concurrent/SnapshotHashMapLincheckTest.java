package io.holstein.concurrent;

import org.jetbrains.kotlinx.lincheck.paramgen.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of {@link SnapshotHashMap}'s single-key operations, checked by Lincheck in stress
 * mode (real threads) and model-checking mode (interleavings explored at the shared accesses,
 * including the root's compare-and-set). Keys and values come from small ranges so that operations
 * collide on keys. The sequential specification is the map itself, run sequentially, which the
 * model tests check against {@code HashMap}.
 *
 * <p>Iterations are reduced to keep {@code mvn verify} short; raise them locally with {@code
 * -Dholstein.lincheck.iterations=N}. Public, with a public constructor, because Lincheck
 * instantiates it reflectively for every scenario.
 */
@Tag("lincheck")
@Param(name = "key", gen = IntGen.class, conf = "1:4")
@Param(name = "value", gen = IntGen.class, conf = "1:3")
public class SnapshotHashMapLincheckTest {

    private static final int ITERATIONS = Integer.getInteger("holstein.lincheck.iterations", 8);

    private final SnapshotHashMap<Integer, Integer> map = new SnapshotHashMap<>();

    /** Creates an empty map, once per scenario. */
    public SnapshotHashMapLincheckTest() {}

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
    public Integer replace(@Param(name = "key") int key, @Param(name = "value") int value) {
        return map.replace(key, value);
    }

    @Operation
    public boolean replaceIfEquals(
            @Param(name = "key") int key,
            @Param(name = "value") int old,
            @Param(name = "value") int value) {
        return map.replace(key, old, value);
    }

    @Operation
    public boolean removeIfEquals(@Param(name = "key") int key, @Param(name = "value") int value) {
        return map.remove(key, value);
    }

    @Operation
    public Integer mergeSum(@Param(name = "key") int key, @Param(name = "value") int value) {
        return map.merge(key, value, Integer::sum);
    }

    @Operation
    public Integer computeIncrementOrRemove(@Param(name = "key") int key) {
        // Increments a present value, removing it once it passes 4; puts 1 for an absent key.
        return map.compute(key, (k, old) -> old == null ? 1 : old >= 4 ? null : old + 1);
    }

    @Operation
    public Integer computeIfAbsent(@Param(name = "key") int key, @Param(name = "value") int value) {
        return map.computeIfAbsent(key, k -> value);
    }

    @Operation
    public int size() {
        return map.size();
    }

    @Test
    void stress_singleKeyOperations_areLinearizable() {
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
    void modelChecking_singleKeyOperations_areLinearizable() {
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
