package io.holstein.string;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The chunks of a rope's tree in order, from the one that holds a given index: the leaf walk that
 * every sequential read is built on. It keeps the path from the root to the current chunk (a branch
 * and a child index per level), so moving to the next chunk climbs only as far as the first branch
 * with a child left and descends from there: a whole walk visits each branch once, {@code O(k)} for
 * {@code k} chunks, after one descent of {@code O(log n)}.
 */
final class RopeChunkWalk implements Iterator<RopeChunk> {

    /** {@code path[d]}: the branch at depth {@code d} above the chunk last returned. */
    private final RopeBranch[] path;

    /** {@code slot[d]}: the index in {@code path[d]} of the child the walk is in. */
    private final int[] slot;

    /** The chunk {@link #next()} returns, {@code null} after the last. */
    private RopeChunk next;

    /** The index, within the first chunk returned, of the index the walk started from. */
    final int offset;

    /**
     * A walk from the chunk that holds char {@code index} of {@code root}, {@code 0 <= index <=
     * length(root)}; an empty walk if {@code index == length(root)}.
     */
    RopeChunkWalk(RopeNode root, int index) {
        int height = root == null ? 0 : root.height();
        path = new RopeBranch[height];
        slot = new int[height];
        if (index == RopeTrees.length(root)) {
            offset = 0;
            return;
        }
        RopeNode node = root;
        for (int d = 0; d < height; d++) {
            RopeBranch b = (RopeBranch) node;
            int i = b.childAt(index);
            index -= b.startOf(i);
            path[d] = b;
            slot[d] = i;
            node = b.children[i];
        }
        next = (RopeChunk) node;
        offset = index;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public RopeChunk next() {
        RopeChunk chunk = next;
        if (chunk == null) {
            throw new NoSuchElementException();
        }
        next = following();
        return chunk;
    }

    /** The chunk after the one at the end of the path, or {@code null} if that was the last. */
    private RopeChunk following() {
        int d = path.length - 1;
        while (d >= 0 && slot[d] == path[d].count() - 1) {
            d--;
        }
        if (d < 0) {
            return null;
        }
        RopeNode node = path[d].children[++slot[d]];
        for (d++; d < path.length; d++) {
            RopeBranch b = (RopeBranch) node;
            path[d] = b;
            slot[d] = 0;
            node = b.children[0];
        }
        return (RopeChunk) node;
    }
}
