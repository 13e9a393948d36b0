package io.holstein.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.list.PersistentVector;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Spliterator;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The behaviours {@link SnapshotVector} documents beyond what the Guava suites check. */
class SnapshotVectorTest {

    @Test
    void constructor_ofPersistentVector_adoptsItInConstantTime() {
        PersistentVector<String> v = PersistentVector.of("a", "b");
        SnapshotVector<String> list = new SnapshotVector<>(v);
        assertSame(v, list.snapshot());
        assertSame(
                v,
                new SnapshotVector<>(list).snapshot(),
                "another SnapshotVector gives its version");
        assertThrows(
                NullPointerException.class,
                () -> new SnapshotVector<>((PersistentVector<String>) null));
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
        PersistentVector<Integer> installed =
                list.update(
                        v -> {
                            seen.add(v);
                            if (seen.size() == 1) {
                                list.add(2); // a write that lands between the read and the
                                // compare-and-set
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
        assertThrows(
                IllegalStateException.class,
                () ->
                        list.update(
                                v -> {
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
        assertFalse(
                list.compareAndSet(PersistentVector.of("a"), PersistentVector.of("x")),
                "equal is not enough");
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
        int expected =
                new CopyOnWriteArrayList<>(List.of(1)).spliterator().characteristics()
                        | Spliterator.SUBSIZED;
        assertEquals(
                expected,
                new SnapshotVector<>(List.of(1)).spliterator().characteristics()
                        & (Spliterator.IMMUTABLE
                                | Spliterator.ORDERED
                                | Spliterator.SIZED
                                | Spliterator.SUBSIZED));
    }

    @Test
    void indexOfAndLastIndexOfFromAnIndex_throwAsCopyOnWriteArrayListDoes() {
        SnapshotVector<String> list = new SnapshotVector<>(Arrays.asList("a", null, "a"));
        CopyOnWriteArrayList<String> model =
                new CopyOnWriteArrayList<>(Arrays.asList("a", null, "a"));
        for (int from = -1; from <= 4; from++) {
            int f = from;
            assertSameOutcome(() -> model.indexOf("a", f), () -> list.indexOf("a", f));
            assertSameOutcome(() -> model.lastIndexOf(null, f), () -> list.lastIndexOf(null, f));
            assertSameOutcome(() -> model.indexOf(null, f), () -> list.indexOf(null, f));
            assertSameOutcome(() -> model.lastIndexOf("a", f), () -> list.lastIndexOf("a", f));
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
        assertThrows(
                IndexOutOfBoundsException.class,
                () -> view.add("y"),
                "no index of the view exists");
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
    void subList_siblingViewsClearedInTurn_outerViewLosesOnlyItsOwnElements() {
        SnapshotVector<Integer> list = new SnapshotVector<>(range(20));
        List<Integer> outer = list.subList(2, 12);
        List<Integer> first = outer.subList(0, 5);
        List<Integer> whole = outer.subList(0, 10);
        first.clear();
        assertEquals(range(7, 12), outer);
        whole.clear(); // [2, 12): outer's five elements and five past its end
        assertEquals(0, outer.size(), "the change past the outer view's end does not move it");
        assertEquals(List.of(0, 1, 17, 18, 19), list);
        outer.add(99);
        assertEquals(List.of(99), outer);
        assertEquals(List.of(0, 1, 99, 17, 18, 19), list);
    }

    @Test
    void subList_writePastAnOuterViewsEnd_leavesItsEnd() {
        SnapshotVector<Integer> list = new SnapshotVector<>(range(10));
        List<Integer> outer = list.subList(0, 6);
        List<Integer> head = outer.subList(0, 3);
        List<Integer> tail = outer.subList(3, 6);
        head.remove(0); // outer [0, 5), tail still [3, 6)
        assertEquals(range(1, 6), outer);
        tail.add(42); // inserts at list index 6, past outer's end
        assertEquals(range(1, 6), outer);
        tail.removeIf(e -> e == 4 || e == 6); // list indices 3 and 5: one inside outer, one past
        assertEquals(List.of(1, 2, 3, 5), outer);
        assertEquals(List.of(1, 2, 3, 5, 42, 7, 8, 9), list);
    }

    @Test
    void subList_ofAViewStartingPastTheListsEnd_throwsNamingTheOffsetAndSize() {
        SnapshotVector<Integer> list = new SnapshotVector<>(range(4));
        List<Integer> view = list.subList(3, 4);
        list.clear();
        list.add(100);
        IndexOutOfBoundsException e =
                assertThrows(IndexOutOfBoundsException.class, () -> view.subList(0, 0));
        assertTrue(e.getMessage().contains("3") && e.getMessage().contains("1"), e.getMessage());
        e = assertThrows(IndexOutOfBoundsException.class, () -> view.add(7));
        assertTrue(e.getMessage().contains("3") && e.getMessage().contains("1"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> view.add(0, 7));
        assertThrows(IndexOutOfBoundsException.class, () -> view.addAll(List.of(7)));
        assertThrows(IndexOutOfBoundsException.class, () -> view.addAll(0, List.of(7)));
        assertEquals(List.of(100), list);
        list.addAll(range(5));
        List<Integer> inner = view.subList(0, 1);
        inner.add(7);
        assertEquals(
                List.of(100, 0, 1, 2, 7, 3, 4),
                list,
                "the inner view starts where the outer one does");
        assertEquals(List.of(2, 7), view);
    }

    @Test
    void subList_containsAll_readsOneVersion() {
        SnapshotVector<Integer> list = new SnapshotVector<>(List.of(1, 2));
        List<Integer> view = list.subList(0, 2);
        // Asks for 1, then sets [1, 2] to [3, 2], then asks for 3: no one version holds both.
        Collection<Integer> writing =
                new AbstractCollection<>() {
                    @Override
                    public Iterator<Integer> iterator() {
                        return new Iterator<>() {
                            private int i;

                            @Override
                            public boolean hasNext() {
                                return i < 2;
                            }

                            @Override
                            public Integer next() {
                                if (i == 1) {
                                    list.set(0, 3);
                                }
                                return i++ == 0 ? 1 : 3;
                            }
                        };
                    }

                    @Override
                    public int size() {
                        return 2;
                    }
                };
        assertFalse(view.containsAll(writing));
        assertEquals(List.of(3, 2), list);
    }

    @Test
    void indexOfAndLastIndexOfFromAnIndex_outOfRange_nameTheIndexAndSize() {
        SnapshotVector<Integer> list = new SnapshotVector<>(range(5));
        assertEquals(
                "Index -1 out of bounds for length 5",
                assertThrows(ArrayIndexOutOfBoundsException.class, () -> list.indexOf(1, -1))
                        .getMessage());
        assertEquals(
                "Index 5 out of bounds for length 5",
                assertThrows(ArrayIndexOutOfBoundsException.class, () -> list.lastIndexOf(1, 5))
                        .getMessage());
    }

    @Test
    void indexedAccess_outOfRange_throwsWhatCopyOnWriteArrayListThrows() {
        SnapshotVector<String> list = new SnapshotVector<>(List.of("a", "b", "c"));
        CopyOnWriteArrayList<String> model = new CopyOnWriteArrayList<>(List.of("a", "b", "c"));
        for (int i : new int[] {Integer.MIN_VALUE, -1, 3, 4, Integer.MAX_VALUE}) {
            assertSameOutcome(() -> model.get(i), () -> list.get(i));
            assertSameOutcome(() -> model.set(i, "x"), () -> list.set(i, "x"));
            assertSameOutcome(() -> model.remove(i), () -> list.remove(i));
            assertSameOutcome(
                    () -> {
                        model.add(i, "x");
                        return null;
                    },
                    () -> {
                        list.add(i, "x");
                        return null;
                    });
            assertSameOutcome(
                    () -> model.addAll(i, List.of("x")), () -> list.addAll(i, List.of("x")));
            assertSameOutcome(
                    () -> model.listIterator(i).nextIndex(),
                    () -> list.listIterator(i).nextIndex());
        }
        assertEquals(model, list);
    }

    @Test
    void searchesAndToString_overAManyLeafVector() {
        List<Integer> elements = new ArrayList<>(range(100));
        elements.addAll(range(100));
        SnapshotVector<Integer> list = new SnapshotVector<>(elements);
        assertEquals(199, list.lastIndexOf(99));
        assertEquals(100, list.lastIndexOf(0));
        assertEquals(33, list.lastIndexOf(33, 99));
        assertEquals(-1, list.lastIndexOf(150, 199));
        List<Integer> view = list.subList(50, 150);
        assertEquals(99, view.lastIndexOf(49));
        assertEquals(elements.subList(50, 150).toString(), view.toString());
        assertEquals(elements.toString(), list.toString());
    }

    private static List<Integer> range(int to) {
        return range(0, to);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(i);
        }
        return out;
    }

    @Test
    void bulkWrites_whoseCallbackThrows_leaveTheListUnchanged() {
        SnapshotVector<Integer> list = new SnapshotVector<>(List.of(1, 2, 3));
        PersistentVector<Integer> before = list.snapshot();
        assertThrows(
                IllegalStateException.class,
                () ->
                        list.removeIf(
                                e -> {
                                    if (e == 3) {
                                        throw new IllegalStateException();
                                    }
                                    return true;
                                }));
        assertThrows(
                IllegalStateException.class,
                () ->
                        list.replaceAll(
                                e -> {
                                    if (e == 3) {
                                        throw new IllegalStateException();
                                    }
                                    return 0;
                                }));
        assertThrows(
                ClassCastException.class,
                () ->
                        ((List<Object>) (List<?>) list)
                                .sort(
                                        (a, b) -> {
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

    private static void assertSameOutcome(Supplier<?> expected, Supplier<?> actual) {
        assertEquals(outcome(expected), outcome(actual));
    }

    /** The result, or the exception's class and message. */
    private static Object outcome(Supplier<?> call) {
        try {
            return call.get();
        } catch (RuntimeException x) {
            return x.getClass().getName() + ": " + x.getMessage();
        }
    }

    @Test
    void writesThatChangeNothing_areStillOvertaken_asWritesAre() {
        // Each no-op write compare-and-sets its version onto itself, so a write in between
        // makes it start over: it is a write, with a write's memory effects.
        SnapshotVector<Integer> list = new SnapshotVector<>(List.of(1, 2));
        int[] calls = {0};
        list.update(
                v -> {
                    if (calls[0]++ == 0) {
                        list.add(3);
                    }
                    return v;
                });
        assertEquals(2, calls[0], "update returning its argument");
        calls[0] = 0;
        list.replaceAll(
                e -> {
                    if (calls[0]++ == 0) {
                        list.add(4);
                    }
                    return e;
                });
        assertEquals(
                7, calls[0], "replaceAll changing nothing: 3 calls, then 4 on the newer version");
        calls[0] = 0;
        list.sort(
                (x, y) -> {
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
