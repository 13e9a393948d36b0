package io.holstein.map;

import java.util.Objects;

/**
 * The union of two CHAMP tries, node by node, the second operand's mappings winning where both hold
 * a key: slots only one side uses are taken as they are (shared sub-trees stay shared), sub-trees
 * met on both sides are merged recursively, and a subtree whose union equals an operand's (values
 * {@code ==}) is that operand's node itself, so the caller can return an operand unchanged when the
 * whole union equals it.
 */
final class ChampUnion {

    private ChampUnion() {}

    /**
     * Returns the union of {@code a} and {@code b}, two subtrees at {@code shift}; {@code a} if it
     * equals both.
     */
    static ChampNode union(ChampNode a, ChampNode b, int shift) {
        if (a == b || b.size() == 0) {
            return a;
        }
        if (a.size() == 0) {
            return b;
        }
        if (a instanceof BitmapNode x && b instanceof BitmapNode y) {
            return unionBitmaps(x, y, shift);
        }
        return foldInto(a, b, shift);
    }

    /**
     * Whether a union result {@code merged} of {@code a} and {@code b} equals {@code b}: it is
     * {@code b}, or it is {@code a} (so {@code b} added nothing and its values were already there)
     * and {@code b} has as many mappings.
     */
    private static boolean equalsSecond(ChampNode merged, ChampNode a, ChampNode b) {
        return merged == b || merged == a && a.size() == b.size();
    }

    /** Puts the mappings of {@code b} into {@code a} one by one (collision nodes). */
    private static ChampNode foldInto(ChampNode a, ChampNode b, int shift) {
        ChampNode r = a;
        Object[] pairs = b.iterationContent();
        for (int i = 0; i < 2 * b.payloadArity(); i += 2) {
            r = r.put(null, pairs[i], ChampNode.spread(pairs[i]), pairs[i + 1], shift);
        }
        // Every key of a is among b's, whose mappings won: the result is b.
        return r != a && r.size() == b.size() ? b : r;
    }

    private static ChampNode unionBitmaps(BitmapNode a, BitmapNode b, int shift) {
        int aData = a.dataMap();
        int aNodes = a.nodeMap();
        int bData = b.dataMap();
        int bNodes = b.nodeMap();
        int all = aData | aNodes | bData | bNodes;
        int slots = Integer.bitCount(all);
        int dataMap = 0;
        int nodeMap = 0;
        Object[] entries = new Object[2 * slots];
        ChampNode[] nodes = new ChampNode[slots];
        int e = 0;
        int n = 0;
        int size = 0;
        boolean sameAsA = true;
        boolean sameAsB = true;
        int next = shift + ChampNode.BITS;
        for (int rest = all; rest != 0; rest &= rest - 1) {
            int bit = Integer.lowestOneBit(rest);
            boolean inA = (aData & bit) != 0;
            boolean inB = (bData & bit) != 0;
            if (inA && inB) {
                int i = ChampNode.indexFrom(aData, bit);
                int j = ChampNode.indexFrom(bData, bit);
                Object ak = a.keyAt(i);
                Object bk = b.keyAt(j);
                Object av = a.valueAt(i);
                Object bv = b.valueAt(j);
                if (Objects.equals(ak, bk)) {
                    entries[e++] = bk;
                    entries[e++] = bv;
                    dataMap |= bit;
                    size++;
                    sameAsA &= av == bv;
                } else {
                    nodes[n++] =
                            ChampNode.mergeTwo(
                                    null,
                                    ak,
                                    ChampNode.spread(ak),
                                    av,
                                    bk,
                                    ChampNode.spread(bk),
                                    bv,
                                    next);
                    nodeMap |= bit;
                    size += 2;
                    sameAsA = false;
                    sameAsB = false;
                }
            } else if (inA || inB) {
                BitmapNode holder = inA ? a : b;
                int i = ChampNode.indexFrom(holder.dataMap(), bit);
                Object k = holder.keyAt(i);
                Object v = holder.valueAt(i);
                int otherNodes = inA ? bNodes : aNodes;
                if ((otherNodes & bit) != 0) {
                    // An entry of one side against a sub-node of the other.
                    ChampNode sub = (inA ? b : a).nodeAt(ChampNode.indexFrom(otherNodes, bit));
                    int h = ChampNode.spread(k);
                    ChampNode merged;
                    if (inA) {
                        // b's sub-node wins over a's entry if it holds the key.
                        merged =
                                sub.find(k, h, next) == Sentinel.NOT_FOUND
                                        ? sub.put(null, k, h, v, next)
                                        : sub;
                        sameAsA = false;
                        sameAsB &= merged == sub;
                    } else {
                        merged = sub.put(null, k, h, v, next);
                        sameAsA &= merged == sub;
                        sameAsB = false;
                    }
                    nodes[n++] = merged;
                    nodeMap |= bit;
                    size += merged.size();
                } else {
                    entries[e++] = k;
                    entries[e++] = v;
                    dataMap |= bit;
                    size++;
                    sameAsA &= inA;
                    sameAsB &= inB;
                }
            } else {
                ChampNode an =
                        (aNodes & bit) != 0 ? a.nodeAt(ChampNode.indexFrom(aNodes, bit)) : null;
                ChampNode bn =
                        (bNodes & bit) != 0 ? b.nodeAt(ChampNode.indexFrom(bNodes, bit)) : null;
                ChampNode merged = an == null ? bn : bn == null ? an : union(an, bn, next);
                nodes[n++] = merged;
                nodeMap |= bit;
                size += merged.size();
                sameAsA &= merged == an;
                sameAsB &= bn != null && (an == null ? merged == bn : equalsSecond(merged, an, bn));
            }
        }
        if (sameAsA) {
            return a;
        }
        if (sameAsB) {
            return b;
        }
        Object[] content = new Object[e + n];
        System.arraycopy(entries, 0, content, 0, e);
        System.arraycopy(nodes, 0, content, e, n);
        return new BitmapNode(null, dataMap, nodeMap, content, size);
    }
}
