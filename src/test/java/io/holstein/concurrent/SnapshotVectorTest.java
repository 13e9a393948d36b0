package io.holstein.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.list.PersistentVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Spliterator;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The behaviours {@link SnapshotVector} documents beyond what the Guava suites check. */
class SnapshotVectorTest {

    @Test
    void constructor_ofPersistentVector_adoptsItInConstantTime() {
        PersistentVector<String> v = PersistentVector.of("a", "b");
        SnapshotVector<String> list = new SnapshotVector<>(v);
        assertSame(v, list.snapshot());
        assertSame(v, new SnapshotVector<>(list).snapshot(), "another SnapshotVector gives its version");
        assertThrows(NullPointerException.class, () -> new SnapshotVector<>((PersistentVector<String>) null));
    }

    @Test
    void snapshot_afterWrites_neverChanges() {
        SnapshotVector<String> list = new SnapshotVector<>(List.of("a", "b"));
        PersistentVector<String> before = list.snapshot();
        list.add("c");
        list.set(0, "z");
        list.remove(1);
        assertEquals(List.of("a", "b"), before);
        assertEquals(List.of("z", "c"), list);
    }

    @Test
    void update_underContention_runsItsOperatorAgainOnTheNewerVersion() {
        SnapshotVector<Integer> list = new SnapshotVector<>(List.of(1));
        List<PersistentVector<Integer>> seen = new ArrayList<>();
        PersistentVector<Integer> installed = list.update(v -> {
            seen.add(v);
            if (seen.size() == 1) {
                list.add(2); // a write that lands between the read and the compare-and-set
            }
            return v.append(3);
        });
        assertEquals(2, seen.size(), "the operator ran again");
        assertEquals(List.of(1, 2), seen.get(1));
        assertEquals(List.of(1, 2, 3), list);
        assertSame(installed, list.snapshot());
    }

    @Test
    void update_whoseOperatorThrowsOrReturnsNull_leavesTheListUnchanged() {
        SnapshotVector<Integer> list = new SnapshotVector<>(List.of(1));
        PersistentVector<Integer> before = list.snapshot();
        assertThrows(IllegalStateException.class, () -> list.update(v -> {
            throw new IllegalStateException();
        }));
        assertThrows(NullPointerException.class, () -> list.update(v -> null));
        assertThrows(NullPointerException.class, () -> list.update(null));
        assertSame(before, list.snapshot());
    }

    @Test
    void compareAndSet_comparesVersionsByIdentity() {
        SnapshotVector<String> list = new SnapshotVector<>(List.of("a"));
        PersistentVector<String> current = list.snapshot();
        assertFalse(list.compareAndSet(PersistentVector.of("a"), PersistentVector.of("x")), "equal is not enough");
        assertTrue(list.compareAndSet(current, current.append("b")));
        assertFalse(list.compareAndSet(current, PersistentVector.of("y")), "stale");
        assertEquals(List.of("a", "b"), list);
        assertThrows(NullPointerException.class, () -> list.compareAndSet(list.snapshot(), null));
    }

    @Test
    void iterators_keepTheirVersionAndCannotWrite() {
        SnapshotVector<String> list = new SnapshotVector<>(List.of("a", "b"));
        Iterator<String> it = list.iterator();
        ListIterator<String> li = list.listIterator(1);
        list.clear();
        assertEquals("a", it.next());
        assertThrows(UnsupportedOperationException.class, it::remove);
        assertEquals("b", li.next());
        assertThrows(UnsupportedOperationException.class, () -> li.set("x"));
        assertThrows(UnsupportedOperationException.class, () -> li.add("x"));
        assertThrows(IndexOutOfBoundsException.class, () -> list.listIterator(1));
    }

    @Test
    void spliterator_reportsWhatCopyOnWriteArrayListReports() {
        int expected = new CopyOnWriteArrayList<>(List.of(1)).spliterator().characteristics()
                | Spliterator.SUBSIZED;
        assertEquals(expected, new SnapshotVector<>(List.of(1)).spliterator().characteristics()
                & (Spliterator.IMMUTABLE | Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED));
    }

    @Test
    void indexOfAndLastIndexOfFromAnIndex_throwAsCopyOnWriteArrayListDoes() {
        SnapshotVector<String> list = new SnapshotVector<>(Arrays.asList("a", null, "a"));
        CopyOnWriteArrayList<String> model = new CopyOnWriteArrayList<>(Arrays.asList("a", null, "a"));
        for (int from = -1; from <= 4; from++) {
            int f = from;
            assertSameOutcome(() -> model.indexOf("a", f), () -> list.indexOf("a", f));
            assertSameOutcome(() -> model.lastIndexOf(null, f), () -> list.lastIndexOf(null, f));
        }
    }

