package io.holstein.map;

import io.holstein.internal.Owner;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The mappings of keys whose spread hashes are equal in all 32 bits, below the trie's last level:
 * that hash and a {@link CollisionMappings}, the collision structure {@link CowHashMap}'s buckets
 * hold too (flat, or past {@link CollisionMappings#FLAT_MAX} keys of one {@code Comparable} class a
 * tree ordered by {@code compareTo}), so that many keys with one hash code cannot make the map
 * quadratic.
 *
 * <p>Persistent only: builders copy collision nodes like any persistent write (O(log k) in a tree,
 * O(k) flat), which keeps this class simple and costs nothing on ordinary keys.
 */
final class CollisionNode extends ChampNode {

    private final int hash;

    private final CollisionMappings mappings;

    private CollisionNode(int hash, CollisionMappings mappings) {
        this.hash = hash;
        this.mappings = mappings;
    }

    static CollisionNode of(int hash, Object k0, Object v0, Object k1, Object v1) {
        return new CollisionNode(hash, CollisionMappings.of(new Object[] {k0, v0, k1, v1}));
    }

    /** Whether the mappings are a tree, for tests. */
    boolean isTree() {
        return mappings.isTree();
    }

    /** This node, or a node of {@code m} if the mappings changed. */
    private CollisionNode withMappings(CollisionMappings m) {
        return m == mappings ? this : new CollisionNode(hash, m);
    }

    @Override
    int size() {
        return mappings.size();
    }

    @Override
    int payloadArity() {
        return mappings.size();
    }

    @Override
    int nodeArity() {
        return 0;
    }

    @Override
    Object[] iterationContent() {
        return mappings.pairs();
    }

    @Override
    Object singleKey() {
        return iterationContent()[0];
    }

    @Override
    Object singleValue() {
        return iterationContent()[1];
    }

    @Override
    Object find(Object key, int hash, int shift) {
        return hash == this.hash ? mappings.find(key) : Sentinel.NOT_FOUND;
    }

    @Override
    ChampNode put(Owner owner, Object key, int hash, Object value, int shift) {
        assert hash == this.hash;
        return withMappings(mappings.with(key, value));
    }

    @Override
    ChampNode remove(Owner owner, Object key, int hash, int shift) {
        return hash == this.hash ? withMappings(mappings.without(key)) : this;
    }

    @Override
    void forEach(BiConsumer<Object, Object> action) {
        mappings.forEach(action);
    }

    @Override
    boolean equivalent(ChampNode other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof CollisionNode c) || c.hash != hash || c.size() != size()) {
            return false;
        }
        Object[] mine = iterationContent();
        for (int i = 0; i < mine.length; i += 2) {
            Object v = c.find(mine[i], hash, HASH_BITS);
            if (v == Sentinel.NOT_FOUND || !Objects.equals(v, mine[i + 1])) {
                return false;
            }
        }
        return true;
    }

    @Override
    boolean sameShape(ChampNode other) {
        if (!(other instanceof CollisionNode c) || c.hash != hash || c.size() != size()) {
            return false;
        }
        Object[] mine = iterationContent();
        for (int i = 0; i < mine.length; i += 2) {
            if (c.find(mine[i], hash, HASH_BITS) == Sentinel.NOT_FOUND) {
                return false;
            }
        }
        return true;
    }

    @Override
    void checkInvariants(int shift, int prefix, boolean root) {
        BitmapNode.check(!root && size() >= 2, "collision node of size " + size());
        BitmapNode.check(hash == prefix, "collision node under the wrong prefix");
        mappings.checkInvariants();
        Object[] pairs = iterationContent();
        for (int i = 0; i < pairs.length; i += 2) {
            BitmapNode.check(spread(pairs[i]) == hash, "key " + pairs[i] + " of another hash");
        }
    }
}
