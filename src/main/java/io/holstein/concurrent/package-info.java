/**
 * Thread-safe containers over one persistent version replaced by compare-and-set: {@link
 * io.holstein.concurrent.SnapshotHashMap} (a {@code ConcurrentMap}) and {@link
 * io.holstein.concurrent.SnapshotVector} (with {@code CopyOnWriteArrayList}'s behaviour). Reads are
 * lock-free, every iteration and bulk read sees one version, and {@code snapshot()} hands that
 * version out in O(1).
 */
package io.holstein.concurrent;
