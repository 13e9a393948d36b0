package io.holstein.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.PersistentSortedMap;
import io.holstein.list.CowArrayList;
import io.holstein.sorted.PersistentTreeMap;
import io.holstein.string.Rope;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The code of README.md, run: each example region is the body of one {@code java} block there
 * ({@link DocumentedExamplesTest} checks that they match), and the assertions after it check what
 * its comments claim.
 */
class ReadmeExamplesTest {

    @Test
    void tour() {
        // example: tour
        CowArrayList<String> mine = new CowArrayList<>(List.of("a", "b", "c"));
        CowArrayList<String> yours = mine.fork(); // O(1): both lists share one array
        boolean sharedAfterFork = mine.isShared(); // true: the next write to either one copies
        yours.set(0, "z"); // that first write copies, privately: mine stays [a, b, c]
        yours.add("d"); // later writes are in place: yours is [z, b, c, d]
        boolean sharedNow = mine.isShared(); // false: mine owns the old array alone again
        List<String> view = mine.subList(1, 3); // [b, c]: views follow their own list

        Rope text = Rope.of("All work and no play. ".repeat(100_000)); // copies once, O(n)
        Rope edited = text.insert(text.length() / 2, "!"); // O(log n): both versions stay valid
        Rope both = text.concat(edited); // O(log n): shares all but the chunks at the seam

        PersistentTreeMap<String, Integer> stock = PersistentTreeMap.of("apple", 3, "pear", 5);
        PersistentTreeMap<String, Integer> more = stock.with("fig", 7); // O(log n): stock unchanged
        PersistentSortedMap<String, Integer> early = more.headMap("g"); // a split, O(log n)
        int rank = more.indexOfKey("pear"); // 2: "apple" and "fig" come first
        // end of example

        assertEquals(List.of("a", "b", "c"), mine);
        assertEquals(List.of("z", "b", "c", "d"), yours);
        assertTrue(sharedAfterFork);
        assertFalse(sharedNow);
        assertFalse(yours.isShared());
        assertEquals(List.of("b", "c"), view);

        String original = "All work and no play. ".repeat(100_000);
        assertEquals(original, text.toString());
        assertEquals('!', edited.charAt(text.length() / 2));
        assertEquals(text.length() + 1, edited.length());
        assertEquals(original + edited, both.toString());

        assertEquals(Map.of("apple", 3, "pear", 5), stock);
        assertEquals(List.of("apple", "fig", "pear"), List.copyOf(more.keySet()));
        assertEquals(Map.of("apple", 3, "fig", 7), early);
        assertEquals(2, rank);
    }
}
