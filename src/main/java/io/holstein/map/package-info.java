/**
 * Hash maps and sets: {@link io.holstein.map.CowHashMap} and {@link io.holstein.map.CowHashSet}, a
 * {@code HashMap} and {@code HashSet} with O(1) {@code fork()}, and {@link
 * io.holstein.map.PersistentHashMap} and {@link io.holstein.map.PersistentHashSet}, immutable maps
 * and sets on a CHAMP trie.
 */
package io.holstein.map;
