package io.holstein.map;

/**
 * What an iterator, spliterator or bulk read of a map's view hands out for each mapping: the key,
 * the value, or an entry. One set of kinds for the refcount table and the CHAMP trie alike.
 */
enum IterationKind {
    KEYS,
    VALUES,
    ENTRIES
}
