package io.holstein.map;

import io.holstein.internal.IterationKind;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * Splits a CHAMP trie on node boundaries: a range of one node's sub-nodes splits in half (sizes
 * exact from the cached subtree sizes, hence {@code SUBSIZED}); a range of one sub-node descends
 * into it; the inline mappings go with the first half. Traversal runs a {@link ChampIterator}.
 *
 * @param <T> keys, values or entries, by {@link #kind}
 */
final class ChampSpliterator<T> implements Spliterator<T> {

    private final IterationKind kind;

    private final int characteristics;

    private Object[] content;

    private int payFrom;

    private int payTo;

    private int nodeFrom;

    private int nodeTo;

    private int size;

    /** Created on the first traversal; no split after it. */
    private ChampIterator<T> iterator;

    ChampSpliterator(IterationKind kind, ChampNode root, int characteristics) {
        this.kind = kind;
        this.characteristics = characteristics | IMMUTABLE | SIZED | SUBSIZED;
        setNode(root);
    }

    /**
     * The prefix that {@link #trySplit} cuts off {@code rest}: {@code rest}'s node from where its
     * range starts, up to {@code payTo} and {@code nodeTo}, with {@code size} mappings.
     */
    private ChampSpliterator(ChampSpliterator<T> rest, int payTo, int nodeTo, int size) {
        this.kind = rest.kind;
        this.characteristics = rest.characteristics;
        this.content = rest.content;
        this.payFrom = rest.payFrom;
        this.payTo = payTo;
        this.nodeFrom = rest.nodeFrom;
        this.nodeTo = nodeTo;
        this.size = size;
    }

    private void setNode(ChampNode node) {
        content = node.iterationContent();
        payFrom = 0;
        payTo = 2 * node.payloadArity();
        nodeFrom = payTo;
        nodeTo = payTo + node.nodeArity();
        size = node.size();
    }

    private int sizeOfNodes(int from, int to) {
        int n = 0;
        for (int j = from; j < to; j++) {
            n += ((ChampNode) content[j]).size();
        }
        return n;
    }

    @Override
    public Spliterator<T> trySplit() {
        if (iterator != null) {
            return null;
        }
        while (nodeTo - nodeFrom == 1 && payFrom == payTo) {
            setNode((ChampNode) content[nodeFrom]);
        }
        int nodes = nodeTo - nodeFrom;
        if (nodes >= 2) {
            int mid = nodeFrom + nodes / 2;
            int prefixSize = (payTo - payFrom) / 2 + sizeOfNodes(nodeFrom, mid);
            Spliterator<T> prefix = new ChampSpliterator<>(this, payTo, mid, prefixSize);
            payFrom = payTo;
            nodeFrom = mid;
            size -= prefixSize;
            return prefix;
        }
        if (nodes == 1) {
            int prefixSize = (payTo - payFrom) / 2;
            Spliterator<T> prefix = new ChampSpliterator<>(this, payTo, nodeFrom, prefixSize);
            setNode((ChampNode) content[nodeFrom]);
            return prefix;
        }
        int pairs = (payTo - payFrom) / 2;
        if (pairs < 2) {
            return null;
        }
        int mid = payFrom + 2 * (pairs / 2);
        Spliterator<T> prefix = new ChampSpliterator<>(this, mid, nodeFrom, pairs / 2);
        payFrom = mid;
        size -= pairs / 2;
        return prefix;
    }

    private ChampIterator<T> iterator() {
        if (iterator == null) {
            iterator = new ChampIterator<>(kind, content, payFrom, payTo, nodeFrom, nodeTo, size);
        }
        return iterator;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        ChampIterator<T> it = iterator();
        if (!it.hasNext()) {
            return false;
        }
        action.accept(it.next());
        return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super T> action) {
        ChampIterator<T> it = iterator();
        while (it.hasNext()) {
            action.accept(it.next());
        }
    }

    @Override
    public long estimateSize() {
        return iterator == null ? size : iterator.remaining();
    }

    @Override
    public int characteristics() {
        return characteristics;
    }
}
