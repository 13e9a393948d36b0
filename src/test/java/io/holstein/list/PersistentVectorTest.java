package io.holstein.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PersistentVectorTest {

    private static PersistentVector<Integer> range(int n) {
        PersistentVector.Builder<Integer> b = PersistentVector.builder();
        for (int i = 0; i < n; i++) {
            b.add(i);
        }
        return b.build();
    }

    private static List<Integer> list(int from, int to) {
        return IntStream.range(from, to).boxed().collect(Collectors.toList());
    }

    @Test
    void empty_isShared_andEmpty() {
        assertSame(PersistentVector.empty(), PersistentVector.empty());
        assertTrue(PersistentVector.empty().isEmpty());
        assertEquals("[]", PersistentVector.empty().toString());
    }

    @Test
    void of_withNulls_keepsOrder() {
        PersistentVector<String> v = PersistentVector.of("a", null, "c");
        assertEquals(Arrays.asList("a", null, "c"), v);
        assertEquals("[a, null, c]", v.toString());
    }

    @Test
    void smallVector_holdsExactSizeArray() {
        PersistentVector<String> v = PersistentVector.<String>empty().append("x");
        assertEquals(1, v.tail().length);
        assertEquals(0, v.head().length);
        assertEquals(1, PersistentVector.<String>empty().prepend("x").head().length);
    }

    @Test
    void appendOnly_boundarySizes_stayStrict() {
        for (int n : new int[] {0, 1, 31, 32, 33, 32 + 1 + 32 * 32, 32 + 1 + 32 * 32 * 32}) {
            PersistentVector<Integer> v = PersistentVector.empty();
            for (int i = 0; i < n; i++) {
                v = v.append(i);
            }
            v.checkInvariants();
            assertEquals(list(0, n), v);
            assertTrue(v.isStrict(), "appends keep the strict radix path at " + n);
            assertEquals(v, range(n), "builder and appends agree at " + n);
        }
    }

    @Test
    void with_sameElement_returnsThis() {
        PersistentVector<Integer> v = range(100);
        assertSame(v, v.with(50, v.get(50)));
        assertSame(v, v.slice(0, 100));
        assertSame(v, v.concat(PersistentVector.empty()));
        assertSame(v, v.appendAll(List.of()));
        assertSame(v, PersistentVector.<Integer>empty().concat(v));
        assertSame(v, PersistentVector.copyOf(v));
    }

    @Test
    void with_leavesOriginalUnchanged() {
        PersistentVector<Integer> v = range(2000);
        PersistentVector<Integer> w = v.with(1000, -1);
        assertEquals(list(0, 2000), v);
        assertEquals(-1, w.get(1000));
        assertEquals(999, w.get(999));
    }

    @Test
    void concat_ofOffCentreHalves_sharesAndMatches() {
        PersistentVector<Integer> left = range(49_999);
        PersistentVector<Integer> right = range(50_001);
        PersistentVector<Integer> both = left.concat(right);
        both.checkInvariants();
        assertEquals(100_000, both.size());
        List<Integer> expected = list(0, 49_999);
        expected.addAll(list(0, 50_001));
        assertEquals(expected, both);
    }

    /** Built once: {@link #sharedGiga()} takes about as long as appending 2^20 elements. */
    private static PersistentVector<Integer> giga;

    /**
     * 2^30 elements in shared leaves: 2^20 appended, then the vector concatenated with itself ten
     * times. Element i is {@code i % 2^20}, and so is element i of every vector {@link #nearMax}
     * builds from it.
     */
    private static synchronized PersistentVector<Integer> sharedGiga() {
        if (giga == null) {
            PersistentVector<Integer> v = range(1 << 20);
            for (int i = 0; i < 10; i++) {
                v = v.concat(v);
            }
            giga = v;
        }
        return giga;
    }

    /**
     * {@code Integer.MAX_VALUE - k} elements, element i being {@code i % 2^20}; the tail array is
     * exactly as long as the tail.
     */
    private static PersistentVector<Integer> nearMax(int k) {
        PersistentVector<Integer> g = sharedGiga();
        return g.concat(g.take(Integer.MAX_VALUE - k - g.size()));
    }

    private static int elementOfGiga(int index) {
        return index & ((1 << 20) - 1);
    }

    /** Checks the size and the last {@code count} elements of a vector {@link #nearMax} built. */
    private static void assertNearMax(int size, PersistentVector.Builder<Integer> b, int count) {
        assertEquals(size, b.size());
        for (int i = size - count; i < size; i++) {
            assertEquals(elementOfGiga(i), b.get(i), "element " + i);
        }
    }

    @Test
    void concat_withItselfRepeatedly_failsBeforeOverflow() {
        PersistentVector<Integer> big = sharedGiga();
        // checkInvariants() would walk 2^25 shared leaves; the model tests check the structure.
        assertEquals(1 << 30, big.size());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> big.concat(big));
        assertEquals(
                "size would exceed Integer.MAX_VALUE: 1073741824 + 1073741824", e.getMessage());
        PersistentVector<Integer> almost = nearMax(0);
        assertEquals(Integer.MAX_VALUE, almost.size());
        assertThrows(IllegalStateException.class, () -> almost.append(1));
        assertThrows(IllegalStateException.class, () -> almost.prepend(1));
        assertThrows(IllegalStateException.class, () -> almost.insert(5, 1));
        assertThrows(IllegalStateException.class, () -> almost.concat(range(1)));
        assertThrows(IllegalStateException.class, () -> almost.appendAll(List.of(1)));
        assertEquals((1 << 20) - 2, almost.get(Integer.MAX_VALUE - 1));
        assertEquals(5, almost.get((1 << 30) + 5));
    }

    @Test
    void builderAdd_atIntegerMaxValue_throwsAndLeavesTheBuilderUnchanged() {
        // The tail has a spare slot in the builder, whose tail array is always full-width.
        PersistentVector.Builder<Integer> b = nearMax(0).toBuilder();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.add(-1));
        assertEquals("size would exceed Integer.MAX_VALUE: 2147483647 + 1", e.getMessage());
        assertNearMax(Integer.MAX_VALUE, b, 40);
        PersistentVector<Integer> built = b.build();
        assertEquals(Integer.MAX_VALUE, built.size());
        assertEquals(elementOfGiga(Integer.MAX_VALUE - 1), built.get(Integer.MAX_VALUE - 1));
        // After the last element was removed, the builder grows to the limit again and no further.
        assertEquals(elementOfGiga(Integer.MAX_VALUE - 1), b.removeLast());
        b.add(-1);
        assertThrows(IllegalStateException.class, () -> b.add(-2));
        assertEquals(-1, b.get(Integer.MAX_VALUE - 1));
    }

    @Test
    void
            builderAddAll_pastIntegerMaxValue_refusesACollectionWholeAndKeepsAnIterablesFirstElements() {
        PersistentVector.Builder<Integer> b = nearMax(3).toBuilder();
        assertThrows(IllegalStateException.class, () -> b.addAll(List.of(-1, -2, -3, -4)));
        assertNearMax(Integer.MAX_VALUE - 3, b, 40);
        Iterable<Integer> unsized = () -> List.of(-1, -2, -3, -4).iterator();
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> b.addAll(unsized));
        assertEquals("size would exceed Integer.MAX_VALUE: 2147483647 + 1", e.getMessage());
        // As its Javadoc says: what the iterable gave before the limit stays added.
        assertEquals(Integer.MAX_VALUE, b.size());
        assertEquals(-3, b.get(Integer.MAX_VALUE - 1));
        assertEquals(elementOfGiga(Integer.MAX_VALUE - 4), b.get(Integer.MAX_VALUE - 4));
    }

    @Test
    void appendAll_pastIntegerMaxValue_throwsBeforeReadingACollectionAndLeavesTheVectorUnchanged() {
        PersistentVector<Integer> near = nearMax(3);
        Iterable<Integer> unsized = () -> List.of(-1, -2, -3, -4).iterator();
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> near.appendAll(unsized));
        assertEquals("size would exceed Integer.MAX_VALUE: 2147483647 + 1", e.getMessage());
        Collection<Integer> unreadable =
                new AbstractCollection<>() {
                    @Override
                    public int size() {
                        return 4;
                    }

                    @Override
                    public Iterator<Integer> iterator() {
                        throw new AssertionError("a collection too large was read");
                    }
                };
        e = assertThrows(IllegalStateException.class, () -> near.appendAll(unreadable));
        assertEquals("size would exceed Integer.MAX_VALUE: 2147483644 + 4", e.getMessage());
        assertNearMax(Integer.MAX_VALUE - 3, near.toBuilder(), 40);
        PersistentVector<Integer> full = near.appendAll(() -> List.of(-1, -2, -3).iterator());
        assertEquals(Integer.MAX_VALUE, full.size());
        assertEquals(-3, full.get(Integer.MAX_VALUE - 1));
    }

    @Test
    void collector_pastIntegerMaxValue_throwsIllegalState() {
        PersistentVector<Integer> half = sharedGiga();
        assertThrows(
                IllegalStateException.class,
                () -> combine(PersistentVector.collector(), half.toBuilder(), half.toBuilder()));
        assertThrows(
                IllegalStateException.class,
                () -> accumulate(PersistentVector.collector(), nearMax(0).toBuilder(), -1));
    }

    @SuppressWarnings("unchecked")
    private static <A> void combine(
            Collector<Integer, A, PersistentVector<Integer>> c, Object left, Object right) {
        c.combiner().apply((A) left, (A) right);
    }

    @SuppressWarnings("unchecked")
    private static <A> void accumulate(
            Collector<Integer, A, PersistentVector<Integer>> c, Object container, Integer e) {
        c.accumulator().accept((A) container, e);
    }

    @Test
    void spliteratorAndListIterator_atTheEndOfIntegerMaxValueElements_readTheTail() {
        // An append copies a short tail into a full-width array: the tail array has a spare slot
        // past the last index.
        PersistentVector<Integer> max = nearMax(1).append(-1);
        assertEquals(Integer.MAX_VALUE, max.size());
        Spliterator<Integer> s = max.spliterator();
        while (s.estimateSize() > 64) {
            assertTrue(s.trySplit() != null, "splits down to the last leaves");
        }
        int rest = (int) s.estimateSize();
        List<Integer> read = new ArrayList<>();
        s.forEachRemaining(read::add);
        List<Integer> expected = new ArrayList<>();
        for (int i = Integer.MAX_VALUE - rest; i < Integer.MAX_VALUE - 1; i++) {
            expected.add(elementOfGiga(i));
        }
        expected.add(-1);
        assertEquals(expected, read);

        ListIterator<Integer> forward = max.listIterator(Integer.MAX_VALUE - rest);
        List<Integer> stepped = new ArrayList<>();
        while (forward.hasNext()) {
            stepped.add(forward.next());
        }
        assertEquals(expected, stepped);
        assertEquals(Integer.MAX_VALUE, forward.nextIndex());
        List<Integer> back = new ArrayList<>();
        for (int i = 0; i < rest; i++) {
            back.add(0, forward.previous());
        }
        assertEquals(expected, back);
        assertEquals(Integer.MAX_VALUE - 1, max.lastIndexOf(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> max.listIterator(-1));
    }

    @Test
    void insert_inMiddleOfLargeVector_matchesModel() {
        PersistentVector<Integer> v = range(100_000);
        List<Integer> model = new ArrayList<>(v);
        for (int i = 0; i < 50; i++) {
            int at = 50_000 + i * 7;
            v = v.insert(at, -i);
            model.add(at, -i);
        }
        v.checkInvariants();
        assertEquals(model, v);
        PersistentVector<Integer> r = v.removeAt(50_003);
        model.remove(50_003);
        assertEquals(model, r);
    }

    @Test
    void indexErrors_nameIndexAndSize() {
        PersistentVector<Integer> v = range(3);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> v.get(3));
        assertTrue(e.getMessage().contains("3"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> v.with(-1, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> v.insert(4, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> v.removeAt(3));
        assertThrows(IndexOutOfBoundsException.class, () -> v.slice(2, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> v.take(4));
        assertThrows(IndexOutOfBoundsException.class, () -> v.drop(-1));
        assertThrows(IllegalArgumentException.class, () -> v.subList(3, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> v.subList(0, 4));
    }

    @Test
    void listMutators_throwUnsupported() {
        PersistentVector<Integer> v = range(3);
        assertThrows(UnsupportedOperationException.class, () -> v.add(1));
        assertThrows(UnsupportedOperationException.class, () -> v.set(0, 1));
        assertThrows(UnsupportedOperationException.class, () -> v.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> v.clear());
        assertThrows(UnsupportedOperationException.class, () -> v.removeIf(x -> true));
        assertThrows(UnsupportedOperationException.class, () -> v.sort(null));
        assertThrows(UnsupportedOperationException.class, () -> v.iterator().remove());
        assertEquals(list(0, 3), v);
    }

    @Test
    void builder_afterBuild_neverChangesBuiltVector() {
        PersistentVector.Builder<Integer> b = PersistentVector.builder();
        for (int i = 0; i < 5000; i++) {
            b.add(i);
        }
        PersistentVector<Integer> first = b.build();
        for (int i = 0; i < 5000; i += 3) {
            b.set(i, -i);
        }
        for (int i = 0; i < 100; i++) {
            b.removeLast();
        }
        for (int i = 0; i < 3000; i++) {
            b.add(i);
        }
        PersistentVector<Integer> second = b.build();
        first.checkInvariants();
        second.checkInvariants();
        assertEquals(list(0, 5000), first);
        assertEquals(7900, second.size());
        assertEquals(-3, second.get(3));
        assertEquals(4, second.get(4));
    }

    @Test
    void toBuilder_neverChangesSource() {
        PersistentVector<Integer> v = range(3000).prepend(-1);
        PersistentVector.Builder<Integer> b = v.toBuilder();
        b.set(0, 7);
        b.set(1500, 7);
        b.set(2999, 7);
        b.add(1).removeLast();
        assertEquals(-1, v.get(0));
        assertEquals(1499, v.get(1500));
        assertEquals(7, b.build().get(1500));
    }

    @Test
    void builder_removeLast_onEmpty_throws() {
        PersistentVector.Builder<Integer> b = PersistentVector.builder();
        assertThrows(NoSuchElementException.class, b::removeLast);
        assertEquals(1, b.add(1).removeLast());
    }

    @Test
    void equals_sharedLeavesAndOtherLists() {
        PersistentVector<Integer> v = range(3000);
        PersistentVector<Integer> w = v.with(2000, 2000);
        assertEquals(v, w);
        assertEquals(v, new ArrayList<>(v));
        assertEquals(new ArrayList<>(v), v);
        assertNotEquals(v, v.with(2999, -1));
        assertNotEquals(v, v.take(2999));
        assertFalse(v.equals(new java.util.HashSet<>(v)));
        assertEquals(new ArrayList<>(v).hashCode(), v.hashCode());
    }

    @Test
    void equals_sameTrie_comparesOnlyEdges() {
        PersistentVector<Integer> v = range(3000);
        assertEquals(v.prepend(7).append(8), v.prepend(7).append(8));
        assertNotEquals(v.prepend(7).append(8), v.prepend(7).append(9));
        assertNotEquals(v.prepend(7), v.prepend(6));
        assertNotEquals(v.prepend(7).append(8), v.prepend(8).append(8));
    }

    @Test
    void spliterator_isImmutableAndSplitsOnLeafBoundaries() {
        PersistentVector<Integer> v = range(10_000);
        Spliterator<Integer> s = v.spliterator();
        assertEquals(
                Spliterator.SIZED
                        | Spliterator.SUBSIZED
                        | Spliterator.ORDERED
                        | Spliterator.IMMUTABLE,
                s.characteristics());
        Spliterator<Integer> prefix = s.trySplit();
        assertEquals(0, prefix.estimateSize() % 32, "split at a leaf boundary");
        assertEquals(list(0, 10_000), v.parallelStream().collect(Collectors.toList()));
    }

    @Test
    void collector_sequentialAndParallel() {
        assertEquals(
                list(0, 5000),
                IntStream.range(0, 5000).boxed().collect(PersistentVector.collector()));
        assertEquals(
                list(0, 50_000),
                IntStream.range(0, 50_000)
                        .boxed()
                        .parallel()
                        .collect(PersistentVector.collector()));
    }

    @Test
    void narrowTrie_randomConcatAndSlice_keepsHeightBound() {
        VectorShape narrow = new VectorShape(2);
        java.util.Random random = new java.util.Random(42);
        PersistentVector<Integer> v = PersistentVector.empty(narrow);
        List<Integer> model = new ArrayList<>();
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(200);
            PersistentVector<Integer> piece = PersistentVector.empty(narrow);
            for (int i = 0; i < n; i++) {
                piece = piece.append(round * 1000 + i);
                model.add(round * 1000 + i);
            }
            v = v.concat(piece);
            if (random.nextInt(3) == 0 && !model.isEmpty()) {
                int from = random.nextInt(model.size());
                int to = from + random.nextInt(model.size() - from + 1);
                v = v.slice(from, to);
                model = new ArrayList<>(model.subList(from, to));
            }
            v.checkInvariants();
        }
        assertEquals(model, v);
    }

    @Test
    void narrowTrie_thinnedByRemovals_keepsHeightBound() {
        VectorShape narrow = new VectorShape(2);
        java.util.Random random = new java.util.Random(7);
        PersistentVector<Integer> v = PersistentVector.empty(narrow);
        List<Integer> model = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            v = v.append(i);
            model.add(i);
        }
        while (!model.isEmpty()) {
            // Removals spread over the whole trie leave many leaves of one element.
            int i = random.nextInt(model.size());
            v = v.removeAt(i);
            model.remove(i);
            v.checkInvariants();
        }
        assertEquals(model, v);
    }

    @Test
    void insertsInTheMiddle_splitLeavesAndBranches_andMatchModel() {
        VectorShape narrow = new VectorShape(2);
        PersistentVector<Integer> v = PersistentVector.empty(narrow);
        List<Integer> model = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int at = model.size() / 2;
            v = v.insert(at, i);
            model.add(at, i);
        }
        v.checkInvariants();
        assertEquals(model, v);
        assertFalse(v.isStrict(), "inserts in the middle leave size tables on their paths");
    }

    @Test
    void narrowTrie_prependsOnly_keepHeightBound() {
        PersistentVector<Integer> v = PersistentVector.empty(new VectorShape(2));
        for (int i = 0; i < 50_000; i++) {
            v = v.prepend(i);
        }
        // A full head joined by concatenation would leave a near-empty node per level, and so
        // a trie taller than the height bound: prepend pushes it down the leftmost path instead.
        v.checkInvariants();
        assertEquals(49_999, v.get(0));
        assertEquals(0, v.get(49_999));
    }

    @Test
    void narrowTrie_tallerThanAnIntShift_readsEveryLevel() {
        PersistentVector<Integer> v = PersistentVector.empty(new VectorShape(2));
        for (int i = 0; i < 2000; i++) {
            v = v.insert(v.size() / 2, i);
        }
        List<Integer> base = new ArrayList<>(v);
        for (int k = 0; k < 19; k++) {
            v = v.concat(v);
        }
        // 2000 × 2^19 elements in a trie of height 16: its top shifts are 32 bits and more.
        assertTrue(v.trie().height * 2 >= Integer.SIZE, "height " + v.trie().height);
        for (int i : new int[] {0, 1000, 14_018_968, v.size() - 1}) {
            assertEquals(base.get(i % 2000), v.get(i), "element " + i);
        }
        assertEquals(base.subList(5, 10), v.slice(5, 10));
        java.util.Iterator<Integer> it = v.iterator();
        for (int i = 0; i < 5000; i++) {
            assertEquals(base.get(i % 2000), it.next());
        }
    }
}
