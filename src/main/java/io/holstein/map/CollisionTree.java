package io.holstein.map;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A persistent AVL tree of the mappings of a large {@link CollisionMappings} whose keys share one
 * {@code Comparable} class, ordered by {@code compareTo}: O(log k) per operation, as {@code
 * java.util.HashMap}'s tree bins. Keys that compare equal without being equal share one tree node,
 * whose {@code bucket} lists them flat as {@code [k0, v0, k1, v1, ...]}. Every key passed in for
 * {@code compareTo} must be of the tree's class; {@link #keyEqualTo} finds a key of another class.
 *
 * <p>{@code null} is the empty tree; every write returns a new path from the root and never changes
 * a tree node.
 */
final class CollisionTree {

    final Object[] bucket;

    final CollisionTree left;

    final CollisionTree right;

    final int height;

    private CollisionTree(Object[] bucket, CollisionTree left, CollisionTree right) {
        this.bucket = bucket;
        this.left = left;
        this.right = right;
        this.height = Math.max(height(left), height(right)) + 1;
    }

    private static int height(CollisionTree t) {
        return t == null ? 0 : t.height;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    private static int indexIn(Object[] bucket, Object key) {
        for (int i = 0; i < bucket.length; i += 2) {
            if (Objects.equals(key, bucket[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The value of {@code key}, or {@link Sentinel#NOT_FOUND}. */
    static Object find(CollisionTree t, Object key) {
        while (t != null) {
            int c = compare(key, t.bucket[0]);
            if (c == 0) {
                int i = indexIn(t.bucket, key);
                return i < 0 ? Sentinel.NOT_FOUND : t.bucket[i + 1];
            }
            t = c < 0 ? t.left : t.right;
        }
        return Sentinel.NOT_FOUND;
    }

    /**
     * The key of the tree equal to {@code key}, or {@link Sentinel#NOT_FOUND}: a search by {@code
     * equals} over every key, O(k), for a key that {@code compareTo} may not order among them.
     */
    static Object keyEqualTo(CollisionTree t, Object key) {
        while (t != null) {
            Object found = keyEqualTo(t.left, key);
            if (found != Sentinel.NOT_FOUND) {
                return found;
            }
            int i = indexIn(t.bucket, key);
            if (i >= 0) {
                return t.bucket[i];
            }
            t = t.right;
        }
        return Sentinel.NOT_FOUND;
    }

    /** The tree with {@code key} mapped to {@code value}, added or replaced. */
    static CollisionTree put(CollisionTree t, Object key, Object value) {
        if (t == null) {
            return new CollisionTree(new Object[] {key, value}, null, null);
        }
        int c = compare(key, t.bucket[0]);
        if (c < 0) {
            return balance(t.bucket, put(t.left, key, value), t.right);
        }
        if (c > 0) {
            return balance(t.bucket, t.left, put(t.right, key, value));
        }
        int i = indexIn(t.bucket, key);
        Object[] b;
        if (i >= 0) {
            b = t.bucket.clone();
            b[i + 1] = value;
        } else {
            b = Arrays.copyOf(t.bucket, t.bucket.length + 2);
            b[t.bucket.length] = key;
            b[t.bucket.length + 1] = value;
        }
        return new CollisionTree(b, t.left, t.right);
    }

    /** The tree without {@code key}, which must be present. */
    static CollisionTree remove(CollisionTree t, Object key) {
        int c = compare(key, t.bucket[0]);
        if (c < 0) {
            return balance(t.bucket, remove(t.left, key), t.right);
        }
        if (c > 0) {
            return balance(t.bucket, t.left, remove(t.right, key));
        }
        if (t.bucket.length > 2) {
            int i = indexIn(t.bucket, key);
            Object[] b = new Object[t.bucket.length - 2];
            System.arraycopy(t.bucket, 0, b, 0, i);
            System.arraycopy(t.bucket, i + 2, b, i, b.length - i);
            return new CollisionTree(b, t.left, t.right);
        }
        if (t.left == null) {
            return t.right;
        }
        if (t.right == null) {
            return t.left;
        }
        CollisionTree min = t.right;
        while (min.left != null) {
            min = min.left;
        }
        return balance(min.bucket, t.left, removeMin(t.right));
    }

    private static CollisionTree removeMin(CollisionTree t) {
        if (t.left == null) {
            return t.right;
        }
        return balance(t.bucket, removeMin(t.left), t.right);
    }

    private static CollisionTree balance(Object[] bucket, CollisionTree l, CollisionTree r) {
        int hl = height(l);
        int hr = height(r);
        if (hl > hr + 1) {
            if (height(l.left) >= height(l.right)) {
                return new CollisionTree(l.bucket, l.left, new CollisionTree(bucket, l.right, r));
            }
            return new CollisionTree(
                    l.right.bucket,
                    new CollisionTree(l.bucket, l.left, l.right.left),
                    new CollisionTree(bucket, l.right.right, r));
        }
        if (hr > hl + 1) {
            if (height(r.right) >= height(r.left)) {
                return new CollisionTree(r.bucket, new CollisionTree(bucket, l, r.left), r.right);
            }
            return new CollisionTree(
                    r.left.bucket,
                    new CollisionTree(bucket, l, r.left.left),
                    new CollisionTree(r.bucket, r.left.right, r.right));
        }
        return new CollisionTree(bucket, l, r);
    }

    /** Calls {@code action} for every mapping, in order. */
    static void forEach(CollisionTree t, BiConsumer<Object, Object> action) {
        while (t != null) {
            forEach(t.left, action);
            for (int i = 0; i < t.bucket.length; i += 2) {
                action.accept(t.bucket[i], t.bucket[i + 1]);
            }
            t = t.right;
        }
    }

    /**
     * Copies the mappings into {@code out} from {@code pos}, in order; returns the next position.
     */
    static int copyInto(CollisionTree t, Object[] out, int pos) {
        while (t != null) {
            pos = copyInto(t.left, out, pos);
            System.arraycopy(t.bucket, 0, out, pos, t.bucket.length);
            pos += t.bucket.length;
            t = t.right;
        }
        return pos;
    }

    /** Checks order, balance and bucket ties; returns the number of mappings. */
    static int checkInvariants(CollisionTree t, Class<?> keyClass) {
        if (t == null) {
            return 0;
        }
        BitmapNode.check(
                Math.abs(height(t.left) - height(t.right)) <= 1, "unbalanced collision tree");
        BitmapNode.check(
                t.height == Math.max(height(t.left), height(t.right)) + 1, "wrong cached height");
        for (int i = 0; i < t.bucket.length; i += 2) {
            BitmapNode.check(
                    t.bucket[i] != null && t.bucket[i].getClass() == keyClass,
                    "key of another class in a tree");
            BitmapNode.check(compare(t.bucket[i], t.bucket[0]) == 0, "bucket keys not tied");
            BitmapNode.check(indexIn(t.bucket, t.bucket[i]) == i, "duplicate key in a bucket");
        }
        if (t.left != null) {
            BitmapNode.check(compare(t.left.bucket[0], t.bucket[0]) < 0, "left key not smaller");
        }
        if (t.right != null) {
            BitmapNode.check(compare(t.right.bucket[0], t.bucket[0]) > 0, "right key not larger");
        }
        return t.bucket.length / 2
                + checkInvariants(t.left, keyClass)
                + checkInvariants(t.right, keyClass);
    }
}
