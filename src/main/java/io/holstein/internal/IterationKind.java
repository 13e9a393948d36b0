package io.holstein.internal;

/**
 * What an iterator, spliterator or bulk read of a map's view hands out for each mapping: the key,
 * the value, or an entry. One set of kinds for every map of the library.
 */
public enum IterationKind {
    KEYS,
    VALUES,
    ENTRIES
}
