package io.holstein.map;

import io.holstein.internal.Owner;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A CHAMP bitmap-indexed node: {@code dataMap} marks the slots holding a mapping inline, {@code
 * nodeMap} the slots holding a sub-node; {@code content} packs the inline mappings at the front, in
 * slot order, as {@code [k0, v0, k1, v1, ...]}, then the sub-nodes in slot order.
 *
 * <p>Canonical form: a sub-node always holds at least two mappings; a write that leaves a sub-node
 * with one mapping moves that mapping inline into the parent. The fields are mutable only for the
 * builder that owns the node ({@link #owner}); a node reachable from a built map is never written
 * again.
 */
final class BitmapNode extends ChampNode {

    static final BitmapNode EMPTY = new BitmapNode(null, 0, 0, new Object[0], 0);

    /** The builder allowed to write this node in place, or {@code null}. */
    private final Owner owner;

    private int dataMap;

    private int nodeMap;

    private Object[] content;

    private int size;

    BitmapNode(Owner owner, int dataMap, int nodeMap, Object[] content, int size) {
        this.owner = owner;
        this.dataMap = dataMap;
        this.nodeMap = nodeMap;
        this.content = content;
        this.size = size;
    }

    int dataMap() {
        return dataMap;
    }

    int nodeMap() {
        return nodeMap;
    }

    @Override
    int size() {
        return size;
    }

    @Override
    int payloadArity() {
        return Integer.bitCount(dataMap);
    }

    @Override
    int nodeArity() {
        return Integer.bitCount(nodeMap);
    }

    @Override
    Object[] iterationContent() {
        return content;
    }

    Object keyAt(int i) {
        return content[2 * i];
    }

    Object valueAt(int i) {
        return content[2 * i + 1];
    }

    ChampNode nodeAt(int i) {
        return (ChampNode) content[2 * payloadArity() + i];
    }

    private boolean ownedBy(Owner o) {
        return o != null && o == owner;
    }

    @Override
    Object singleKey() {
        return content[0];
    }

    @Override
    Object singleValue() {
        return content[1];
    }

    @Override
    Object find(Object key, int hash, int shift) {
        BitmapNode node = this;
        while (true) {
            int bit = bitposFrom(maskFrom(hash, shift));
            Object[] c = node.content;
            int dataMap = node.dataMap;
            if ((dataMap & bit) != 0) {
                int i = 2 * indexFrom(dataMap, bit);
                return keyMatches(c[i], key) ? c[i + 1] : Sentinel.NOT_FOUND;
            }
            int nodeMap = node.nodeMap;
            if ((nodeMap & bit) == 0) {
                return Sentinel.NOT_FOUND;
            }
            Object sub = c[c.length - indexFromEnd(nodeMap, bit)];
            shift += BITS;
            if (!(sub instanceof BitmapNode)) {
                return ((ChampNode) sub).find(key, hash, shift);
            }
            node = (BitmapNode) sub;
        }
    }

    // ------------------------------------------------------------------ writes

    @Override
    ChampNode put(Owner o, Object key, int hash, Object value, int shift) {
        int bit = bitposFrom(maskFrom(hash, shift));
        if ((dataMap & bit) != 0) {
            int i = 2 * indexFrom(dataMap, bit);
            Object k = content[i];
            if (keyMatches(k, key)) {
                if (content[i + 1] == value) {
                    return this;
                }
                if (ownedBy(o)) {
                    content[i + 1] = value;
                    return this;
                }
                Object[] c = content.clone();
                c[i + 1] = value;
                return new BitmapNode(o, dataMap, nodeMap, c, size);
            }
            ChampNode sub =
                    mergeTwo(o, k, spread(k), content[i + 1], key, hash, value, shift + BITS);
            return copyAndMigrateToNode(o, bit, i, sub);
        }
        if ((nodeMap & bit) != 0) {
            int j = content.length - indexFromEnd(nodeMap, bit);
            ChampNode sub = (ChampNode) content[j];
            int before = sub.size();
            ChampNode newSub = sub.put(o, key, hash, value, shift + BITS);
            return copyAndSetNode(o, j, sub, before, newSub);
        }
        return copyAndInsertValue(o, bit, key, value);
    }

    @Override
    ChampNode remove(Owner o, Object key, int hash, int shift) {
        int bit = bitposFrom(maskFrom(hash, shift));
        if ((dataMap & bit) != 0) {
            int i = 2 * indexFrom(dataMap, bit);
            if (!keyMatches(content[i], key)) {
                return this;
            }
            return copyAndRemoveValue(o, bit, i);
        }
        if ((nodeMap & bit) != 0) {
            int j = content.length - indexFromEnd(nodeMap, bit);
            ChampNode sub = (ChampNode) content[j];
            int before = sub.size();
            ChampNode newSub = sub.remove(o, key, hash, shift + BITS);
            if (newSub.size() == 1) {
                // Compaction: a sub-node of one mapping moves inline, keeping the shape canonical.
                return copyAndMigrateToInline(
                        o, bit, j, before, newSub.singleKey(), newSub.singleValue());
            }
            return copyAndSetNode(o, j, sub, before, newSub);
        }
        return this;
    }

    /**
     * Replaces the sub-node at {@code j}, or, if the sub-node changed in place, updates the size.
     */
    private ChampNode copyAndSetNode(Owner o, int j, ChampNode sub, int before, ChampNode newSub) {
        int delta = newSub.size() - before;
        if (newSub == sub) {
            if (delta == 0) {
                return this;
            }
            // Only a builder changes a node in place, and it owns every node on the path to it.
            assert ownedBy(o) : "a sub-node changed in place under a node its owner does not own";
            size += delta;
            return this;
        }
        if (ownedBy(o)) {
            content[j] = newSub;
            size += delta;
            return this;
        }
        Object[] c = content.clone();
        c[j] = newSub;
        return new BitmapNode(o, dataMap, nodeMap, c, size + delta);
    }

    private ChampNode copyAndInsertValue(Owner o, int bit, Object key, Object value) {
        int i = 2 * indexFrom(dataMap, bit);
        Object[] c = new Object[content.length + 2];
        System.arraycopy(content, 0, c, 0, i);
        c[i] = key;
        c[i + 1] = value;
        System.arraycopy(content, i, c, i + 2, content.length - i);
        return update(o, dataMap | bit, nodeMap, c, size + 1);
    }

    private ChampNode copyAndRemoveValue(Owner o, int bit, int i) {
        Object[] c = new Object[content.length - 2];
        System.arraycopy(content, 0, c, 0, i);
        System.arraycopy(content, i + 2, c, i, content.length - i - 2);
        return update(o, dataMap ^ bit, nodeMap, c, size - 1);
    }

    /** Replaces the inline mapping at {@code i} (slot {@code bit}) by {@code sub}. */
    private ChampNode copyAndMigrateToNode(Owner o, int bit, int i, ChampNode sub) {
        int newNodeMap = nodeMap | bit;
        int j = content.length - 2 - Integer.bitCount(nodeMap) + indexFrom(nodeMap, bit);
        Object[] c = new Object[content.length - 1];
        System.arraycopy(content, 0, c, 0, i);
        System.arraycopy(content, i + 2, c, i, j - i);
        c[j] = sub;
        System.arraycopy(content, j + 2, c, j + 1, content.length - j - 2);
        return update(o, dataMap ^ bit, newNodeMap, c, size + sub.size() - 1);
    }

    /** Replaces the sub-node at {@code j} (slot {@code bit}) by its one mapping, inline. */
    private ChampNode copyAndMigrateToInline(
            Owner o, int bit, int j, int removedSize, Object key, Object value) {
        int i = 2 * indexFrom(dataMap, bit);
        Object[] c = new Object[content.length + 1];
        System.arraycopy(content, 0, c, 0, i);
        c[i] = key;
        c[i + 1] = value;
        System.arraycopy(content, i, c, i + 2, j - i);
        System.arraycopy(content, j + 1, c, j + 2, content.length - j - 1);
        return update(o, dataMap | bit, nodeMap ^ bit, c, size - removedSize + 1);
    }

    private ChampNode update(Owner o, int newDataMap, int newNodeMap, Object[] c, int newSize) {
        if (ownedBy(o)) {
            dataMap = newDataMap;
            nodeMap = newNodeMap;
            content = c;
            size = newSize;
            return this;
        }
        return new BitmapNode(o, newDataMap, newNodeMap, c, newSize);
    }

    // ------------------------------------------------------------------ reads of whole subtrees

    /**
     * Visits the inline mappings, then each sub-node's subtree, in slot order: the order of {@link
     * ChampIterator}. A sub-node that is a leaf (inline mappings only, most nodes of a trie) is
     * visited in this loop rather than by a call: the JIT inlines only the first levels of a
     * recursion, so below them a call per node would remain.
     */
    @Override
    void forEach(BiConsumer<Object, Object> action) {
        Object[] c = content;
        int payload = 2 * payloadArity();
        acceptPairs(c, payload, action);
        for (int j = payload; j < c.length; j++) {
            if (c[j] instanceof BitmapNode b && b.nodeMap == 0) {
                Object[] leaf = b.content;
                acceptPairs(leaf, leaf.length, action);
            } else {
                ((ChampNode) c[j]).forEach(action);
            }
        }
    }

    @Override
    boolean equivalent(ChampNode other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof BitmapNode b)
                || b.size != size
                || b.dataMap != dataMap
                || b.nodeMap != nodeMap) {
            return false;
        }
        // Canonical form: equal contents put equal keys in equal slots and sub-nodes.
        int payload = 2 * payloadArity();
        for (int i = 0; i < payload; i += 2) {
            if (!Objects.equals(content[i], b.content[i])
                    || !Objects.equals(content[i + 1], b.content[i + 1])) {
                return false;
            }
        }
        for (int j = payload; j < content.length; j++) {
            if (!((ChampNode) content[j]).equivalent((ChampNode) b.content[j])) {
                return false;
            }
        }
        return true;
    }

    @Override
    boolean sameShape(ChampNode other) {
        if (!(other instanceof BitmapNode b)
                || b.size != size
                || b.dataMap != dataMap
                || b.nodeMap != nodeMap
                || b.content.length != content.length) {
            return false;
        }
        int payload = 2 * payloadArity();
        for (int i = 0; i < payload; i += 2) {
            if (!Objects.equals(content[i], b.content[i])) {
                return false;
            }
        }
        for (int j = payload; j < content.length; j++) {
            if (!((ChampNode) content[j]).sameShape((ChampNode) b.content[j])) {
                return false;
            }
        }
        return true;
    }

    @Override
    void checkInvariants(int shift, int prefix, boolean root) {
        int payload = payloadArity();
        int nodes = nodeArity();
        check((dataMap & nodeMap) == 0, "a slot is both inline and a sub-node");
        check(content.length == 2 * payload + nodes, "content length " + content.length);
        if (HASH_BITS - shift < BITS) {
            check(
                    ((dataMap | nodeMap) >>> (1 << (HASH_BITS - shift))) == 0,
                    "slot beyond the hash's bits");
        }
        int total = payload;
        for (int i = 0; i < payload; i++) {
            int h = spread(keyAt(i));
            check(lowBits(h, shift) == prefix, "key " + keyAt(i) + " under the wrong prefix");
            check(
                    indexFrom(dataMap, bitposFrom(maskFrom(h, shift))) == i
                            && (dataMap & bitposFrom(maskFrom(h, shift))) != 0,
                    "key " + keyAt(i) + " in the wrong slot");
        }
        int slot = 0;
        for (int j = 0; j < nodes; j++) {
            while ((nodeMap & (1 << slot)) == 0) {
                slot++;
            }
            ChampNode sub = nodeAt(j);
            check(sub.size() >= 2, "a sub-node of " + sub.size() + " mappings is not compacted");
            check(
                    sub instanceof BitmapNode
                            ? shift + BITS < HASH_BITS
                            : shift + BITS >= HASH_BITS,
                    "collision node at the wrong depth");
            sub.checkInvariants(shift + BITS, prefix | (slot << shift), false);
            total += sub.size();
            slot++;
        }
        check(total == size, "cached size " + size + ", counted " + total);
        check(root || size >= 2, "a non-root node of size " + size);
    }

    /** Checks a whole trie, whose root is always a bitmap node (see {@link #checkInvariants}). */
    static void checkTrie(ChampNode root) {
        check(root instanceof BitmapNode, "the root is not a bitmap node");
        root.checkInvariants(0, 0, true);
    }

    private static int lowBits(int h, int shift) {
        return shift >= HASH_BITS ? h : h & ((1 << shift) - 1);
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
