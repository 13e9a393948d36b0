package io.holstein.map;

/** Lets tests of other packages check a {@link PersistentHashMap}'s trie invariants. */
public final class PersistentHashMapInvariants {

    private PersistentHashMapInvariants() {}

    /**
     * Checks {@code map}'s trie (sizes, bitmaps, compaction, hash prefixes, collision nodes).
     *
     * @param map the map to check
     */
    public static void check(PersistentHashMap<?, ?> map) {
        map.checkInvariants();
    }
}
