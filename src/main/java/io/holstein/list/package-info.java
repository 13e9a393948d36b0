/**
 * Lists: {@link io.holstein.list.CowArrayList}, an {@code ArrayList} with O(1) {@code fork()}, and
 * {@link io.holstein.list.PersistentVector}, an immutable list on a relaxed radix-balanced trie
 * with O(log n) edits, slices and concatenation.
 */
package io.holstein.list;
