package io.holstein.sorted;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sharing invariant of the B+-tree, as test code: no node that a writer may write in place is
 * reachable from any other holder (another map or set, a persistent version), and nodes that others
 * hold are never written in place.
 *
 * <p>A writer writes in place exactly the nodes reached from its root through a chain of nodes of
 * count 1, the root included ({@link #writable}); {@link #assertNoSharedWritable} checks that no
 * other holder reaches one of them. {@link Contents} records every node a holder reaches, with what
 * it holds, so that a test can check after other holders wrote that none of those nodes changed.
 */
final class TreeSharing {

    private TreeSharing() {}

    /** Every node reachable from {@code root}, by identity. */
    static Set<TreeNode> nodes(TreeNode root) {
        Set<TreeNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(root, seen);
        return seen;
    }

    private static void collect(TreeNode node, Set<TreeNode> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof TreeBranch b) {
            for (int i = 0; i < b.n; i++) {
                collect(b.children[i], seen);
            }
        }
    }

    /**
     * The nodes a writer whose root is {@code root} writes in place: those reached through a chain
     * of count-1 nodes from a count-1 root.
     */
    static Set<TreeNode> writable(TreeNode root) {
        Set<TreeNode> owned = Collections.newSetFromMap(new IdentityHashMap<>());
        if (root.get() == 1) {
            collectOwned(root, owned);
        }
        return owned;
    }

    private static void collectOwned(TreeNode node, Set<TreeNode> owned) {
        owned.add(node);
        if (node instanceof TreeBranch b) {
            for (int i = 0; i < b.n; i++) {
                if (b.children[i].get() == 1) {
                    collectOwned(b.children[i], owned);
                }
            }
        }
    }

    /**
     * Checks that no node one holder may write in place is reachable from another: {@code writers}
     * are the roots of maps and sets (which write), {@code readers} those of persistent versions
     * (which never write, and whose roots are frozen). Two holders of one root share it, so neither
     * may write it in place.
     *
     * @throws AssertionError naming the holders that share a writable node
     */
    static void assertNoSharedWritable(List<TreeNode> writers, List<TreeNode> readers) {
        List<TreeNode> all = new ArrayList<>(writers);
        all.addAll(readers);
        for (int i = 0; i < writers.size(); i++) {
            Set<TreeNode> owned = writable(writers.get(i));
            if (owned.isEmpty()) {
                continue;
            }
            for (int j = 0; j < all.size(); j++) {
                if (j == i) {
                    continue;
                }
                for (TreeNode n : nodes(all.get(j))) {
                    if (owned.contains(n)) {
                        throw new AssertionError(
                                "holder "
                                        + i
                                        + " may write in place a node that holder "
                                        + j
                                        + " reaches (count "
                                        + n.get()
                                        + ")");
                    }
                }
            }
        }
        for (TreeNode r : readers) {
            if (r.get() != io.holstein.internal.RefCounted.SATURATED && r.n > 0) {
                throw new AssertionError("a persistent root that is not frozen: " + r.get());
            }
        }
    }

    /** What every node reachable from a root held when recorded. */
    static final class Contents {

        private final Map<TreeNode, List<Object>> held = new IdentityHashMap<>();

        Contents(TreeNode root) {
            for (TreeNode n : nodes(root)) {
                held.put(n, contentsOf(n));
            }
        }

        /** Checks that no recorded node changed since. */
        void assertUnchanged() {
            held.forEach(
                    (node, before) ->
                            assertEquals(before, contentsOf(node), "a shared node was written"));
        }

        private static List<Object> contentsOf(TreeNode node) {
            List<Object> c = new ArrayList<>();
            c.add(node.n);
            c.add(Arrays.asList(Arrays.copyOf(node.keys, node.n)));
            if (node instanceof TreeLeaf leaf) {
                if (leaf.values != null) {
                    c.add(Arrays.asList(Arrays.copyOf(leaf.values, leaf.n)));
                }
            } else {
                TreeBranch b = (TreeBranch) node;
                List<Object> children = new ArrayList<>();
                for (int i = 0; i < b.n; i++) {
                    // Nodes compare by identity: a child replaced by an equal copy is a write.
                    children.add(b.children[i]);
                    children.add(b.sizes[i]);
                }
                c.add(children);
            }
            return c;
        }
    }
}
