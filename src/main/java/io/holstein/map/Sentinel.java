package io.holstein.map;

/**
 * A named object that stands where no user object can, compared by identity; {@code toString} gives
 * its name, for debugging. The markers shared by the package's maps and sets are here; the refcount
 * table adds its own for empty and removed slots.
 */
final class Sentinel {

    /** What a lookup returns for an absent key, since a present key's value may be null. */
    static final Object NOT_FOUND = new Sentinel("NOT_FOUND");

    /** The value of every element of a set in the map or trie that holds the set. */
    static final Object PRESENT = new Sentinel("PRESENT");

    private final String name;

    Sentinel(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