    @Test
    void subList_badBounds_throwIndexOutOfBoundsAsCopyOnWriteArrayListDoes() {
        SnapshotVector<String> list = new SnapshotVector<>(List.of("a", "b", "c"));
        assertThrows(IndexOutOfBoundsException.class, () -> list.subList(2, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> list.subList(-1, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> list.subList(0, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> list.subList(0, 3).subList(2, 1));
    }

    @Test
    void subList_afterTheListShrinks_isCutAtItsEndAndGrowsBack() {
        SnapshotVector<String> list = new SnapshotVector<>(List.of("a", "b", "c", "d"));
        List<String> view = list.subList(1, 3);
        list.remove(3);
        list.remove(2);
        assertEquals(List.of("b"), view);
        assertThrows(IndexOutOfBoundsException.class, () -> view.get(1));
        list.add("x");
        assertEquals(List.of("b", "x"), view, "the range is fixed: the list grew back into it");
        list.clear();
        assertTrue(view.isEmpty());
        assertThrows(IndexOutOfBoundsException.class, () -> view.add("y"), "no index of the view exists");
        assertTrue(list.isEmpty());
    }

    @Test
    void subList_writeThroughIt_movesItsEndAndTheOuterViewsEnd() {
        SnapshotVector<Integer> list = new SnapshotVector<>(List.of(0, 1, 2, 3, 4, 5));
        List<Integer> outer = list.subList(1, 5);
        List<Integer> inner = outer.subList(1, 3);
        inner.add(9);
        assertEquals(List.of(2, 3, 9), inner);
        assertEquals(List.of(1, 2, 3, 9, 4), outer);
        inner.clear();
        assertEquals(List.of(1, 4), outer);
        assertEquals(List.of(0, 1, 4, 5), list);
    }

    @Test
    void bulkWrites_whoseCallbackThrows_leaveTheListUnchanged() {
        SnapshotVector<Integer> list = new SnapshotVector<>(List.of(1, 2, 3));
        PersistentVector<Integer> before = list.snapshot();
        assertThrows(IllegalStateException.class, () -> list.removeIf(e -> {
            if (e == 3) {
                throw new IllegalStateException();
            }
            return true;
        }));
        assertThrows(IllegalStateException.class, () -> list.replaceAll(e -> {
            if (e == 3) {
                throw new IllegalStateException();
            }
            return 0;
        }));
        assertThrows(ClassCastException.class, () -> ((List<Object>) (List<?>) list).sort((a, b) -> {
            throw new ClassCastException();
        }));
        assertSame(before, list.snapshot());
    }

    @Test
    void nullArguments_throwWhereCopyOnWriteArrayListThrows() {
        SnapshotVector<String> list = new SnapshotVector<>(List.of("a"));
        assertThrows(NullPointerException.class, () -> list.addAll(null));
        assertThrows(NullPointerException.class, () -> list.addAll(0, null));
        assertThrows(NullPointerException.class, () -> list.removeAll(null));
        assertThrows(NullPointerException.class, () -> list.retainAll(null));
        assertThrows(NullPointerException.class, () -> list.addAllAbsent(null));
        assertThrows(NullPointerException.class, () -> list.removeIf(null));
        assertThrows(NullPointerException.class, () -> list.replaceAll(null));
        assertThrows(NullPointerException.class, () -> new SnapshotVector<>((List<String>) null));
    }

    @Test
    void addAllAbsent_skipsPresentElementsAndRepeats() {
        SnapshotVector<String> list = new SnapshotVector<>(Arrays.asList("a", null));
        assertEquals(2, list.addAllAbsent(Arrays.asList("b", "a", null, "b", "c")));
        assertEquals(Arrays.asList("a", null, "b", "c"), list);
    }

    @Test
    void equalsHashCodeToString_ofOneVersion() {
        SnapshotVector<Object> list = new SnapshotVector<>(List.of("a"));
        assertEquals(List.of("a"), list);
        assertEquals(list, new SnapshotVector<>(List.of("a")));
        assertEquals(List.of("a").hashCode(), list.hashCode());
        assertNotEquals(list, Arrays.asList("a", "b"));
        list.add(list);
        assertEquals("[a, (this Collection)]", list.toString());
    }

    private static void assertSameOutcome(java.util.function.IntSupplier expected, java.util.function.IntSupplier actual) {
        Object e;
        Object a;
        try {
            e = expected.getAsInt();
        } catch (RuntimeException x) {
            e = x instanceof IndexOutOfBoundsException ? IndexOutOfBoundsException.class : x.getClass();
        }
        try {
            a = actual.getAsInt();
        } catch (RuntimeException x) {
            a = x instanceof IndexOutOfBoundsException ? IndexOutOfBoundsException.class : x.getClass();
        }
        assertEquals(e, a);
    }

    @Test
    void writesThatChangeNothing_areStillOvertaken_asWritesAre() {
        // Each no-op write compare-and-sets its version onto itself, so a write in between
        // makes it start over: it is a write, with a write's memory effects.
        SnapshotVector<Integer> list = new SnapshotVector<>(List.of(1, 2));
        int[] calls = {0};
        list.update(v -> {
            if (calls[0]++ == 0) {
                list.add(3);
            }
            return v;
        });
        assertEquals(2, calls[0], "update returning its argument");
        calls[0] = 0;
        list.replaceAll(e -> {
            if (calls[0]++ == 0) {
                list.add(4);
            }
            return e;
        });
        assertEquals(7, calls[0], "replaceAll changing nothing: 3 calls, then 4 on the newer version");
        calls[0] = 0;
        list.sort((x, y) -> {
            if (calls[0]++ == 0) {
                list.add(5);
            }
            return Integer.compare(x, y);
        });
        assertTrue(calls[0] > 4, "sort of a sorted list ran again after the write: " + calls[0]);
        assertEquals(List.of(1, 2, 3, 4, 5), list);
    }

    @Test
    void compareAndSetAndClear_behaveAsTheMapsDo() {
        SnapshotVector<Integer> list = new SnapshotVector<>();
        PersistentVector<Integer> empty = list.snapshot();
        list.clear();
        assertSame(empty, list.snapshot(), "clearing an empty list keeps its version");
        PersistentVector<Integer> one = empty.append(1);
        assertTrue(list.compareAndSet(empty, one));
        assertTrue(list.compareAndSet(one, one), "the current version to itself");
        assertFalse(list.compareAndSet(empty, empty), "a stale version to itself");
        assertSame(one, list.snapshot());
        list.clear();
        assertTrue(list.isEmpty());
    }
}
