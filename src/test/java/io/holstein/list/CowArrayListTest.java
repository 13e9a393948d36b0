package io.holstein.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CowArrayListTest {

    private static CowArrayList<String> listOf(String... elements) {
        CowArrayList<String> list = new CowArrayList<>();
        list.addAll(Arrays.asList(elements));
        return list;
    }

    private static void assertContents(List<String> list, String... expected) {
        assertEquals(Arrays.asList(expected), new ArrayList<>(list));
        if (list instanceof CowArrayList) {
            ((CowArrayList<String>) list).checkInvariants();
        }
    }

    // ------------------------------------------------------------------ fork and isShared

    @Test
    void fork_ofList_bothSidesShareOneArray() {
        CowArrayList<String> x = listOf("a", "b", "c");
        assertFalse(x.isShared());

        CowArrayList<String> y = x.fork();

        assertTrue(x.isShared());
        assertTrue(y.isShared());
        assertSame(x.elementData, y.elementData);
        assertSame(x.shares(), y.shares());
        assertEquals(2, x.shares().get());
        assertContents(y, "a", "b", "c");
    }

    @Test
    void set_afterFork_writerCopiesAndBothBecomeUnshared() {
        CowArrayList<String> x = listOf("a", "b", "c");
        CowArrayList<String> y = x.fork();
        Object[] before = x.elementData;

        x.set(1, "X");

        assertNotSame(before, x.elementData, "the writer moved to a copy");
        assertSame(before, y.elementData, "the other side kept the array");
        assertFalse(x.isShared());
        assertFalse(y.isShared(), "the writer released the shared count");
        assertContents(x, "a", "X", "c");
        assertContents(y, "a", "b", "c");

        Object[] copy = x.elementData;
        x.set(0, "Z");
        y.set(0, "W");
        assertSame(copy, x.elementData, "later writes are in place");
        assertSame(before, y.elementData, "the last holder writes in place");
        assertContents(x, "Z", "X", "c");
        assertContents(y, "W", "b", "c");
    }

    @Test
    void fork_droppedWithoutWriting_costsAtMostOneCopy() {
        CowArrayList<String> x = listOf("a", "b");
        x.fork(); // dropped: never released
        assertTrue(x.isShared(), "conservative: the dropped fork still counts");

        Object[] before = x.elementData;
        x.add("c");
        Object[] copy = x.elementData;
        assertNotSame(before, copy, "one copy");
        assertFalse(x.isShared());

        x.add("d");
        x.set(0, "A");
        x.remove("b");
        assertSame(copy, x.elementData, "no further copy");
        assertContents(x, "A", "c", "d");
    }

    @Test
    void clear_ofSharedList_dropsArrayWithoutCopying() {
        CowArrayList<String> x = listOf("a", "b", "c");
        CowArrayList<String> y = x.fork();
        Object[] shared = y.elementData;

        x.clear();

        assertEquals(0, x.elementData.length, "no copy of the shared array");
        assertSame(shared, y.elementData);
        assertFalse(y.isShared(), "x let the array go");
        assertContents(x);
        assertContents(y, "a", "b", "c");
        x.add("z");
        assertContents(x, "z");
        assertContents(y, "a", "b", "c");
    }

    @Test
    void clone_ofList_isAForkSharingTheArray() {
        CowArrayList<String> x = listOf("a", null, "c");

        CowArrayList<String> y = x.clone();

        assertSame(CowArrayList.class, y.getClass());
        assertNotSame(x, y);
        assertSame(x.elementData, y.elementData);
        assertTrue(x.isShared() && y.isShared());
        y.set(1, "b");
        assertContents(x, "a", null, "c");
        assertContents(y, "a", "b", "c");
    }

    @Test
    void copyConstructor_ofCowArrayList_sharesInConstantTime() {
        CowArrayList<String> x = listOf("a", "b", "c");

        CowArrayList<String> y = new CowArrayList<>(x);

        assertSame(x.elementData, y.elementData, "no copy");
        assertTrue(x.isShared() && y.isShared());
        x.add("d");
        assertContents(x, "a", "b", "c", "d");
        assertContents(y, "a", "b", "c");
    }

    @Test
    void copyConstructor_ofEmptyCowArrayList_sharesNothing() {
        CowArrayList<String> x = new CowArrayList<>(20);

        CowArrayList<String> y = new CowArrayList<>(x);

        assertFalse(x.isShared(), "nothing to share: the source keeps its array to itself");
        assertEquals(0, y.elementData.length);
        y.add("a");
        x.add("b");
        assertContents(x, "b");
        assertContents(y, "a");
    }

    @Test
    void copyConstructor_ofSubList_copiesTheRange() {
        CowArrayList<String> x = listOf("a", "b", "c", "d");

        CowArrayList<String> y = new CowArrayList<>(x.subList(1, 3));

        assertNotSame(x.elementData, y.elementData);
        assertFalse(x.isShared());
        assertFalse(y.isShared());
        y.set(0, "B");
        assertContents(x, "a", "b", "c", "d");
        assertContents(y, "B", "c");
    }

    /** Every kind of write, applied to one side of a fork, must leave the other side as it was. */
    @TestFactory
    Stream<DynamicTest> write_afterFork_neverShowsOnTheOtherSide() {
        Map<String, Consumer<CowArrayList<String>>> writes = new LinkedHashMap<>();
        writes.put("add", l -> l.add("n"));
        writes.put("add at 0", l -> l.add(0, "n"));
        writes.put("addAll", l -> l.addAll(List.of("n", "m")));
        writes.put("addAll at 1", l -> l.addAll(1, List.of("n", "m")));
        writes.put("set", l -> l.set(2, "n"));
        writes.put("remove at 1", l -> l.remove(1));
        writes.put("remove object", l -> l.remove("c"));
        writes.put("removeAll", l -> l.removeAll(List.of("a", "d")));
        writes.put("retainAll", l -> l.retainAll(List.of("a", "d")));
        writes.put("removeIf", l -> l.removeIf("b"::equals));
        writes.put("replaceAll", l -> l.replaceAll(String::toUpperCase));
        writes.put("sort", l -> l.sort(Comparator.reverseOrder()));
        writes.put("clear", CowArrayList::clear);
        writes.put("trimToSize", CowArrayList::trimToSize);
        writes.put("ensureCapacity", l -> l.ensureCapacity(100));
        writes.put("subList clear", l -> l.subList(1, 3).clear());
        writes.put("subList set", l -> l.subList(1, 3).set(0, "n"));
        writes.put("subList replaceAll", l -> l.subList(1, 3).replaceAll(String::toUpperCase));
        writes.put("subList sort", l -> l.subList(0, 3).sort(Comparator.reverseOrder()));
        writes.put(
                "iterator remove",
                l -> {
                    Iterator<String> it = l.iterator();
                    it.next();
                    it.remove();
                });
        writes.put(
                "listIterator set and add",
                l -> {
                    ListIterator<String> it = l.listIterator(1);
                    it.next();
                    it.set("n");
                    it.add("m");
                });
        return writes.entrySet().stream()
                .flatMap(
                        w ->
                                Stream.of(
                                        dynamicTest(
                                                w.getKey() + " on the original",
                                                () -> checkWriteOnOneSide(w.getValue(), true)),
                                        dynamicTest(
                                                w.getKey() + " on the fork",
                                                () -> checkWriteOnOneSide(w.getValue(), false))));
    }

    private static void checkWriteOnOneSide(
            Consumer<CowArrayList<String>> write, boolean onOriginal) {
        CowArrayList<String> original = listOf("a", "b", "c", "d");
        CowArrayList<String> fork = original.fork();
        CowArrayList<String> written = onOriginal ? original : fork;
        CowArrayList<String> other = onOriginal ? fork : original;
        write.accept(written);
        assertContents(other, "a", "b", "c", "d");
        assertFalse(other.isShared(), "the writer released the shared array");
        written.checkInvariants();
        other.add("z");
        assertFalse(written.contains("z"));
    }

    // ------------------------------------------------------------------ derived objects across
    // forks

    @Test
    void iterator_takenBeforeFork_seesOwnWritesOnly() {
        CowArrayList<String> x = listOf("a", "b", "c");
        Iterator<String> it = x.iterator();

        CowArrayList<String> y = x.fork();
        x.set(0, "X");
        y.set(1, "Y"); // y now owns the old array alone and writes it in place

        assertEquals("X", it.next());
        assertEquals("b", it.next(), "y's write must not show through x's iterator");
        assertEquals("c", it.next());
        assertFalse(it.hasNext());
        assertContents(y, "a", "Y", "c");
    }

    @Test
    void listIterator_keptAcrossFork_writesItsOwnListOnly() {
        CowArrayList<String> x = listOf("a", "b", "c");
        ListIterator<String> it = x.listIterator();
        it.next();

        CowArrayList<String> y = x.fork();
        it.set("A");
        it.add("n");
        it.next();
        it.remove();

        assertContents(x, "A", "n", "c");
        assertContents(y, "a", "b", "c");
        assertEquals("n", it.previous());
    }

    @Test
    void subList_keptAcrossFork_readsAndWritesItsRootOnly() {
        CowArrayList<String> x = listOf("a", "b", "c", "d");
        List<String> view = x.subList(1, 3);

        CowArrayList<String> y = x.fork();
        y.set(1, "Y");
        assertEquals(List.of("b", "c"), view, "the view reads x, not y");

        view.set(0, "V");
        view.add("n");
        view.remove("c");
        assertContents(x, "a", "V", "n", "d");
        assertContents(y, "a", "Y", "c", "d");
        assertEquals(List.of("V", "n"), view);
    }

    @Test
    void spliterator_keptAcrossFork_readsItsRootOnly() {
        CowArrayList<String> x = listOf("a", "b", "c");
        Spliterator<String> sp = x.spliterator();
        sp.tryAdvance(e -> assertEquals("a", e));

        CowArrayList<String> y = x.fork();
        x.set(1, "X");
        y.set(2, "Y");

        List<String> rest = new ArrayList<>();
        sp.forEachRemaining(rest::add);
        assertEquals(List.of("X", "c"), rest);
    }

    @Test
    void fork_whileIteratorsAndViewsAreOpen_invalidatesNone() {
        CowArrayList<String> x = listOf("a", "b", "c", "d");
        Iterator<String> it = x.iterator();
        ListIterator<String> listIt = x.listIterator(2);
        List<String> view = x.subList(1, 3);
        List<String> nested = view.subList(0, 1);
        Spliterator<String> sp = x.spliterator();
        sp.estimateSize(); // bound

        CowArrayList<String> y = x.fork();
        CowArrayList<String> z = new CowArrayList<>(x);
        CowArrayList<String> w = x.clone();
        x.set(0, "A"); // the copy made by a first write is not structural either

        assertEquals("A", it.next());
        assertEquals("c", listIt.next());
        assertEquals(List.of("b", "c"), view);
        assertEquals(List.of("b"), nested);
        assertTrue(sp.tryAdvance(e -> assertEquals("A", e)));
        listIt.set("C");
        it.remove();
        assertContents(x, "b", "C", "d");
        assertContents(y, "a", "b", "c", "d");
        assertContents(z, "a", "b", "c", "d");
        assertContents(w, "a", "b", "c", "d");
    }

    @Test
    void forEach_actionForksAndWritesBothSides_seesOnlyItsListsWrites() {
        CowArrayList<String> x = listOf("a", "b", "c", "d");
        List<CowArrayList<String>> forks = new ArrayList<>();
        List<String> seen = new ArrayList<>();

        x.forEach(
                e -> {
                    seen.add(e);
                    if (forks.isEmpty()) {
                        CowArrayList<String> y = x.fork();
                        forks.add(y);
                        y.set(1, "Y");
                        x.set(2, "X");
                    }
                });

        assertEquals(List.of("a", "b", "X", "d"), seen);
        assertContents(x, "a", "b", "X", "d");
        assertContents(forks.get(0), "a", "Y", "c", "d");
    }

    @Test
    void removeIf_filterForksAndWritesBothSides_removesFromItsListOnly() {
        CowArrayList<String> x = listOf("a", "b", "c", "d");
        List<CowArrayList<String>> forks = new ArrayList<>();

        boolean removed =
                x.removeIf(
                        e -> {
                            if (forks.isEmpty()) {
                                CowArrayList<String> y = x.fork();
                                forks.add(y);
                                y.set(3, "Y");
                                x.set(2, "X");
                            }
                            return e.equals("b") || e.equals("X");
                        });

        assertTrue(removed);
        assertContents(x, "a", "d");
        assertContents(forks.get(0), "a", "b", "c", "Y");
    }

    @Test
    void replaceAll_operatorForksAndWritesBothSides_replacesInItsListOnly() {
        CowArrayList<String> x = listOf("a", "b", "c", "d");
        List<CowArrayList<String>> forks = new ArrayList<>();

        x.replaceAll(
                e -> {
                    if (forks.isEmpty()) {
                        CowArrayList<String> y = x.fork();
                        forks.add(y);
                        y.set(3, "y");
                        x.set(3, "x");
                    }
                    return e.toUpperCase();
                });

        assertContents(x, "A", "B", "C", "X");
        assertContents(forks.get(0), "a", "b", "c", "y");
    }

    @Test
    void sort_comparatorForks_forkSeesTheListUnsorted() {
        CowArrayList<String> x = listOf("d", "b", "a", "c");
        List<CowArrayList<String>> forks = new ArrayList<>();

        x.sort(
                (p, q) -> {
                    if (forks.isEmpty()) {
                        CowArrayList<String> y = x.fork();
                        forks.add(y);
                        y.set(0, "Y");
                    }
                    return p.compareTo(q);
                });

        assertContents(x, "a", "b", "c", "d");
        assertContents(forks.get(0), "Y", "b", "a", "c");
    }

    @Test
    void iteratorForEachRemaining_actionForksAndWritesBothSides_seesOnlyItsListsWrites() {
        CowArrayList<String> x = listOf("a", "b", "c");
        Iterator<String> it = x.iterator();
        List<CowArrayList<String>> forks = new ArrayList<>();
        List<String> seen = new ArrayList<>();

        it.forEachRemaining(
                e -> {
                    seen.add(e);
                    if (forks.isEmpty()) {
                        CowArrayList<String> y = x.fork();
                        forks.add(y);
                        y.set(1, "Y");
                        x.set(2, "X");
                    }
                });

        assertEquals(List.of("a", "b", "X"), seen);
        assertContents(forks.get(0), "a", "Y", "c");
    }

    // ------------------------------------------------------------------ equality

    @Test
    void equals_withOtherListTypes_followsListContract() {
        CowArrayList<String> x = listOf("a", null, "c");
        List<List<String>> equal =
                List.of(
                        new ArrayList<>(x),
                        new LinkedList<>(x),
                        Arrays.asList("a", null, "c"),
                        listOf("a", null, "c"),
                        x.fork(),
                        listOf("z", "a", null, "c").subList(1, 4));
        for (List<String> other : equal) {
            assertEquals(x, other, other.getClass().getName());
            assertEquals(other, x, other.getClass().getName());
            assertEquals(x.hashCode(), other.hashCode(), other.getClass().getName());
        }
        assertEquals(List.of("a", "b").hashCode(), listOf("a", "b").hashCode());
        assertNotEquals(x, listOf("a", null));
        assertNotEquals(x, listOf("a", null, "c", "d"));
        assertNotEquals(x, listOf("a", "b", "c"));
        assertNotEquals(listOf("a", "b"), new HashSet<>(List.of("a", "b")));
        assertNotEquals(listOf(), null);
        assertEquals(listOf(), List.of());
        assertEquals(1, listOf().hashCode());
    }

    // ------------------------------------------------------------------ exceptions as ArrayList's

    @Test
    void constructor_negativeCapacity_throwsIllegalArgumentLikeArrayList() {
        IllegalArgumentException expected =
                assertThrows(IllegalArgumentException.class, () -> new ArrayList<>(-1));
        IllegalArgumentException actual =
                assertThrows(IllegalArgumentException.class, () -> new CowArrayList<>(-1));
        assertEquals(expected.getMessage(), actual.getMessage());
        assertEquals("Illegal Capacity: -1", actual.getMessage());
    }

    @Test
    void subList_fromAfterTo_throwsIllegalArgumentLikeArrayList() {
        IllegalArgumentException expected =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new ArrayList<>(List.of(1, 2, 3, 4)).subList(3, 1));
        IllegalArgumentException actual =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> listOf("a", "b", "c", "d").subList(3, 1));
        assertEquals(expected.getMessage(), actual.getMessage());
        assertEquals("fromIndex(3) > toIndex(1)", actual.getMessage());
    }

    /**
     * Each operation fails on a CowArrayList with the class and message it fails with on an
     * ArrayList.
     */
    @TestFactory
    Stream<DynamicTest> failures_ofEveryKind_matchArrayList() {
        Map<String, Function<List<String>, Object>> ops = new LinkedHashMap<>();
        ops.put("get(3)", l -> l.get(3));
        ops.put("get(-1)", l -> l.get(-1));
        ops.put("set(3, x)", l -> l.set(3, "x"));
        ops.put("remove(3)", l -> l.remove(3));
        ops.put(
                "add(4, x)",
                l -> {
                    l.add(4, "x");
                    return null;
                });
        ops.put(
                "add(-1, x)",
                l -> {
                    l.add(-1, "x");
                    return null;
                });
        ops.put("addAll(4, c)", l -> l.addAll(4, List.of("x")));
        ops.put("addAll(null)", l -> l.addAll(null));
        ops.put("removeAll(null)", l -> l.removeAll(null));
        ops.put("retainAll(null)", l -> l.retainAll(null));
        ops.put("removeIf(null)", l -> l.removeIf(null));
        ops.put(
                "replaceAll(null)",
                l -> {
                    l.replaceAll(null);
                    return null;
                });
        ops.put(
                "forEach(null)",
                l -> {
                    l.forEach(null);
                    return null;
                });
        ops.put("toArray(null)", l -> l.toArray((Object[]) null));
        ops.put("toArray(wrong type)", l -> l.toArray(new Integer[0]));
        ops.put("listIterator(4)", l -> l.listIterator(4));
        ops.put("listIterator(-1)", l -> l.listIterator(-1));
        ops.put("subList(-1, 1)", l -> l.subList(-1, 1));
        ops.put("subList(0, 4)", l -> l.subList(0, 4));
        ops.put("subList(1, 2).get(1)", l -> l.subList(1, 2).get(1));
        ops.put(
                "subList(1, 2).add(2, x)",
                l -> {
                    l.subList(1, 2).add(2, "x");
                    return null;
                });
        ops.put("subList(1, 2).listIterator(2)", l -> l.subList(1, 2).listIterator(2));
        ops.put("subList(1, 2).subList(0, 2)", l -> l.subList(1, 2).subList(0, 2));
        ops.put(
                "iterator past the end",
                l -> {
                    Iterator<String> it = l.iterator();
                    for (int i = 0; i <= l.size(); i++) {
                        it.next();
                    }
                    return null;
                });
        ops.put("previous at the start", l -> l.listIterator().previous());
        ops.put(
                "iterator remove twice",
                l -> {
                    Iterator<String> it = l.iterator();
                    it.next();
                    it.remove();
                    it.remove();
                    return null;
                });
        ops.put(
                "listIterator set before next",
                l -> {
                    l.listIterator().set("x");
                    return null;
                });
        ops.put(
                "iterator after add",
                l -> {
                    Iterator<String> it = l.iterator();
                    l.add("x");
                    return it.next();
                });
        ops.put(
                "subList after add",
                l -> {
                    List<String> view = l.subList(0, 1);
                    l.add("x");
                    return view.size();
                });
        ops.put(
                "sort(null) with nulls",
                l -> {
                    l.add(null);
                    l.sort(null);
                    return null;
                });
        ops.put(
                "forEach that adds",
                l -> {
                    l.forEach(e -> l.add("x"));
                    return null;
                });
        ops.put("removeIf that adds", l -> l.removeIf(e -> l.add("x")));
        ops.put(
                "replaceAll that adds",
                l -> {
                    l.replaceAll(
                            e -> {
                                l.add("x");
                                return e;
                            });
                    return null;
                });
        return ops.entrySet().stream()
                .map(
                        op ->
                                dynamicTest(
                                        op.getKey(),
                                        () -> {
                                            Exception expected =
                                                    failure(
                                                            op.getValue(),
                                                            new ArrayList<>(
                                                                    List.of("a", "b", "c")));
                                            Exception actual =
                                                    failure(op.getValue(), listOf("a", "b", "c"));
                                            assertSame(
                                                    expected.getClass(),
                                                    actual.getClass(),
                                                    "ArrayList threw "
                                                            + expected
                                                            + ", CowArrayList "
                                                            + actual);
                                            if (!(expected
                                                    instanceof
                                                    NullPointerException)) { // helpful messages
                                                // name the code
                                                assertEquals(
                                                        expected.getMessage(), actual.getMessage());
                                            }
                                        }));
    }

    private static Exception failure(Function<List<String>, Object> op, List<String> list) {
        return assertThrows(Exception.class, () -> op.apply(list), "expected a failure");
    }

    @Test
    void iterator_afterStructuralChange_throwsConcurrentModification() {
        CowArrayList<String> x = listOf("a", "b");
        Iterator<String> it = x.iterator();
        x.add("c");
        assertThrows(ConcurrentModificationException.class, it::next);
        assertThrows(NoSuchElementException.class, () -> listOf().iterator().next());
    }

    // ------------------------------------------------------------------ regressions

    /** A stale view's replaceAll fails fast: it must not write past the end of its root. */
    @Test
    void subListReplaceAll_onStaleView_failsFastAndLeavesRootIntact() {
        CowArrayList<String> x = listOf("a", "b", "c", "d");
        List<String> view = x.subList(1, 4);
        x.remove(3);
        List<String> applied = new ArrayList<>();

        assertThrows(
                ConcurrentModificationException.class,
                () ->
                        view.replaceAll(
                                e -> {
                                    applied.add(e);
                                    return "z";
                                }));

        assertEquals(List.of(), applied);
        assertContents(x, "a", "b", "c");
    }

    /**
     * Where ArrayList's stale sub list reads past its root's array before checking, this view
     * checks first, as its subList Javadoc says.
     */
    @Test
    void subListSearches_onStaleViewOfATrimmedList_failFastWhereArrayListOverruns() {
        List<Function<List<String>, Object>> searches =
                List.of(v -> v.indexOf("z"), v -> v.lastIndexOf("z"), v -> v.contains("z"));
        for (Function<List<String>, Object> search : searches) {
            ArrayList<String> plain = new ArrayList<>(List.of("a", "b", "c", "d"));
            List<String> plainView = plain.subList(1, 4);
            plain.remove(3);
            plain.remove(2);
            plain.trimToSize();
            assertThrows(ArrayIndexOutOfBoundsException.class, () -> search.apply(plainView));

            CowArrayList<String> x = listOf("a", "b", "c", "d");
            List<String> view = x.subList(1, 4);
            x.remove(3);
            x.remove(2);
            x.trimToSize();
            assertThrows(ConcurrentModificationException.class, () -> search.apply(view));
            assertContents(x, "a", "b");
        }
    }

    /** As the sort Javadoc says: a comparison that throws leaves the list as it was. */
    @Test
    void sort_naturalOrderOverANull_leavesTheListUnchangedWhereArrayListIsPartlySorted() {
        ArrayList<String> plain = new ArrayList<>(Arrays.asList("b", "c", "a", null));
        assertThrows(NullPointerException.class, () -> plain.sort(null));
        assertEquals(Arrays.asList("a", "b", "c", null), plain);

        CowArrayList<String> x = listOf("b", "c", "a", null);
        assertThrows(NullPointerException.class, () -> x.sort(null));
        assertContents(x, "b", "c", "a", null);
    }

    /** As the clone Javadoc says: a clone keeps the capacity, where ArrayList's is trimmed. */
    @Test
    void cloneAndFork_keepTheCapacity_throughTheFirstWrite() {
        CowArrayList<String> x = new CowArrayList<>(100);
        x.add("a");
        CowArrayList<String> clone = x.clone();
        CowArrayList<String> fork = x.fork();
        assertEquals(100, clone.elementData.length);
        clone.add("b");
        fork.set(0, "z");
        assertEquals(100, clone.elementData.length);
        assertEquals(100, fork.elementData.length);
        assertContents(x, "a");
        assertContents(clone, "a", "b");
        assertContents(fork, "z");
    }

    /**
     * tryAdvance on storage that shrank must move on as ArrayList's does, not stick at one index.
     */
    @Test
    void spliteratorTryAdvance_onShrunkStorage_advancesLikeArrayList() {
        List<String> elements = List.of("a", "b", "c", "d", "e", "f");
        assertEquals(
                tryAdvanceOutcomes(new ArrayList<>(elements)),
                tryAdvanceOutcomes(new CowArrayList<>(elements)));
    }

    private static List<String> tryAdvanceOutcomes(List<String> list) {
        Spliterator<String> sp = list.spliterator();
        sp.tryAdvance(e -> {}); // binds the fence at 6
        list.subList(2, 6).clear();
        if (list instanceof ArrayList) {
            ((ArrayList<String>) list).trimToSize();
        } else {
            ((CowArrayList<String>) list).trimToSize();
        }
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            try {
                outcomes.add(String.valueOf(sp.tryAdvance(e -> {})));
            } catch (ConcurrentModificationException | ArrayIndexOutOfBoundsException e) {
                outcomes.add(
                        "stale"); // ArrayList reads past the array where CowArrayList fails fast
            }
        }
        return outcomes;
    }

    /**
     * A stale sub list's spliterator binds to the view's state, as ArrayList's does, and fails
     * fast.
     */
    @Test
    void subListSpliterator_ofStaleView_failsFastLikeArrayList() {
        for (List<String> list :
                List.<List<String>>of(
                        new ArrayList<>(List.of("a", "b", "c")), listOf("a", "b", "c"))) {
            List<String> view = list.subList(0, 2);
            Spliterator<String> sp = view.spliterator();
            list.add("d");
            assertThrows(
                    ConcurrentModificationException.class,
                    () -> sp.tryAdvance(e -> {}),
                    list.getClass().getSimpleName());
        }
    }

    /**
     * ensureCapacity counts as structural exactly when ArrayList's does, including after a sort.
     */
    @Test
    void ensureCapacity_afterSortAndClear_isStructuralLikeArrayList() {
        assertEquals(capacityProbe(new ArrayList<>()), capacityProbe(new CowArrayList<>()));
        assertEquals(capacityProbe(new ArrayList<>(0)), capacityProbe(new CowArrayList<>(0)));
    }

    private static List<Boolean> capacityProbe(List<String> list) {
        List<Boolean> structural = new ArrayList<>();
        Consumer<Integer> ensure =
                min -> {
                    Iterator<String> probe = list.iterator();
                    if (list instanceof ArrayList) {
                        ((ArrayList<String>) list).ensureCapacity(min);
                    } else {
                        ((CowArrayList<String>) list).ensureCapacity(min);
                    }
                    try {
                        probe.next();
                        structural.add(false);
                    } catch (NoSuchElementException e) {
                        structural.add(false);
                    } catch (ConcurrentModificationException e) {
                        structural.add(true);
                    }
                };
        list.clear(); // static empty storage keeps its kind: default (grows to ten) or zero
        ensure.accept(5);
        list.addAll(List.of("c", "a", "b"));
        list.sort(null); // keeps the capacity
        ensure.accept(8);
        ensure.accept(16);
        list.clear(); // keeps the capacity of unshared storage
        ensure.accept(12);
        return structural;
    }

    @Test
    void removeAll_containsThrows_leavesListUnchanged() {
        CowArrayList<String> x = listOf("a", "b", null, "c");
        // List.of(...).contains(null) throws: CowArrayList asks about every element before writing.
        Collection<String> noNulls = List.of("a", "c");
        assertThrows(NullPointerException.class, () -> x.removeAll(noNulls));
        assertContents(x, "a", "b", null, "c");
    }

    @Test
    void toString_withNullsAndItself_likeArrayList() {
        CowArrayList<Object> x = new CowArrayList<>(Arrays.asList("a", null, 1));
        x.add(x);
        ArrayList<Object> y = new ArrayList<>(Arrays.asList("a", null, 1));
        y.add(y);
        assertEquals(y.toString(), x.toString());
        assertEquals("[a, null, 1, (this Collection)]", x.toString());
        assertEquals("a,b", listOf("a", "b").stream().collect(Collectors.joining(",")));
    }
}
