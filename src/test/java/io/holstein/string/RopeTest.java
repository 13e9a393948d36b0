package io.holstein.string;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RopeTest {

    private static final int CHUNK = RopeChunk.MAX_LENGTH;

    /** {@code length} chars cycling through {@code alphabet}. */
    private static String text(int length, String alphabet) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; s.length() < length; i++) {
            s.append(alphabet.charAt(i % alphabet.length()));
        }
        return s.toString();
    }

    private static List<RopeChunk> chunks(Rope rope) {
        List<RopeChunk> out = new ArrayList<>();
        new RopeChunkWalk(rope.root, 0).forEachRemaining(out::add);
        return out;
    }

    private static int height(Rope rope) {
        return rope.root == null ? -1 : rope.root.height();
    }

    @Test
    void randomEdits_onMillionChars_keepHeightBoundAndText() {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "abcdefgh\u00e9\u00ff\u4e00";
        StringBuilder model = new StringBuilder(text(1_000_000, "abcdefgh"));
        Rope rope = Rope.of(model);
        rope.checkInvariants();
        int freshChunks = chunks(rope).size();
        assertEquals((1_000_000 + CHUNK - 1) / CHUNK, freshChunks, "built at once: full chunks");
        assertEquals(2, height(rope), "489 chunks: full branches of 32 under one root");
        for (int step = 0; step < 10_000; step++) {
            int at = random.nextInt(model.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> {
                    String t =
                            text(
                                    random.nextInt(1, 20),
                                    alphabet.substring(random.nextInt(alphabet.length())));
                    rope = rope.insert(at, t);
                    model.insert(at, t);
                }
                case 1 -> {
                    int to = Math.min(model.length(), at + random.nextInt(0, 20));
                    rope = rope.delete(at, to);
                    model.delete(at, to);
                }
                default -> {
                    int to = Math.min(model.length(), at + random.nextInt(0, 20));
                    String t = text(random.nextInt(0, 20), alphabet);
                    rope = rope.replace(at, to, t);
                    model.replace(at, to, t);
                }
            }
            if (step % 1000 == 0) {
                rope.checkInvariants();
            }
        }
        rope.checkInvariants();
        assertEquals(model.toString(), rope.toString());
        int chunks = chunks(rope).size();
        assertTrue(chunks <= 2 * model.length() / CHUNK + 1, chunks + " chunks");
        assertTrue(RopeInvariants.minChunks(height(rope)) <= chunks, "height " + height(rope));
        assertTrue(height(rope) <= 3, "height " + height(rope) + " for " + chunks + " chunks");
    }

    @Test
    void randomEditsInsideChunks_splitAndPoolBranches_keepInvariantsAtEveryStep() {
        // Two full branches of full chunks; inserts of up to a chunk, deletes inside one chunk,
        // through the in-chunk route alone, so that its splits and pools are what is checked.
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder model = new StringBuilder(text(64 * CHUNK, "abcdefgh"));
        RopeNode tree = Rope.of(model).root;
        int splits = 0;
        int pools = 0;
        int declined = 0;
        for (int step = 0; step < 2_000; step++) {
            int at = random.nextInt(model.length());
            RopeChunkAt where = RopeTrees.locate(tree, at);
            boolean grow = random.nextInt(5) < 2;
            int to =
                    grow
                            ? at
                            : Math.min(
                                    where.start + where.chunk.length,
                                    at + random.nextInt(1, 3 * CHUNK / 2));
            if (!grow && random.nextInt(8) == 0) {
                at = where.start; // the whole chunk, so that its neighbours meet
                to = where.start + where.chunk.length;
            }
            String t =
                    grow
                            ? text(
                                    random.nextInt(1, CHUNK + 1),
                                    random.nextInt(4) == 0 ? "\u4e00z" : "xyz")
                            : "";
            int before = bottomBranches(tree);
            RopeNode edited =
                    RopeTrees.replaceInChunk(
                            tree, at, to, t.isEmpty() ? null : RopeChunk.copyOf(t));
            if (edited == null) {
                declined++;
                edited = Rope.ofTree(tree).replace(at, to, t).root;
            } else if (bottomBranches(edited) > before) {
                splits++;
            } else if (bottomBranches(edited) < before) {
                pools++;
            }
            model.replace(at, to, t);
            tree = edited;
            Rope rope = Rope.ofTree(tree);
            rope.checkInvariants();
            assertEquals(model.length(), rope.length());
            assertTrue(model.toString().equals(rope.toString()), "text after step " + step);
        }
        assertTrue(splits >= 20, splits + " branch splits");
        assertTrue(pools >= 20, pools + " branch pools");
        assertTrue(declined < 2_000 / 4, declined + " edits declined");
    }

    private static int bottomBranches(RopeNode node) {
        if (node.height() <= 1) {
            return node.height();
        }
        int n = 0;
        for (RopeNode child : ((RopeBranch) node).children) {
            n += bottomBranches(child);
        }
        return n;
    }

    @Test
    void appendOneCharAtATime_byConcat_treeStaysShallowAndChunksFull() {
        Rope rope = Rope.empty();
        for (int i = 0; i < 5 * CHUNK; i++) {
            rope = rope.concat(String.valueOf((char) ('a' + i % 26)));
        }
        rope.checkInvariants();
        assertEquals(5, chunks(rope).size(), "one-char appends merge into their neighbour");
        assertEquals(1, height(rope), "five chunks under one root");
    }

    @Test
    void prependAndInsertOneChar_manyTimes_heightWithinBTreeBound() {
        Rope rope = Rope.empty();
        for (int i = 0; i < 40_000; i++) {
            rope = i % 2 == 0 ? rope.insert(0, "x") : rope.insert(rope.length() / 2, "\u4e00");
        }
        rope.checkInvariants();
        int chunks = chunks(rope).size();
        assertTrue(chunks <= 2 * 40_000 / CHUNK + 1);
        assertTrue(RopeInvariants.minChunks(height(rope)) <= chunks, "height " + height(rope));
        assertTrue(height(rope) <= 2, "height " + height(rope) + " for " + chunks + " chunks");
    }

    @Test
    void concatWithItself_repeatedly_isBalanced() {
        Rope rope = Rope.of(text(CHUNK, "ab"));
        for (int i = 0; i < 19; i++) {
            rope = rope.concat(rope);
            rope.checkInvariants();
        }
        assertEquals(CHUNK << 19, rope.length());
        assertEquals(1 << 19, chunks(rope).size());
        assertEquals(4, height(rope), "as shallow as 2^19 chunks allow: 32^3 < 2^19 <= 32^4");
    }

    private static final int FANOUT = RopeBranch.MAX_CHILDREN;

    /** Chunk counts at the edges of the B-tree's levels: one branch, two levels, three. */
    private static final int[] CHUNK_COUNTS = {
        1, 2, FANOUT - 1, FANOUT, FANOUT + 1, FANOUT * FANOUT, FANOUT * FANOUT + 1
    };

    @Test
    void of_atLevelEdges_buildsFullBranchesAsShallowAsPossible() {
        int[] heights = {0, 1, 1, 1, 2, 2, 3};
        for (int k = 0; k < CHUNK_COUNTS.length; k++) {
            int chunks = CHUNK_COUNTS[k];
            String s = text(chunks * CHUNK, "abc\u4e00de");
            Rope rope = Rope.of(s);
            rope.checkInvariants();
            assertEquals(chunks, chunks(rope).size());
            assertEquals(heights[k], height(rope), chunks + " chunks");
            assertEquals(s, rope.toString());
        }
    }

    @Test
    void splitsAndJoins_atLevelEdges_keepTheBTreeShapeAndText() {
        for (int chunks : CHUNK_COUNTS) {
            String s = text(chunks * CHUNK, "pqrs\u00e9");
            Rope rope = Rope.of(s);
            int[] seams = {0, 1, FANOUT / 2 - 1, FANOUT / 2, FANOUT - 1, FANOUT, FANOUT + 1};
            for (int seam : seams) {
                for (int shift : new int[] {0, 1, CHUNK / 2}) {
                    int cut = Math.min(s.length(), seam * CHUNK + shift);
                    Rope left = rope.substring(0, cut);
                    Rope right = rope.substring(cut, s.length());
                    left.checkInvariants();
                    right.checkInvariants();
                    assertEquals(s.substring(0, cut), left.toString(), chunks + "/" + cut);
                    assertEquals(s.substring(cut), right.toString(), chunks + "/" + cut);
                    Rope back = left.concat(right);
                    back.checkInvariants();
                    assertEquals(rope, back, chunks + "/" + cut);
                    Rope swapped = right.concat(left);
                    swapped.checkInvariants();
                    assertEquals(s.substring(cut) + s.substring(0, cut), swapped.toString());
                }
            }
        }
    }

    @Test
    void concat_ofTreesOfEveryHeightPair_keepsTheBTreeShapeAndText() {
        List<String> texts = new ArrayList<>();
        List<Rope> ropes = new ArrayList<>();
        for (int chunks : CHUNK_COUNTS) {
            String s = text(chunks * CHUNK - 7, "mn\u00ff" + chunks);
            texts.add(s);
            ropes.add(Rope.of(s));
            // The same text with a root of few children: a suffix cut off a wider tree.
            String longer = text(CHUNK, "z") + s;
            texts.add(s);
            ropes.add(Rope.of(longer).substring(CHUNK, longer.length()));
        }
        for (int a = 0; a < ropes.size(); a++) {
            for (int b = 0; b < ropes.size(); b++) {
                Rope joined = ropes.get(a).concat(ropes.get(b));
                joined.checkInvariants();
                assertEquals(texts.get(a).length() + texts.get(b).length(), joined.length());
                assertEquals(texts.get(a) + texts.get(b), joined.toString(), a + " + " + b);
            }
        }
    }

    @Test
    void randomSplitsAndJoins_ofWideTrees_matchStringModel() {
        SplittableRandom random = new SplittableRandom(11);
        String base = text(520 * CHUNK, "abcdefg\u00e9\u4e00");
        Rope baseRope = Rope.of(base);
        List<Rope> ropes = new ArrayList<>(List.of(baseRope));
        List<String> models = new ArrayList<>(List.of(base));
        for (int step = 0; step < 120; step++) {
            int k = random.nextInt(ropes.size());
            Rope rope = ropes.get(k);
            String model = models.get(k);
            int from = random.nextInt(model.length() + 1);
            int to = from + random.nextInt(model.length() - from + 1);
            Rope next;
            String nextModel;
            switch (random.nextInt(4)) {
                case 0 -> {
                    next = rope.substring(from, to);
                    nextModel = model.substring(from, to);
                }
                case 1 -> {
                    next = rope.delete(from, to);
                    nextModel = model.substring(0, from) + model.substring(to);
                }
                case 2 -> {
                    int j = random.nextInt(ropes.size());
                    next = rope.insert(from, ropes.get(j));
                    nextModel = model.substring(0, from) + models.get(j) + model.substring(from);
                }
                default -> {
                    int j = random.nextInt(ropes.size());
                    next = rope.concat(ropes.get(j));
                    nextModel = model + models.get(j);
                }
            }
            if (nextModel.length() > 2_500_000) {
                continue;
            }
            next.checkInvariants();
            assertEquals(nextModel, next.toString(), "step " + step);
            ropes.add(next);
            models.add(nextModel);
        }
        for (int k = 0; k < ropes.size(); k++) {
            assertEquals(models.get(k), ropes.get(k).toString(), "version " + k);
        }
        assertTrue(ropes.stream().anyMatch(r -> height(r) == 3), "a tree of three levels");
    }

    @Test
    void descent_atTenMillionChars_isThreeLevelsFreshAndAtMostFourAfterEdits() {
        Rope rope = Rope.of(text(10_000_000, "abcdefghijklmnopqrstuvwxyz"));
        assertEquals(3, height(rope));
        SplittableRandom random = new SplittableRandom(5);
        for (int step = 0; step < 10_000; step++) {
            int at = random.nextInt(rope.length());
            rope =
                    random.nextBoolean()
                            ? rope.insert(at, text(random.nextInt(1, 17), "xy\u4e00"))
                            : rope.delete(at, Math.min(rope.length(), at + random.nextInt(17)));
        }
        rope.checkInvariants();
        assertTrue(height(rope) <= 4, "height " + height(rope));
    }

    /** A rope of many chunks of uneven lengths, Latin-1 and UTF-16, made by edits. */
    private static Rope editedRope(StringBuilder model) {
        SplittableRandom random = new SplittableRandom(17);
        model.append(text(40 * CHUNK, "abcdefghij"));
        Rope rope = Rope.of(model);
        for (int step = 0; step < 200; step++) {
            int at = random.nextInt(model.length());
            String t = text(random.nextInt(1, 40), step % 3 == 0 ? "\u4e00\u4e01k" : "xyz");
            rope = rope.insert(at, t);
            model.insert(at, t);
        }
        rope.checkInvariants();
        return rope;
    }

    /** Starts of the chunks of {@code rope}, in order. */
    private static List<Integer> chunkStarts(Rope rope) {
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        for (RopeChunk c : chunks(rope)) {
            starts.add(at);
            at += c.length;
        }
        return starts;
    }

    /** How many reads of {@link #read} descended, and how many of those jumped. */
    private record Descents(int all, int jumps) {}

    /**
     * Reads {@code indices} of {@code rope} by {@code charAt}, checks each char against {@code
     * model} and what the cache then holds: after a read in the chunk cached, or a descent more
     * than a chunk's length from the last descent (a jump), the same holder; after any other
     * descent, the chunk of the tree at that index.
     */
    private static Descents read(Rope rope, String model, int[] indices) {
        int descents = 0;
        int jumps = 0;
        for (int i : indices) {
            RopeChunkAt before = rope.lastRead;
            int lastDescent = rope.lastDescent;
            boolean hit =
                    before != null && i >= before.start && i < before.start + before.chunk.length;
            assertEquals(model.charAt(i), rope.charAt(i), "charAt(" + i + ")");
            RopeChunkAt after = rope.lastRead;
            if (hit) {
                assertSame(before, after, "a read in the chunk cached keeps it, at " + i);
                assertEquals(lastDescent, rope.lastDescent, "a hit does not descend, at " + i);
                continue;
            }
            descents++;
            assertEquals(i, rope.lastDescent, "the descent's index");
            if (Math.abs(i - lastDescent) > RopeChunk.MAX_LENGTH) {
                jumps++;
                assertSame(before, after, "a jump from " + lastDescent + " to " + i + " keeps it");
            } else {
                RopeChunkAt expected = RopeTrees.locate(rope.root, i);
                assertSame(expected.chunk, after.chunk, "the cached chunk holds " + i);
                assertEquals(expected.start, after.start, "the cached start, at " + i);
            }
        }
        return new Descents(descents, jumps);
    }

    @Test
    void charAt_inOrder_descendsOncePerChunk() {
        StringBuilder model = new StringBuilder();
        Rope rope = editedRope(model);
        int[] forward = IntStream.range(0, model.length()).toArray();
        assertEquals(
                chunks(rope).size(),
                read(rope, model.toString(), forward).all(),
                "one descent per chunk, none within one");
    }

    @Test
    void charAt_inOrderOverFullChunks_remembersADescentAChunkLengthAway() {
        String text = text(10 * CHUNK, "abcdefg\u4e00");
        Rope rope = Rope.of(text);
        assertEquals(10, chunks(rope).size(), "full chunks, whose borders lie a chunk apart");
        int[] forward = IntStream.range(0, text.length()).toArray();
        assertEquals(new Descents(10, 0), read(rope, text, forward));
    }

    @Test
    void charAt_backwards_descendsOncePerChunk() {
        StringBuilder model = new StringBuilder();
        Rope rope = editedRope(model);
        int n = model.length();
        int[] backward = IntStream.range(0, n).map(i -> n - 1 - i).toArray();
        assertEquals(
                new Descents(chunks(rope).size() + 1, 1),
                read(rope, model.toString(), backward),
                "one descent per chunk, and one for the first read, a jump from index 0");
    }

    @Test
    void charAt_atRandomIndices_readsRightAndCachesOnlyNearbyDescents() {
        StringBuilder model = new StringBuilder();
        Rope rope = editedRope(model);
        int[] random = new SplittableRandom(23).ints(20_000, 0, model.length()).toArray();
        Descents descents = read(rope, model.toString(), random);
        assertTrue(descents.all() < random.length, "reads in the chunk cached do not descend");
        assertTrue(descents.jumps() > 0, "reads far apart jump");
        assertTrue(descents.jumps() < descents.all(), "reads near the last descent are cached");
    }

    @Test
    void charAt_afterAJump_keepsTheCacheUntilAReadNearTheJump() {
        StringBuilder model = new StringBuilder();
        Rope rope = editedRope(model);
        int n = model.length();
        assertEquals(model.charAt(0), rope.charAt(0));
        RopeChunkAt first = rope.lastRead;
        assertEquals(0, first.start);
        assertEquals(model.charAt(n - 1), rope.charAt(n - 1));
        assertSame(first, rope.lastRead, "a jump is not cached");
        assertEquals(model.charAt(n - 2), rope.charAt(n - 2));
        RopeChunkAt last = rope.lastRead;
        assertSame(RopeTrees.locate(rope.root, n - 2).chunk, last.chunk, "a read near it is");
        assertEquals(model.charAt(0), rope.charAt(0));
        assertSame(last, rope.lastRead, "the jump back is not");
        assertEquals(model.charAt(1), rope.charAt(1));
        assertEquals(0, rope.lastRead.start, "the read after it is");
    }

    @Test
    void charAt_acrossChunkBorders_readsEachSideRight() {
        StringBuilder model = new StringBuilder();
        Rope rope = editedRope(model);
        List<Integer> starts = chunkStarts(rope);
        List<Integer> indices = new ArrayList<>();
        for (int k = 1; k < starts.size(); k++) {
            int border = starts.get(k);
            // Last char before the border, first after it, back, forth, and two steps away.
            for (int i :
                    new int[] {border - 1, border, border - 1, border, border + 1, border - 2}) {
                indices.add(i);
            }
        }
        int[] order = indices.stream().mapToInt(Integer::intValue).toArray();
        int descents = read(rope, model.toString(), order).all();
        assertEquals(5 * (starts.size() - 1), descents, "every step across a border descends");
        assertThrows(StringIndexOutOfBoundsException.class, () -> rope.charAt(-1));
        assertThrows(StringIndexOutOfBoundsException.class, () -> rope.charAt(model.length()));
        rope.charAt(model.length() - 1);
        assertThrows(StringIndexOutOfBoundsException.class, () -> rope.charAt(model.length()));
        rope.charAt(0);
        assertThrows(StringIndexOutOfBoundsException.class, () -> rope.charAt(-1));
    }

    @Test
    void charAt_ofRopesSharingChunksAtOtherOffsets_eachReadsItsOwnText() {
        StringBuilder model = new StringBuilder();
        Rope rope = editedRope(model);
        String text = model.toString();
        Rope inserted = rope.insert(5, "\u4e00!");
        String insertedText = text.substring(0, 5) + "\u4e00!" + text.substring(5);
        Rope cut = rope.substring(CHUNK + 3, text.length() - CHUNK);
        String cutText = text.substring(CHUNK + 3, text.length() - CHUNK);
        Rope doubled = rope.concat(rope);
        String doubledText = text + text;
        SplittableRandom random = new SplittableRandom(29);
        for (int step = 0; step < 20_000; step++) {
            int i = random.nextInt(cutText.length());
            // The same chunks, cached by each rope at its own start.
            assertEquals(text.charAt(i), rope.charAt(i));
            assertEquals(insertedText.charAt(i), inserted.charAt(i));
            assertEquals(cutText.charAt(i), cut.charAt(i));
            assertEquals(doubledText.charAt(i), doubled.charAt(i));
            int j = i + text.length();
            assertEquals(doubledText.charAt(j), doubled.charAt(j), "second copy of a chunk");
        }
        RopeChunk tenth = chunks(rope).get(10);
        for (Rope edited : List.of(inserted, cut, doubled)) {
            assertTrue(chunks(edited).stream().anyMatch(c -> c == tenth), "the edits share chunks");
        }
        List<RopeChunk> secondCopy =
                chunks(doubled).subList(chunks(rope).size(), chunks(doubled).size());
        assertTrue(secondCopy.stream().anyMatch(c -> c == tenth), "the second copy shares chunks");
    }

    @Test
    void concat_pastMaxLength_failsBeforeBuilding() {
        Rope rope = Rope.of(text(CHUNK, "ab"));
        for (int i = 0; i < 19; i++) {
            rope = rope.concat(rope);
        }
        Rope half = rope; // 2^30 chars
        Rope almost = half.concat(half.substring(0, half.length() - 1)); // Integer.MAX_VALUE chars
        almost.checkInvariants();
        assertEquals(Integer.MAX_VALUE, almost.length());
        assertThrows(OutOfMemoryError.class, () -> almost.concat("x"));
        assertThrows(OutOfMemoryError.class, () -> almost.insert(5, "x"));
        assertThrows(OutOfMemoryError.class, () -> half.concat(half));
        assertThrows(OutOfMemoryError.class, () -> almost.replace(0, 1, "xy"));
        assertEquals(Integer.MAX_VALUE, almost.replace(0, 1, "y").length());
        Rope.Builder b = Rope.builder().append(almost);
        assertThrows(OutOfMemoryError.class, () -> b.append('x'));
        assertThrows(OutOfMemoryError.class, () -> b.append("x"));
        assertEquals(Integer.MAX_VALUE, b.length());
    }

    @Test
    void oneCharEdit_insideChunk_copiesOnlyThatChunk() {
        Rope rope = Rope.of(text(10 * CHUNK, "abcdef"));
        List<RopeChunk> before = chunks(rope);
        Rope edited = rope.insert(4 * CHUNK + 7, "Z");
        edited.checkInvariants();
        List<RopeChunk> after = chunks(edited);
        Map<RopeChunk, Boolean> old = new IdentityHashMap<>();
        before.forEach(c -> old.put(c, true));
        long shared = after.stream().filter(old::containsKey).count();
        assertEquals(9, shared, "every chunk but the one cut is shared");
        assertEquals(11, after.size(), "a full chunk cut in two stays two chunks");
        Rope deleted = edited.delete(4 * CHUNK + 7, 4 * CHUNK + 8);
        assertEquals(rope, deleted);
        assertEquals(10, chunks(deleted).size(), "deleting the char merges the two halves back");
    }

    @Test
    void oneCharEdits_inNonFullChunk_neverAddChunks() {
        Rope rope = Rope.of(text(100, "abc"));
        for (int i = 0; i < 500; i++) {
            rope = rope.insert(i % rope.length(), "q");
            rope = rope.delete((i * 7) % rope.length(), (i * 7) % rope.length() + 1);
            assertEquals(1, chunks(rope).size());
        }
        rope.checkInvariants();
    }

    @Test
    void editsInsideOneChunk_copyThatChunkAndItsPathAlone() {
        String s = text(40 * CHUNK, "abc");
        Rope rope = Rope.of(s);
        int at = 10 * CHUNK + 100; // inside a chunk whose neighbours share its branch
        RopeNode deleted = RopeTrees.replaceInChunk(rope.root, at, at + 10, null);
        RopeNode wide = RopeTrees.replaceInChunk(deleted, at, at, RopeChunk.copyOf("\u4e00bc"));
        RopeNode narrow = RopeTrees.replaceInChunk(wide, at, at + 1, RopeChunk.copyOf("x"));
        String expected = s.substring(0, at) + s.substring(at + 10);
        String[] texts = {
            expected,
            expected.substring(0, at) + "\u4e00bc" + expected.substring(at),
            expected.substring(0, at) + "xbc" + expected.substring(at)
        };
        RopeNode[] trees = {deleted, wide, narrow};
        Map<RopeChunk, Boolean> old = new IdentityHashMap<>();
        chunks(rope).forEach(c -> old.put(c, true));
        for (int k = 0; k < trees.length; k++) {
            assertNotNull(trees[k], "edit " + k + " declined");
            Rope r = Rope.ofTree(trees[k]);
            r.checkInvariants();
            assertEquals(texts[k], r.toString(), "edit " + k);
            List<RopeChunk> fresh =
                    chunks(r).stream()
                            .filter(c -> !old.containsKey(c))
                            .collect(Collectors.toList());
            assertEquals(1, fresh.size(), "chunks copied by edit " + k);
            assertEquals(k != 1, fresh.get(0).isLatin1(), "coder after edit " + k);
        }
        int secondBranch = 20 * CHUNK; // 40 chunks: two branches of 20
        assertNull(
                RopeTrees.replaceInChunk(rope.root, secondBranch + 5, secondBranch + 6, null),
                "left neighbour in another branch");
        assertEquals(
                s.substring(0, secondBranch + 5) + s.substring(secondBranch + 6),
                rope.delete(secondBranch + 5, secondBranch + 6).toString());
    }

    @Test
    void insertIntoFullChunk_cutsItInTwo_splitsFullBranchesUpToTheRoot() {
        // 32 * 32 full chunks under full branches: the insert splits the chunk, its branch and
        // the root; the delete that undoes it merges the halves back without any other copy.
        String s = text(32 * 32 * CHUNK, "abcdefg");
        Rope rope = Rope.of(s);
        assertEquals(2, rope.root.height());
        int at = 17 * 32 * CHUNK + 9 * CHUNK + 700;
        RopeNode inserted = RopeTrees.replaceInChunk(rope.root, at, at, RopeChunk.copyOf("\u4e00"));
        assertNotNull(inserted, "insert declined");
        Rope r = Rope.ofTree(inserted);
        r.checkInvariants();
        assertEquals(3, inserted.height(), "the full root split");
        assertEquals(s.substring(0, at) + "\u4e00" + s.substring(at), r.toString());
        Map<RopeChunk, Boolean> old = new IdentityHashMap<>();
        chunks(rope).forEach(c -> old.put(c, true));
        List<RopeChunk> fresh =
                chunks(r).stream().filter(c -> !old.containsKey(c)).collect(Collectors.toList());
        assertEquals(2, fresh.size(), "the halves of the one chunk cut");
        assertEquals(CHUNK + 1, fresh.get(0).length + fresh.get(1).length);
        assertEquals(1, fresh.stream().filter(RopeChunk::isLatin1).count(), "one half widened");

        RopeNode deleted = RopeTrees.replaceInChunk(inserted, at, at + 1, null);
        assertNotNull(deleted, "delete declined");
        Rope back = Rope.ofTree(deleted);
        back.checkInvariants();
        assertEquals(s, back.toString());
        assertEquals(chunks(rope).size(), chunks(back).size(), "the halves merged back");
        assertEquals(
                1,
                chunks(back).stream().filter(c -> !old.containsKey(c)).count(),
                "only the merged chunk is new");
    }

    @Test
    void deleteOfAWholeChunk_joinsItsNeighbours_andPoolsABranchLeftTooSmall() {
        // 33 chunks: one branch of 16 children and one of 17.
        String s = text(33 * CHUNK, "xyz");
        Rope rope = Rope.of(s);
        RopeBranch root = (RopeBranch) rope.root;
        int least = ((RopeBranch) root.children[0]).count() == 16 ? 0 : 1;
        assertEquals(16, ((RopeBranch) root.children[least]).count());
        assertEquals(17, ((RopeBranch) root.children[1 - least]).count());
        int inLeast = root.startOf(least) + 3 * CHUNK;
        int inOther = root.startOf(1 - least) + 3 * CHUNK;

        RopeNode fewer = RopeTrees.replaceInChunk(rope.root, inOther, inOther + CHUNK, null);
        assertNotNull(fewer, "17 children may lose one");
        Rope r = Rope.ofTree(fewer);
        r.checkInvariants();
        assertEquals(2, fewer.height());
        assertEquals(s.substring(0, inOther) + s.substring(inOther + CHUNK), r.toString());

        RopeNode pooled = RopeTrees.replaceInChunk(rope.root, inLeast, inLeast + CHUNK, null);
        assertNotNull(pooled, "16 children pool with the neighbour");
        Rope p = Rope.ofTree(pooled);
        p.checkInvariants();
        assertEquals(1, pooled.height(), "15 + 17 children fit one branch, which becomes the root");
        assertEquals(s.substring(0, inLeast) + s.substring(inLeast + CHUNK), p.toString());

        Rope three = Rope.of(text(1000, "ab")).concat(text(CHUNK, "cd")).concat(text(1000, "ef"));
        assertEquals(3, chunks(three).size());
        RopeNode joined = RopeTrees.replaceInChunk(three.root, 1000, 1000 + CHUNK, null);
        assertNotNull(joined, "neighbours in the root");
        Rope j = Rope.ofTree(joined);
        j.checkInvariants();
        assertEquals(text(1000, "ab") + text(1000, "ef"), j.toString());
        assertEquals(1, chunks(j).size(), "the neighbours fit one chunk and the root collapses");
    }

    @Test
    void substring_sharesInnerChunks_andReturnsThisForWholeRange() {
        Rope rope = Rope.of(text(8 * CHUNK, "xyz\u00e9"));
        assertSame(rope, rope.substring(0, rope.length()));
        assertSame(rope, rope.subSequence(0, rope.length()));
        Rope middle = rope.substring(CHUNK + 3, 6 * CHUNK - 3);
        middle.checkInvariants();
        List<RopeChunk> inner = chunks(middle).subList(1, chunks(middle).size() - 1);
        Map<RopeChunk, Boolean> old = new IdentityHashMap<>();
        chunks(rope).forEach(c -> old.put(c, true));
        assertTrue(inner.stream().allMatch(old::containsKey));
        assertEquals(rope.toString().substring(CHUNK + 3, 6 * CHUNK - 3), middle.toString());
    }

    @Test
    void noOpEdits_returnThis() {
        Rope rope = Rope.of("hello");
        assertSame(rope, rope.concat(""));
        assertSame(rope, rope.concat(Rope.empty()));
        assertSame(rope, Rope.empty().concat(rope));
        assertSame(rope, rope.insert(2, ""));
        assertSame(rope, rope.delete(3, 3));
        assertSame(rope, rope.replace(1, 1, ""));
        assertSame(rope, rope.replace(1, 1, new StringBuilder()));
        assertSame(rope, Rope.of(rope));
        assertSame(Rope.empty(), Rope.of(""));
        assertSame(Rope.empty(), rope.substring(2, 2));
        assertSame(Rope.empty(), rope.delete(0, 5));
    }

    @Test
    void indexErrors_likeString() {
        Rope rope = Rope.of("abc");
        assertThrows(StringIndexOutOfBoundsException.class, () -> rope.charAt(3));
        assertThrows(StringIndexOutOfBoundsException.class, () -> rope.charAt(-1));
        assertThrows(StringIndexOutOfBoundsException.class, () -> rope.substring(2, 1));
        assertThrows(StringIndexOutOfBoundsException.class, () -> rope.substring(0, 4));
        assertThrows(StringIndexOutOfBoundsException.class, () -> rope.subSequence(-1, 2));
        assertThrows(StringIndexOutOfBoundsException.class, () -> rope.insert(4, "x"));
        assertThrows(StringIndexOutOfBoundsException.class, () -> rope.insert(-1, "x"));
        assertThrows(StringIndexOutOfBoundsException.class, () -> rope.delete(1, 4));
        assertThrows(StringIndexOutOfBoundsException.class, () -> rope.delete(2, 1));
        assertThrows(StringIndexOutOfBoundsException.class, () -> rope.replace(-1, 1, "x"));
        assertThrows(StringIndexOutOfBoundsException.class, () -> "abc".charAt(3));
        assertThrows(StringIndexOutOfBoundsException.class, () -> "abc".substring(2, 1));
    }

    @Test
    void nullArguments_throwNullPointerException() {
        Rope rope = Rope.of("abc");
        assertThrows(NullPointerException.class, () -> Rope.of(null));
        assertThrows(NullPointerException.class, () -> rope.concat(null));
        assertThrows(NullPointerException.class, () -> rope.insert(0, null));
        assertThrows(
                NullPointerException.class,
                () -> rope.insert(99, null),
                "null checked before the index");
        assertThrows(NullPointerException.class, () -> rope.replace(0, 1, null));
        assertThrows(NullPointerException.class, () -> rope.indexOf(null));
        assertThrows(NullPointerException.class, () -> rope.indexOf(null, 1));
        assertThrows(NullPointerException.class, () -> rope.compareTo(null));
        assertThrows(NullPointerException.class, () -> rope.writeTo(null));
        assertThrows(NullPointerException.class, () -> Rope.builder().append((CharSequence) null));
        assertFalse(rope.equals(null));
    }

    @Test
    void equalsHashCodeCompareTo_agreeWithString() {
        String[] texts = {
            "",
            "a",
            "ab",
            "b",
            "abc",
            "\u00e9",
            "\u4e00",
            "\ud83d\ude00",
            "\uffff",
            "a\u0000",
            text(3 * CHUNK, "ab"),
            text(3 * CHUNK, "ab") + "c",
            text(3 * CHUNK, "a\u4e00")
        };
        for (String x : texts) {
            Rope rx = Rope.of(x);
            assertEquals(x.hashCode(), rx.hashCode());
            assertEquals(rx.hashCode(), rx.hashCode(), "cached");
            assertNotEquals(rx, x, "a rope never equals a String");
            for (String y : texts) {
                Rope ry = Rope.builder().append(y).build();
                assertEquals(x.equals(y), rx.equals(ry), x + " vs " + y);
                assertEquals(x.compareTo(y), rx.compareTo(ry), x + " vs " + y);
            }
        }
        // Equal texts split differently into chunks are equal.
        String big = text(5 * CHUNK, "pq\u00e9");
        Rope a = Rope.of(big);
        Rope b =
                Rope.of(big.substring(0, 100))
                        .concat(Rope.of(big.substring(100, 3000)))
                        .concat(big.substring(3000));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(0, a.compareTo(b));
        assertNotEquals(
                chunks(a).size() + "/" + chunks(a).get(0).length,
                chunks(b).size() + "/" + chunks(b).get(0).length);
    }

    @Test
    void hashCodeZero_isCachedAndCorrect() {
        // "\u0000" hashes to 0, as does the empty text.
        assertEquals(0, Rope.of("\u0000\u0000").hashCode());
        assertEquals(0, Rope.empty().hashCode());
    }

    @Test
    void codePoints_pairSurrogatesAcrossChunkBoundary() {
        String prefix = text(CHUNK - 1, "ab");
        String text = prefix + "\ud83d\ude00" + "z";
        Rope rope = Rope.of(prefix + "\ud83d").concat(Rope.of("\ude00z"));
        rope.checkInvariants();
        assertEquals(2, chunks(rope).size(), "the pair is cut between two chunks");
        assertArrayEquals(text.codePoints().toArray(), rope.codePoints().toArray());
        assertArrayEquals(text.chars().toArray(), rope.chars().toArray());
        assertArrayEquals(
                "\ud83d".codePoints().toArray(), Rope.of("\ud83d").codePoints().toArray());
        assertArrayEquals(
                "\ude00\ud83d".codePoints().toArray(),
                Rope.of("\ude00\ud83d").codePoints().toArray());
    }

    @Test
    void chunks_areLatin1OnlyWhereTextFits() {
        Rope rope = Rope.of(text(CHUNK, "ab") + text(CHUNK, "c\u4e00") + text(CHUNK, "\u00ff"));
        List<RopeChunk> chunks = chunks(rope);
        assertTrue(chunks.get(0).isLatin1());
        assertFalse(chunks.get(1).isLatin1());
        assertTrue(chunks.get(2).isLatin1());
        Rope cut = rope.substring(CHUNK + 2, CHUNK + 3);
        assertTrue(
                chunks(cut).get(0).isLatin1(),
                "a slice of a UTF-16 chunk that fits Latin-1 is compressed");
        cut.checkInvariants();
    }

    @Test
    void builder_afterBuild_keepsAppendingWithoutChangingBuiltRopes() {
        Rope.Builder b = Rope.builder();
        StringBuilder model = new StringBuilder();
        List<Rope> built = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 40; round++) {
            int n = random.nextInt(0, 3 * CHUNK);
            for (int i = 0; i < n; i++) {
                char c = random.nextInt(50) == 0 ? '\u4e00' : (char) ('a' + random.nextInt(3));
                b.append(c);
                model.append(c);
            }
            if (round % 5 == 0) {
                Rope r = Rope.of(text(random.nextInt(1, 3 * CHUNK), "rs"));
                b.append(r);
                model.append(r);
            }
            assertEquals(model.length(), b.length());
            Rope rope = b.build();
            rope.checkInvariants();
            built.add(rope);
            expected.add(model.toString());
        }
        for (int i = 0; i < built.size(); i++) {
            assertEquals(expected.get(i), built.get(i).toString(), "built rope " + i);
        }
    }

    @Test
    void toBuilder_startsWithTheRopeAndNeverChangesIt() {
        Rope big = Rope.of("x".repeat(3 * RopeChunk.MAX_LENGTH + 5));
        Rope.Builder b = big.toBuilder();
        assertEquals(big.length(), b.length());
        Rope longer = b.append("yz").append('!').build();
        assertEquals(big + "yz!", longer.toString());
        assertEquals("x".repeat(3 * RopeChunk.MAX_LENGTH + 5), big.toString());
        assertEquals("", Rope.empty().toBuilder().build().toString());
        assertEquals("ab", Rope.of("a").toBuilder().append("b").build().toString());
    }

    @Test
    void joining_concatenatesInEncounterOrder_sequentialAndParallel() {
        List<String> parts = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            String part = i % 97 == 0 ? "\u20ac" + i : "p" + i;
            parts.add(part);
            expected.append(part);
        }
        assertEquals(expected.toString(), parts.stream().collect(Rope.joining()).toString());
        assertEquals(
                expected.toString(), parts.parallelStream().collect(Rope.joining()).toString());
        assertSame(Rope.empty(), Stream.<String>empty().collect(Rope.joining()));
    }

    @Test
    void builder_sharesChunksBetweenBuilds() {
        Rope.Builder b = Rope.builder().append(text(3 * CHUNK, "ab"));
        Rope first = b.build();
        Rope second = b.append("tail").build();
        assertSame(chunks(first).get(0), chunks(second).get(0));
        assertEquals(first.toString() + "tail", second.toString());
    }

    @Test
    void indexOf_likeString() {
        String s = text(3 * CHUNK, "abcab") + "needle" + text(CHUNK, "xy") + "needle";
        Rope rope = Rope.of(s);
        for (String needle :
                new String[] {"needle", "", "ab", "abcabc", "zz", "y" + "n", s, s + "x"}) {
            for (int from :
                    new int[] {-5, 0, 1, 3 * CHUNK, 3 * CHUNK + 1, s.length(), s.length() + 3}) {
                assertEquals(
                        s.indexOf(needle, from),
                        rope.indexOf(needle, from),
                        needle + " from " + from);
            }
            assertEquals(s.indexOf(needle), rope.indexOf(Rope.of(needle)));
        }
        assertEquals("aabaabaaa".indexOf("aabaaa"), Rope.of("aabaabaaa").indexOf("aabaaa"));
    }

    @Test
    void writeTo_appendsEveryChunk() throws Exception {
        String s = text(3 * CHUNK, "ab\u00e9") + text(CHUNK + 5, "\u4e00x");
        StringBuilder out = new StringBuilder("> ");
        Rope.of(s).writeTo(out);
        assertEquals("> " + s, out.toString());
    }

    @Test
    void writeTo_appendableWritingWhatItIsGiven_cannotChangeTheRope() throws Exception {
        String s = "\u4e00bc" + text(CHUNK, "x\u4e01");
        Rope rope = Rope.of(s);
        Rope shared = rope.substring(3, 3 + CHUNK);
        Appendable vandal =
                new Appendable() {
                    @Override
                    public Appendable append(CharSequence csq) {
                        if (csq instanceof java.nio.CharBuffer) {
                            java.nio.CharBuffer chars = (java.nio.CharBuffer) csq;
                            if (!chars.isReadOnly()) {
                                chars.put(0, '!');
                            }
                        }
                        return this;
                    }

                    @Override
                    public Appendable append(CharSequence csq, int start, int end) {
                        return append(csq.subSequence(start, end));
                    }

                    @Override
                    public Appendable append(char c) {
                        return this;
                    }
                };
        rope.writeTo(vandal);
        assertEquals(s, rope.toString());
        assertEquals(s.substring(3, 3 + CHUNK), shared.toString());
    }

    @Test
    void charsSpliterator_tryAdvanceOneAtATime_crossesChunksAndStopsAtTheFence() {
        StringBuilder model = new StringBuilder();
        Rope rope = editedRope(model);
        String s = model.toString();
        java.util.Spliterator.OfInt right = rope.chars().spliterator();
        StringBuilder seen = new StringBuilder();
        for (int k = 0; k < 3 * CHUNK + 7; k++) {
            assertTrue(right.tryAdvance((int c) -> seen.append((char) c)));
        }
        java.util.Spliterator.OfInt left = right.trySplit();
        int mid = (seen.length() + s.length()) >>> 1;
        assertEquals(mid - seen.length(), left.estimateSize());
        assertEquals(s.length() - mid, right.estimateSize());
        for (long n = left.estimateSize(); n > 0; n--) {
            assertTrue(left.tryAdvance((int c) -> seen.append((char) c)));
            assertEquals(n - 1, left.estimateSize());
        }
        assertFalse(
                left.tryAdvance((int c) -> seen.append('!')), "the left half ends at the fence");
        assertEquals(s.substring(0, mid), seen.toString());
        while (right.tryAdvance((int c) -> seen.append((char) c))) {
            assertEquals(s.length() - seen.length(), right.estimateSize());
        }
        assertEquals(s, seen.toString());
        right.forEachRemaining((int c) -> seen.append('!'));
        assertEquals(s, seen.toString());
    }

    @Test
    void charsSpliterator_splitsAtTheMiddle() {
        String s = text(4 * CHUNK, "abc\u4e00");
        Rope rope = Rope.of(s);
        java.util.Spliterator.OfInt right = rope.chars().spliterator();
        java.util.Spliterator.OfInt left = right.trySplit();
        assertEquals(2 * CHUNK, left.estimateSize());
        assertEquals(2 * CHUNK, right.estimateSize());
        StringBuilder seen = new StringBuilder();
        left.forEachRemaining((int c) -> seen.append((char) c));
        right.forEachRemaining((int c) -> seen.append((char) c));
        assertEquals(s, seen.toString());
        assertEquals(s.chars().sum(), rope.chars().parallel().sum());
    }
}
