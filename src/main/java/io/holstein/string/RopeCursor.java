package io.holstein.string;

import java.util.NoSuchElementException;
import java.util.function.IntConsumer;

/**
 * A forward cursor over a rope's chars that caches the current chunk's storage, so sequential reads
 * cost one array access per char and one short descent per chunk: {@code O(n)} for a whole pass
 * against {@code O(n log n)} for {@code charAt} in a loop.
 *
 * <p>It keeps the right subtrees still to visit on a stack as deep as the tree, so it never walks
 * from the root again after the first descent.
 */
final class RopeCursor {

    private final RopeNode[] pending;

    private int top;

    /** The current chunk's chars, in {@link CompactChars} storage. */
    private byte[] value;

    private byte coder;

    private int pos;

    private int end;

    private int remaining;

    /** A cursor at {@code index} of {@code root}, {@code 0 <= index <= length(root)}. */
    RopeCursor(RopeNode root, int index) {
        pending = new RopeNode[root == null ? 0 : root.height()];
        remaining = RopeTrees.length(root) - index;
        if (remaining > 0) {
            RopeNode node = root;
            while (node instanceof RopeBranch) {
                RopeBranch b = (RopeBranch) node;
                if (index < b.left.length) {
                    pending[top++] = b.right;
                    node = b.left;
                } else {
                    index -= b.left.length;
                    node = b.right;
                }
            }
            load((RopeChunk) node, index);
        }
    }

    boolean hasNext() {
        return remaining > 0;
    }

    /** The number of chars left. */
    int remaining() {
        return remaining;
    }

    char next() {
        if (remaining == 0) {
            throw new NoSuchElementException();
        }
        if (pos == end) {
            advance();
        }
        remaining--;
        return CompactChars.charAt(value, coder, pos++);
    }

    /** The next char without moving; there must be one. */
    char peek() {
        if (pos == end) {
            advance();
        }
        return CompactChars.charAt(value, coder, pos);
    }

    /**
     * Feeds {@code action} up to {@code max} chars, all from one chunk, and returns how many; at
     * least one if any are left and {@code max > 0}.
     */
    int forEachInChunk(IntConsumer action, int max) {
        if (remaining == 0 || max <= 0) {
            return 0;
        }
        if (pos == end) {
            advance();
        }
        int from = pos;
        int to = from + Math.min(max, end - from);
        byte[] v = value;
        byte c = coder;
        for (int i = from; i < to; i++) {
            action.accept(CompactChars.charAt(v, c, i));
        }
        int n = to - from;
        pos = to;
        remaining -= n;
        return n;
    }

    private void advance() {
        RopeNode node = pending[--top];
        while (node instanceof RopeBranch) {
            RopeBranch b = (RopeBranch) node;
            pending[top++] = b.right;
            node = b.left;
        }
        load((RopeChunk) node, 0);
    }

    private void load(RopeChunk chunk, int from) {
        value = chunk.value;
        coder = chunk.coder;
        pos = from;
        end = chunk.length;
    }
}
