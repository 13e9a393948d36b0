/**
 * Text: {@link io.holstein.string.CowString}, a {@code StringBuilder} with O(1) {@code fork()} and
 * {@code slice()}, and {@link io.holstein.string.Rope}, an immutable text with O(log n) edits and
 * concatenation. Both store Latin-1 text one byte per char.
 */
package io.holstein.string;
