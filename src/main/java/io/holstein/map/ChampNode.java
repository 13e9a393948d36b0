package io.holstein.map;

import io.holstein.internal.Owner;
import java.util.function.BiConsumer;

/**
 * A node of the CHAMP trie behind {@link PersistentHashMap} and {@link PersistentHashSet}: a {@link
 * BitmapNode} for a range of hash prefixes, or a {@link CollisionNode} for keys whose spread hashes
 * are equal in all their bits.
 *
 * <p>Every write method takes an {@link Owner}: {@code null} for a persistent write, which copies
 * whatever it changes; a builder's token for a builder write, which changes in place the nodes
 * stamped with that token and stamps the copies it makes. Both paths run the same code.
 */
abstract class ChampNode {

    /** Hash bits consumed per level. */
    static final int BITS = 5;

    /** Slots per bitmap node. */
    static final int WIDTH = 1 << BITS;

    /** Mask of one level's fragment. */
    static final int MASK = WIDTH - 1;

    /** Bits in a hash: at this shift all of them are consumed and keys collide fully. */
    static final int HASH_BITS = Integer.SIZE;

    /**
     * Spreads a user hash code so that keys differing only in high bits part early in the trie. A
     * bijection (odd multiply, then xor-shift), so full collisions stay exactly those of the user's
     * hash codes and no new ones appear.
     */
    static int spread(Object key) {
        int h = key == null ? 0 : key.hashCode();
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * Whether stored key {@code stored} is {@code key}: identity first, then {@code stored.equals}.
     * Written out rather than calling {@code Objects.equals}: a call's type profile belongs to the
     * method that holds it, and {@code Objects.equals} serves every caller in the JVM, so once
     * other code compares other classes there, its {@code equals} is a virtual call the JIT never
     * inlines, paid on every lookup. This method's profile sees only the keys of hash tries.
     */
    static boolean keyMatches(Object stored, Object key) {
        return stored == key || (stored != null && stored.equals(key));
    }

    static int maskFrom(int hash, int shift) {
        return (hash >>> shift) & MASK;
    }

    static int bitposFrom(int mask) {
        return 1 << mask;
    }

    static int indexFrom(int bitmap, int bitpos) {
        return Integer.bitCount(bitmap & (bitpos - 1));
    }

    /**
     * The number of slots of {@code bitmap} at or above {@code bitpos}: where the sub-node of slot
     * {@code bitpos} sits counted back from the end of a node's content, which keeps its sub-nodes
     * last in slot order. One population count, where {@code bitCount(bitmap) - indexFrom(...)}
     * takes two.
     */
    static int indexFromEnd(int bitmap, int bitpos) {
        return Integer.bitCount(bitmap & -bitpos);
    }

    /** Passes the mappings {@code [k0, v0, k1, v1, ...]} before {@code end} to {@code action}. */
    static void acceptPairs(Object[] pairs, int end, BiConsumer<Object, Object> action) {
        for (int i = 0; i < end; i += 2) {
            action.accept(pairs[i], pairs[i + 1]);
        }
    }

    /** The number of mappings in this subtree, cached. O(1). */
    abstract int size();

    /** The value of {@code key}, or {@link Sentinel#NOT_FOUND}. */
    abstract Object find(Object key, int hash, int shift);

    /** This subtree with {@code key} mapped to {@code value}; {@code this} if nothing changed. */
    abstract ChampNode put(Owner owner, Object key, int hash, Object value, int shift);

    /**
     * This subtree without {@code key}; {@code this} if it was absent. May return a node of size 1.
     */
    abstract ChampNode remove(Owner owner, Object key, int hash, int shift);

    /** The key of a node of size 1. */
    abstract Object singleKey();

    /** The value of a node of size 1. */
    abstract Object singleValue();

    /** Calls {@code action} for every mapping, allocating nothing per mapping. */
    abstract void forEach(BiConsumer<Object, Object> action);

    /** The inline mappings as {@code [k0, v0, k1, v1, ...]} at the front, sub-nodes after them. */
    abstract Object[] iterationContent();

    /** The number of inline mappings in {@link #iterationContent()}. */
    abstract int payloadArity();

    /** The number of sub-nodes in {@link #iterationContent()}. */
    abstract int nodeArity();

    /**
     * Whether this subtree holds exactly the mappings of {@code other}, which sits at the same
     * depth.
     */
    abstract boolean equivalent(ChampNode other);

    /**
     * Whether this subtree has the same shape as {@code other}: same bitmaps, same keys in the same
     * slots, same sub-node shapes (a collision node's keys as a set).
     */
    abstract boolean sameShape(ChampNode other);

    /**
     * Checks sizes, bitmaps, compaction and hash prefixes; {@code prefix} holds the hash bits below
     * {@code shift}.
     */
    abstract void checkInvariants(int shift, int prefix, boolean root);

    /** Builds the smallest subtree at {@code shift} that holds two mappings of distinct keys. */
    static ChampNode mergeTwo(
            Owner owner, Object k0, int h0, Object v0, Object k1, int h1, Object v1, int shift) {
        if (shift >= HASH_BITS) {
            return CollisionNode.of(h0, k0, v0, k1, v1);
        }
        int m0 = maskFrom(h0, shift);
        int m1 = maskFrom(h1, shift);
        if (m0 == m1) {
            ChampNode sub = mergeTwo(owner, k0, h0, v0, k1, h1, v1, shift + BITS);
            return new BitmapNode(owner, 0, bitposFrom(m0), new Object[] {sub}, 2);
        }
        Object[] content = m0 < m1 ? new Object[] {k0, v0, k1, v1} : new Object[] {k1, v1, k0, v0};
        return new BitmapNode(owner, bitposFrom(m0) | bitposFrom(m1), 0, content, 2);
    }
}
