package io.holstein.map;

import io.holstein.internal.IterationKind;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Iterates a range of a CHAMP trie depth first: the inline mappings of a node (contiguous at the
 * front of its array), then its sub-nodes. Holds one frame per level, so it allocates nothing per
 * element beyond the element itself ({@link IterationKind#ENTRIES} allocates an immutable entry).
 *
 * @param <T> keys, values or entries, by {@link #kind}
 */
final class ChampIterator<T> implements Iterator<T> {

    /** Seven bitmap levels cover 32 hash bits, and a collision node may sit below them. */
    private static final int MAX_DEPTH =
            (ChampNode.HASH_BITS + ChampNode.BITS - 1) / ChampNode.BITS + 1;

    private final IterationKind kind;

    private final Object[][] contents = new Object[MAX_DEPTH][];

    /** Per frame: the position of the next sub-node to visit, and the end of the sub-nodes. */
    private final int[] nodeCursor = new int[MAX_DEPTH];

    private final int[] nodeEnd = new int[MAX_DEPTH];

    private int depth;

    private Object[] payload;

    private int payloadPos;

    private int payloadEnd;

    private int remaining;

    /** Iterates the whole subtree {@code node}. */
    ChampIterator(IterationKind kind, ChampNode node) {
        this.kind = kind;
        this.remaining = node.size();
        push(node);
    }

    /**
     * Iterates part of one node: the inline mappings at positions {@code [payFrom, payTo)} of
     * {@code content}, then the sub-nodes at {@code [nodeFrom, nodeTo)}, {@code size} mappings in
     * all.
     */
    ChampIterator(
            IterationKind kind,
            Object[] content,
            int payFrom,
            int payTo,
            int nodeFrom,
            int nodeTo,
            int size) {
        this.kind = kind;
        this.remaining = size;
        payload = content;
        payloadPos = payFrom;
        payloadEnd = payTo;
        contents[0] = content;
        nodeCursor[0] = nodeFrom;
        nodeEnd[0] = nodeTo;
        depth = 1;
    }

    private void push(ChampNode node) {
        Object[] content = node.iterationContent();
        int pay = 2 * node.payloadArity();
        payload = content;
        payloadPos = 0;
        payloadEnd = pay;
        contents[depth] = content;
        nodeCursor[depth] = pay;
        nodeEnd[depth] = pay + node.nodeArity();
        depth++;
    }

    @Override
    public boolean hasNext() {
        return remaining > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (remaining <= 0) {
            throw new NoSuchElementException();
        }
        while (payloadPos == payloadEnd) {
            int top = depth - 1;
            if (nodeCursor[top] < nodeEnd[top]) {
                push((ChampNode) contents[top][nodeCursor[top]++]);
            } else {
                contents[top] = null;
                depth--;
            }
        }
        Object key = payload[payloadPos];
        Object value = payload[payloadPos + 1];
        payloadPos += 2;
        remaining--;
        return (T)
                switch (kind) {
                    case KEYS -> key;
                    case VALUES -> value;
                    case ENTRIES -> new SimpleImmutableEntry<>(key, value);
                };
    }

    int remaining() {
        return remaining;
    }
}
