package io.holstein.concurrent;

import io.holstein.list.PersistentVector;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Computations of one version from another, shared by {@link SnapshotVector} and its views: each
 * reads an immutable vector and builds a new one, never touching the list itself, so a write can
 * retry it freely.
 */
final class VectorOps {

    private VectorOps() {}

    /** The first index in {@code [from, min(to, size))} of an element equal to {@code o}, or -1. */
    static int indexOf(PersistentVector<?> v, Object o, int from, int to) {
        int end = Math.min(to, v.size());
        if (from >= end) {
            return -1;
        }
        // The vector's iterator walks leaf by leaf: no trie descent per element.
        Iterator<?> it = (from == 0 ? v : v.drop(from)).iterator();
        for (int i = from; i < end; i++) {
            if (Objects.equals(o, it.next())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first index in {@code [from, to)} of {@code a} holding an element equal to {@code o}, or
     * -1.
     */
    static int indexOf(Object[] a, Object o, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Objects.equals(o, a[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The last index in {@code [from, to]} of an element equal to {@code o}, or -1. */
    static int lastIndexOf(PersistentVector<?> v, Object o, int from, int to) {
        if (from > to) {
            return -1;
        }
        // A forward walk leaf by leaf, keeping the last match: O(to - from), where a backward
        // walk by get would descend the trie per element.
        Iterator<?> it = v.slice(from, to + 1).iterator();
        int last = -1;
        for (int i = from; i <= to; i++) {
            if (Objects.equals(o, it.next())) {
                last = i;
            }
        }
        return last;
    }

    /** {@code v} without the elements matching {@code filter}; {@code v} itself if none does. */
    @SuppressWarnings("unchecked")
    static <E> PersistentVector<E> without(PersistentVector<E> v, Predicate<? super E> filter) {
        Object[] a = v.toArray();
        int kept = 0;
        for (Object e : a) {
            if (!filter.test((E) e)) {
                a[kept++] = e;
            }
        }
        return kept == a.length
                ? v
                : PersistentVector.copyOf(Arrays.asList((E[]) a).subList(0, kept));
    }

    /** {@code v} with every element replaced by {@code operator}'s result. */
    @SuppressWarnings("unchecked")
    static <E> PersistentVector<E> mapped(PersistentVector<E> v, UnaryOperator<E> operator) {
        Object[] a = v.toArray();
        for (int i = 0; i < a.length; i++) {
            a[i] = operator.apply((E) a[i]);
        }
        return PersistentVector.copyOf(Arrays.asList((E[]) a));
    }

    /** {@code v} sorted stably by {@code c}, or by natural order if {@code c} is null. */
    @SuppressWarnings("unchecked")
    static <E> PersistentVector<E> sorted(PersistentVector<E> v, Comparator<? super E> c) {
        E[] a = (E[]) v.toArray();
        // A null comparator sorts by natural order, as in CopyOnWriteArrayList.sort.
        Arrays.sort(a, c);
        return PersistentVector.copyOf(Arrays.asList(a));
    }

    /**
     * {@code [a, b, c]}, naming {@code self} as "(this Collection)", as AbstractCollection does.
     */
    static String toString(PersistentVector<?> v, Object self) {
        StringBuilder sb = new StringBuilder("[");
        boolean first = true;
        // The iterator walks leaf by leaf: O(n), where get per element would be O(n log n).
        for (Object e : v) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(e == self ? "(this Collection)" : String.valueOf(e));
        }
        return sb.append(']').toString();
    }
}
