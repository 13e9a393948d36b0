package io.holstein.sorted;

import java.util.Arrays;

/**
 * A leaf of the B+-tree: up to {@link #FANOUT} entries, keys ascending in {@link #keys}, values in
 * the parallel {@link #values} array, which is null in a set's leaf (a set may also read a map's
 * leaves, whose values it ignores).
 */
final class TreeLeaf extends TreeNode {

    /** The values, parallel to the keys; null for a leaf that holds keys only. */
    Object[] values;

    TreeLeaf(Object[] keys, Object[] values, int n) {
        super(keys, n);
        this.values = values;
    }

    /** The root of every empty map: saturated, so that a writer copies it before writing. */
    static final TreeLeaf EMPTY_MAP = frozen(new TreeLeaf(new Object[0], new Object[0], 0));

    /** The root of every empty set. */
    static final TreeLeaf EMPTY_SET = frozen(new TreeLeaf(new Object[0], null, 0));

    private static TreeLeaf frozen(TreeLeaf leaf) {
        leaf.saturate();
        return leaf;
    }

    /** A new empty leaf with room for {@code capacity} entries, with values or keys only. */
    static TreeLeaf withRoom(int capacity, boolean valued) {
        return new TreeLeaf(new Object[capacity], valued ? new Object[capacity] : null, 0);
    }

    /** The value of entry {@code i}; null for a leaf without values. */
    Object value(int i) {
        return values == null ? null : values[i];
    }

    @Override
    int size() {
        return n;
    }

    @Override
    int sizeOfFirst(int count) {
        return count;
    }

    @Override
    int sizeOfLast(int count) {
        return count;
    }

    @Override
    Object firstKey() {
        return keys[0];
    }

    @Override
    TreeLeaf copy(int capacity) {
        return new TreeLeaf(
                Arrays.copyOf(keys, capacity),
                values == null ? null : Arrays.copyOf(values, capacity),
                n);
    }

    @Override
    void ensureCapacity(int capacity) {
        if (keys.length < capacity) {
            resize(capacity);
        }
    }

    @Override
    int capacity() {
        return keys.length;
    }

    @Override
    void resize(int capacity) {
        keys = Arrays.copyOf(keys, capacity);
        if (values != null) {
            values = Arrays.copyOf(values, capacity);
        }
    }

    @Override
    void retainChildren(int from, int to) {}

    /** A copy without entry {@code p}, with room for {@code capacity} entries. */
    TreeLeaf copyWithout(int p, int capacity) {
        TreeLeaf t = withRoom(capacity, values != null);
        t.appendFrom(this, 0, p, null);
        t.appendFrom(this, p + 1, n, null);
        return t;
    }

    /** A new leaf of exactly entries {@code [from, to)}. */
    TreeLeaf copyRange(int from, int to) {
        TreeLeaf t = withRoom(to - from, values != null);
        t.appendFrom(this, from, to, null);
        return t;
    }

    /** Inserts an entry at {@code p}; needs room. The value is dropped by a leaf without values. */
    void insert(int p, Object key, Object value) {
        move(keys, p, n, keys, p + 1);
        keys[p] = key;
        if (values != null) {
            move(values, p, n, values, p + 1);
            values[p] = value;
        }
        n++;
    }

    /** Removes entry {@code p}. */
    void delete(int p) {
        move(keys, p + 1, n, keys, p);
        keys[n - 1] = null;
        if (values != null) {
            move(values, p + 1, n, values, p);
            values[n - 1] = null;
        }
        n--;
    }

    @Override
    void appendFrom(TreeNode src, int from, int to, Object separator) {
        TreeLeaf s = (TreeLeaf) src;
        move(s.keys, from, to, keys, n);
        copyValues(s, from, to, n);
        n += to - from;
    }

    @Override
    void prependFrom(TreeNode src, int from, int to, Object separator) {
        TreeLeaf s = (TreeLeaf) src;
        int count = to - from;
        move(keys, 0, n, keys, count);
        move(s.keys, from, to, keys, 0);
        if (values != null) {
            move(values, 0, n, values, count);
        }
        copyValues(s, from, to, 0);
        n += count;
    }

    /** Copies the values of {@code s}'s entries {@code [from, to)} to {@code values[d, ...)}. */
    private void copyValues(TreeLeaf s, int from, int to, int d) {
        if (values == null) {
            return;
        }
        if (s.values != null) {
            move(s.values, from, to, values, d);
        } else {
            Arrays.fill(values, d, d + to - from, null);
        }
    }

    @Override
    void truncate(int count) {
        clear(keys, count, n);
        if (values != null) {
            clear(values, count, n);
        }
        n = count;
    }

    @Override
    void dropFirst(int count) {
        move(keys, count, n, keys, 0);
        clear(keys, n - count, n);
        if (values != null) {
            move(values, count, n, values, 0);
            clear(values, n - count, n);
        }
        n -= count;
    }

    @Override
    TreeLeaf splitOff(int from, int capacity) {
        TreeLeaf right = withRoom(capacity, values != null);
        right.appendFrom(this, from, n, null);
        truncate(from);
        return right;
    }
}
