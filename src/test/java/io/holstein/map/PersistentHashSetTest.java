package io.holstein.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Unit tests of {@link PersistentHashSet}'s own methods and regressions found by its model tests.
 */
class PersistentHashSetTest {

    @Test
    void difference_ofItselfWhenEmptiedByWithout_returnsThis() {
        // Fresh seed -9046857459521802274: an emptied set that is not empty() minus itself.
        PersistentHashSet<Integer> emptied = PersistentHashSet.of(1).without(1);
        assertSame(emptied, emptied.difference(emptied));
        assertSame(emptied, emptied.intersection(emptied));
        assertSame(emptied, emptied.union(emptied));
    }

    @Test
    void algebra_resultEqualToAnOperand_returnsThatOperand() {
        PersistentHashSet<Integer> small = PersistentHashSet.of(1, 2, 3);
        PersistentHashSet<Integer> big = small.with(4).with(5);
        assertSame(big, small.union(big));
        assertSame(big, big.union(small));
        assertSame(small, big.intersection(small));
        assertSame(small, small.intersection(big));
        assertSame(small, small.difference(Set.of(9)));
        assertEquals(Set.of(4, 5), big.difference(small));
        assertEquals(PersistentHashSet.empty(), big.difference(big));
    }

    @Test
    void of_duplicates_throwIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> PersistentHashSet.of(1, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> PersistentHashSet.of(null, null));
        assertEquals(
                Set.of(1, 2), List.of(1, 2, 1).stream().collect(PersistentHashSet.collector()));
    }
}
