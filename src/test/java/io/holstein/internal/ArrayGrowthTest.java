package io.holstein.internal;

import static io.holstein.internal.ArrayGrowth.SOFT_MAX_ARRAY_LENGTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArrayGrowthTest {

    @Test
    void grownLength_preferredWithinSoftMax_isPreferred() {
        assertEquals(15, ArrayGrowth.grownLength(11, 15));
    }

    @Test
    void grownLength_preferredBelowRequired_isRequired() {
        assertEquals(20, ArrayGrowth.grownLength(20, 15));
    }

    @Test
    void grownLength_preferredPastSoftMax_isSoftMax() {
        assertEquals(SOFT_MAX_ARRAY_LENGTH, ArrayGrowth.grownLength(100, 3L * Integer.MAX_VALUE));
        assertEquals(
                SOFT_MAX_ARRAY_LENGTH,
                ArrayGrowth.grownLength(SOFT_MAX_ARRAY_LENGTH, Long.MAX_VALUE));
    }

    @Test
    void grownLength_requiredPastSoftMax_isRequired() {
        assertEquals(Integer.MAX_VALUE - 3, ArrayGrowth.grownLength(Integer.MAX_VALUE - 3, 0));
        assertEquals(Integer.MAX_VALUE, ArrayGrowth.grownLength(Integer.MAX_VALUE, 0));
    }

    @Test
    void grownLength_overflowedRequiredLength_throwsOutOfMemoryErrorWithTheTrueLength() {
        int overflowed = Integer.MAX_VALUE + 5;
        OutOfMemoryError e =
                assertThrows(OutOfMemoryError.class, () -> ArrayGrowth.grownLength(overflowed, 10));
        assertTrue(e.getMessage().contains("2147483652"), e.getMessage());
    }

    @Test
    void grownLength_twoSlotElements_limitsAreHalved() {
        int hardMax = Integer.MAX_VALUE >> 1;
        assertEquals(SOFT_MAX_ARRAY_LENGTH >> 1, ArrayGrowth.grownLength(10, 1L << 31, 1));
        assertEquals(hardMax, ArrayGrowth.grownLength(hardMax, 1L << 31, 1));
        assertEquals(1000, ArrayGrowth.grownLength(10, 1000, 1));
        OutOfMemoryError e =
                assertThrows(
                        OutOfMemoryError.class, () -> ArrayGrowth.grownLength(hardMax + 1, 0, 1));
        assertTrue(e.getMessage().contains(String.valueOf(hardMax + 1)), e.getMessage());
    }
}
