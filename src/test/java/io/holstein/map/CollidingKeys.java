package io.holstein.map;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Keys whose hash codes the tests choose: full collisions, with and without an order. */
final class CollidingKeys {

    private CollidingKeys() {}

    /**
     * Returns {@code count} distinct strings that all have one hash code: each is {@code blocks}
     * blocks of {@code "Aa"} or {@code "BB"}, two strings with equal hash codes, so the choice of
     * block spells a number in binary and never changes the hash.
     *
     * @param count how many, at most 2<sup>blocks</sup>
     * @param blocks the number of two-character blocks per string
     * @param first the number spelt by the first string; the others follow it
     */
    static List<String> strings(int count, int blocks, int first) {
        if (first + (long) count > 1L << blocks) {
            throw new IllegalArgumentException(
                    count + " strings of " + blocks + " blocks from " + first);
        }
        List<String> out = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            StringBuilder sb = new StringBuilder(2 * blocks);
            for (int b = blocks - 1; b >= 0; b--) {
                sb.append(((i >> b) & 1) == 0 ? "Aa" : "BB");
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** The hash code shared by every string of {@link #strings} with that many blocks. */
    static int stringHash(int blocks) {
        return strings(1, blocks, 0).get(0).hashCode();
    }

    /**
     * A key with a chosen hash code and order: equal by {@code id}, ordered by {@code rank}, so
     * that keys of equal rank compare equal without being equal. Equal to every {@code Ranked} of
     * its hash and id, {@link RankedSubclass} included.
     */
    static class Ranked implements Comparable<Ranked>, Serializable {
        private static final long serialVersionUID = 1L;

        final int hash;
        final int rank;
        final int id;

        Ranked(int hash, int rank, int id) {
            this.hash = hash;
            this.rank = rank;
            this.id = id;
        }

        @Override
        public int compareTo(Ranked o) {
            return Integer.compare(rank, o.rank);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ranked r && r.id == id && r.hash == hash;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "R" + id + "/" + rank + "#" + hash;
        }
    }

    /**
     * A {@link Ranked} of another class: equal both ways to the {@code Ranked} of its hash and id,
     * but not {@code Comparable} to itself, so a collision structure may not order it among {@code
     * Ranked} keys by {@code compareTo}.
     */
    static final class RankedSubclass extends Ranked {
        private static final long serialVersionUID = 1L;

        RankedSubclass(int hash, int rank, int id) {
            super(hash, rank, id);
        }

        @Override
        public String toString() {
            return "S" + id + "/" + rank + "#" + hash;
        }
    }

    /** A key with a chosen hash code and no order. */
    static final class Plain implements Serializable {
        private static final long serialVersionUID = 1L;

        final int hash;
        final int id;

        Plain(int hash, int id) {
            this.hash = hash;
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Plain p && p.id == id && p.hash == hash;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "P" + id + "#" + hash;
        }
    }
}
