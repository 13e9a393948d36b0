package io.holstein.concurrent;

import java.util.ArrayList;
import java.util.List;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of {@link SnapshotVector}'s single-element operations, checked by Lincheck
 * against an {@link ArrayList} as the sequential specification, in stress mode (real threads) and
 * in model-checking mode (systematic interleavings at the compare-and-set and volatile reads).
 * Values and indices are small, so that operations collide: indices run one past the sizes reached,
 * so out-of-range calls are checked too (their outcome is the constant {@link #OUT_OF_RANGE}).
 *
 * <p>Iterations are reduced to keep {@code mvn verify} short; for a longer run raise {@code
 * holstein.lincheck.iterations}.
 */
@Tag("lincheck")
@Param(name = "value", gen = IntGen.class, conf = "0:3")
@Param(name = "index", gen = IntGen.class, conf = "-1:4")
public class SnapshotVectorLincheckTest {

    /** The outcome of a call that throws {@link IndexOutOfBoundsException}. */
    static final int OUT_OF_RANGE = -100;

    private static final int ITERATIONS = Integer.getInteger("holstein.lincheck.iterations", 6);

    private final SnapshotVector<Integer> list = new SnapshotVector<>();

    @Operation
    public boolean add(@Param(name = "value") int value) {
        return list.add(value);
    }

    @Operation
    public int addAt(@Param(name = "index") int index, @Param(name = "value") int value) {
        try {
            list.add(index, value);
            return 0;
        } catch (IndexOutOfBoundsException e) {
            return OUT_OF_RANGE;
        }
    }

    @Operation
    public int get(@Param(name = "index") int index) {
        try {
            return list.get(index);
        } catch (IndexOutOfBoundsException e) {
            return OUT_OF_RANGE;
        }
    }

    @Operation
    public int set(@Param(name = "index") int index, @Param(name = "value") int value) {
        try {
            return list.set(index, value);
        } catch (IndexOutOfBoundsException e) {
            return OUT_OF_RANGE;
        }
    }

    @Operation
    public int removeAt(@Param(name = "index") int index) {
        try {
            return list.remove(index);
        } catch (IndexOutOfBoundsException e) {
            return OUT_OF_RANGE;
        }
    }

    @Operation
    public boolean addIfAbsent(@Param(name = "value") int value) {
        return list.addIfAbsent(value);
    }

    @Operation
    public int size() {
        return list.size();
    }

    @Test
    void stress_singleElementOperations_areLinearizable() {
        new StressOptions()
                .iterations(ITERATIONS)
                .invocationsPerIteration(1_000)
                .threads(3)
                .actorsPerThread(3)
                .sequentialSpecification(Sequential.class)
                .check(SnapshotVectorLincheckTest.class);
    }

    @Test
    void modelChecking_singleElementOperations_areLinearizable() {
        new ModelCheckingOptions()
                .iterations(ITERATIONS)
                .invocationsPerIteration(100)
                .threads(2)
                .actorsPerThread(3)
                .sequentialSpecification(Sequential.class)
                .check(SnapshotVectorLincheckTest.class);
    }

    /** The sequential specification: the same operations on an {@code ArrayList}. */
    public static final class Sequential {
        private final List<Integer> list = new ArrayList<>();

        public boolean add(int value) {
            return list.add(value);
        }

        public int addAt(int index, int value) {
            if (index < 0 || index > list.size()) {
                return OUT_OF_RANGE;
            }
            list.add(index, value);
            return 0;
        }

        public int get(int index) {
            return index < 0 || index >= list.size() ? OUT_OF_RANGE : list.get(index);
        }

        public int set(int index, int value) {
            return index < 0 || index >= list.size() ? OUT_OF_RANGE : list.set(index, value);
        }

        public int removeAt(int index) {
            return index < 0 || index >= list.size() ? OUT_OF_RANGE : list.remove(index);
        }

        public boolean addIfAbsent(int value) {
            return !list.contains(value) && list.add(value);
        }

        public int size() {
            return list.size();
        }
    }
}
