package io.holstein.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.testing.Comparison.Difference;
import io.holstein.testing.Comparison.Outcomes;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final Comparison EXACT = Comparison.between("Holstein", "model");

    private final Coverage coverage = new Coverage();

    private static Outcome returned(Object value) {
        return new Outcome(value, null);
    }

    private static Outcome threw(Exception e) {
        return new Outcome(null, e);
    }

    @Test
    void compare_equalValues_passes() {
        Outcomes o =
                EXACT.compare(
                        "op",
                        returned(List.of(1)),
                        returned(List.of(1)),
                        Difference.NONE,
                        coverage);
        assertFalse(o.threw());
        assertFalse(o.documented());
    }

    @Test
    void compare_differentValues_failsNamingStepAndBothSides() {
        AssertionError e =
                assertThrows(
                        AssertionError.class,
                        () ->
                                EXACT.compare(
                                        "op", returned(1), returned(2), Difference.NONE, coverage));
        assertEquals("op: Holstein returned 1 but model returned 2", e.getMessage());
    }

    @Test
    void compare_oneSideThrew_failsWithTheExceptionSuppressed() {
        IllegalStateException thrown = new IllegalStateException("x");
        AssertionError e =
                assertThrows(
                        AssertionError.class,
                        () ->
                                EXACT.compare(
                                        "op",
                                        threw(thrown),
                                        returned(1),
                                        Difference.NONE,
                                        coverage));
        assertEquals(List.of(thrown), Arrays.asList(e.getSuppressed()));
        assertThrows(
                AssertionError.class,
                () -> EXACT.compare("op", returned(1), threw(thrown), Difference.NONE, coverage));
    }

    @Test
    void compare_sameExceptionClass_passesAndCountsIt() {
        Outcomes o =
                EXACT.compare(
                        "op",
                        threw(new IllegalStateException("a")),
                        threw(new IllegalStateException("b")),
                        Difference.NONE,
                        coverage);
        assertTrue(o.threw());
        assertEquals(1, coverage.count("both threw IllegalStateException"));
    }

    @Test
    void compare_otherExceptionClass_fails() {
        assertThrows(
                AssertionError.class,
                () ->
                        EXACT.compare(
                                "op",
                                threw(new ArrayIndexOutOfBoundsException()),
                                threw(new IndexOutOfBoundsException()),
                                Difference.NONE,
                                coverage));
    }

    @Test
    void withExceptionKind_subclassesOfOneKind_passAndCountAsTheKind() {
        Comparison c =
                EXACT.withExceptionKind(
                        e ->
                                e instanceof IndexOutOfBoundsException
                                        ? IndexOutOfBoundsException.class
                                        : e.getClass());
        c.compare(
                "op",
                threw(new ArrayIndexOutOfBoundsException()),
                threw(new IndexOutOfBoundsException()),
                Difference.NONE,
                coverage);
        assertEquals(1, coverage.count("both threw IndexOutOfBoundsException"));
    }

    @Test
    void withSameMessageFor_selectedExceptionsWithOtherMessages_fail() {
        Comparison c = EXACT.withSameMessageFor(e -> e instanceof IllegalArgumentException);
        c.compare(
                "op",
                threw(new IllegalStateException("a")),
                threw(new IllegalStateException("b")),
                Difference.NONE,
                coverage);
        c.compare(
                "op",
                threw(new IllegalArgumentException("a")),
                threw(new IllegalArgumentException("a")),
                Difference.NONE,
                coverage);
        assertThrows(
                AssertionError.class,
                () ->
                        c.compare(
                                "op",
                                threw(new IllegalArgumentException("a")),
                                threw(new IllegalArgumentException("b")),
                                Difference.NONE,
                                coverage));
    }

    @Test
    void withNormalizedValues_comparesAndReturnsNormalizedValues() {
        Comparison c =
                EXACT.withNormalizedValues(v -> v instanceof Object[] a ? Arrays.asList(a) : v);
        Outcomes o =
                c.compare(
                        "op",
                        returned(new Object[] {1, 2}),
                        returned(new Object[] {1, 2}),
                        Difference.NONE,
                        coverage);
        assertEquals(List.of(1, 2), o.holstein().value());
    }

    @Test
    void compare_documentedDifference_passesOnlyWhereItHolds() {
        Difference stale =
                (h, m) ->
                        h.thrown() instanceof ConcurrentModificationException
                                && m.thrown() instanceof ArrayIndexOutOfBoundsException;
        Outcomes o =
                EXACT.compare(
                        "op",
                        threw(new ConcurrentModificationException()),
                        threw(new ArrayIndexOutOfBoundsException()),
                        stale,
                        coverage);
        assertTrue(o.documented());
        assertThrows(
                AssertionError.class,
                () ->
                        EXACT.compare(
                                "op",
                                returned(1),
                                threw(new ArrayIndexOutOfBoundsException()),
                                stale,
                                coverage));
    }
}
