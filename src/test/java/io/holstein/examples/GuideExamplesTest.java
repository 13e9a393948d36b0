package io.holstein.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.PersistentSortedMap;
import io.holstein.concurrent.SnapshotHashMap;
import io.holstein.list.CowArrayList;
import io.holstein.list.PersistentVector;
import io.holstein.map.PersistentHashMap;
import io.holstein.sorted.PersistentTreeMap;
import io.holstein.string.Rope;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The code of docs/guide.md, run: each example region is the body of one {@code java} block there
 * ({@link DocumentedExamplesTest} checks that they match), and the assertions after it check what
 * its comments claim.
 */
class GuideExamplesTest {

    @Test
    void defensiveCopies() {
        // example: defensiveCopies
        CowArrayList<String> tracks = new CowArrayList<>(List.of("intro", "verse", "chorus"));

        // A getter that returned new ArrayList<>(tracks) returns a fork: O(1) at any size.
        List<String> handedOut = tracks.fork();

        handedOut.add("bonus"); // the caller's first write copies the array, once
        tracks.set(0, "overture"); // the owner writes in place; the caller never sees it
        // tracks: [overture, verse, chorus]; handedOut: [intro, verse, chorus, bonus]
        // end of example

        assertEquals(List.of("overture", "verse", "chorus"), tracks);
        assertEquals(List.of("intro", "verse", "chorus", "bonus"), handedOut);
        assertFalse(tracks.isShared());
        assertFalse(((CowArrayList<String>) handedOut).isShared());
    }

    @Test
    void undoHistory() {
        // example: undoHistory
        PersistentVector<String> shapes = PersistentVector.of("circle", "square");
        Deque<PersistentVector<String>> undo = new ArrayDeque<>();

        undo.push(shapes);
        shapes = shapes.append("triangle"); // amortized O(1); the old version is untouched
        undo.push(shapes);
        shapes = shapes.with(0, "ellipse"); // copies one path of the trie, shares the rest
        undo.push(shapes);
        shapes = shapes.removeAt(1); // [ellipse, triangle]

        shapes = undo.pop(); // undo: [ellipse, square, triangle]
        shapes = undo.pop(); // undo again: [circle, square, triangle]
        // undo.peek(): [circle, square], the first version, still intact
        // end of example

        assertEquals(List.of("circle", "square", "triangle"), shapes);
        assertEquals(1, undo.size());
        assertEquals(List.of("circle", "square"), undo.peek());
    }

    @Test
    void versionedConfiguration() {
        // example: versionedConfiguration
        List<PersistentHashMap<String, String>> versions = new ArrayList<>();
        PersistentHashMap<String, String> config =
                PersistentHashMap.of("host", "localhost", "port", "8080");
        versions.add(config);

        config = config.with("port", "9090").with("tls", "on"); // each copies one path
        versions.add(config);
        config = config.without("host");
        versions.add(config);

        PersistentHashMap<String, String> first = versions.get(0); // {host=localhost, port=8080}
        PersistentHashMap<String, String> same = config.with("tls", "on"); // no change: config
        boolean changed = !versions.get(1).equals(config); // true; equals skips shared nodes

        // A batch of writes goes through a builder, which edits its own nodes in place.
        PersistentHashMap<String, String> loaded =
                config.toBuilder().put("timeout", "30s").put("retries", "3").build();
        // end of example

        assertEquals(Map.of("host", "localhost", "port", "8080"), first);
        assertSame(config, same);
        assertTrue(changed);
        assertEquals(Map.of("port", "9090", "tls", "on"), config);
        assertEquals(Map.of("port", "9090", "tls", "on", "timeout", "30s", "retries", "3"), loaded);
        assertEquals(3, versions.size());
    }

    @Test
    void editorBuffer() throws Exception {
        // example: editorBuffer
        Rope.Builder loading = Rope.builder(); // amortized O(1) per appended char
        for (String line : List.of("first line", "second line", "third line")) {
            loading.append(line).append('\n');
        }
        Rope buffer = loading.build();
        Deque<Rope> undo = new ArrayDeque<>();

        undo.push(buffer);
        buffer = buffer.insert(buffer.indexOf("second"), "the "); // O(log n) + the insert
        undo.push(buffer);
        buffer = buffer.replace(0, 5, "1st"); // "1st line\nthe second line\nthird line\n"
        Rope selection = buffer.substring(0, 8); // "1st line", sharing chunks

        StringWriter saved = new StringWriter();
        buffer.writeTo(saved); // writes chunk by chunk, without one large String
        buffer = undo.pop(); // undo the replace: "first line\nthe second line\n..."
        // end of example

        assertEquals("first line\nthe second line\nthird line\n", buffer.toString());
        assertEquals("1st line", selection.toString());
        assertEquals("1st line\nthe second line\nthird line\n", saved.toString());
        assertEquals("first line\nsecond line\nthird line\n", undo.peek().toString());
    }

    @Test
    void sharedRegistry() {
        // example: sharedRegistry
        SnapshotHashMap<String, String> registry = new SnapshotHashMap<>();
        List.of("billing", "search", "mail", "search").parallelStream()
                .forEach(name -> registry.putIfAbsent(name, "http://" + name + ".internal"));
        // three entries, from threads of the common pool; lock-free reads

        PersistentHashMap<String, String> seen = registry.snapshot(); // O(1), never changes
        registry.update(m -> m.without("mail").with("chat", "http://chat.internal")); // atomic
        // seen: billing, search, mail; registry: billing, search, chat
        // end of example

        assertEquals(
                Map.of(
                        "billing", "http://billing.internal",
                        "search", "http://search.internal",
                        "mail", "http://mail.internal"),
                seen);
        assertEquals(
                Map.of(
                        "billing", "http://billing.internal",
                        "search", "http://search.internal",
                        "chat", "http://chat.internal"),
                registry);
        assertNotEquals(seen, registry);
    }

    @Test
    void sortedTimeline() {
        // example: sortedTimeline
        PersistentTreeMap<Integer, String> timeline =
                PersistentTreeMap.of(10, "start", 20, "pause", 30, "stop");
        PersistentTreeMap<Integer, String> edited =
                timeline.with(25, "resume"); // timeline unchanged
        Integer before = edited.floorKey(27); // 25
        int rank = edited.indexOfKey(30); // 3: the fourth key in order
        Integer third = edited.keyAt(2); // 25
        PersistentSortedMap<Integer, String> early = edited.headMap(25); // {10=start, 20=pause}
        PersistentSortedMap<Integer, String> rejoined =
                early.concat(edited.tailMap(25)); // O(log n)
        // end of example

        assertEquals(Map.of(10, "start", 20, "pause", 30, "stop"), timeline);
        assertEquals(25, before);
        assertEquals(3, rank);
        assertEquals(25, third);
        assertEquals(Map.of(10, "start", 20, "pause"), early);
        assertEquals(edited, rejoined);
    }
}
