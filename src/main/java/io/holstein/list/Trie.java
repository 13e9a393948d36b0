package io.holstein.list;

/**
 * A trie with its height and element count: what the trie algorithms take and return. A leaf
 * ({@code Object[]}) has height 0; a branch ({@code Object[]} too, see {@link Branch}) of height
 * {@code h} has children of height {@code h - 1}. The empty trie is the empty leaf.
 */
final class Trie {

    static final Object[] EMPTY_LEAF = {};

    static final Trie EMPTY = new Trie(EMPTY_LEAF, 0, 0);

    final Object root;
    final int height;
    final int size;

    Trie(Object root, int height, int size) {
        this.root = root;
        this.height = height;
        this.size = size;
    }

    static Trie leaf(Object[] leaf) {
        return leaf.length == 0 ? EMPTY : new Trie(leaf, 0, leaf.length);
    }
}
