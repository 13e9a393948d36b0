package io.holstein;

/**
 * A container that can hand out an independent copy of itself in constant time.
 *
 * <pre>{@code
 * CowArrayList<String> mine = new CowArrayList<>(List.of("a", "b"));
 * CowArrayList<String> copy = mine.fork(); // O(1): shares mine's array
 * copy.add("c");                           // copies first: mine stays [a, b]
 * }</pre>
 *
 * <p>A fork starts with the same contents as its source and shares the source's storage; from then
 * on a write to either side never shows on the other. The storage is copied lazily, by the first
 * side that writes while it is still shared (see {@code isShared()} on the implementing types).
 *
 * <p>Forking is a read of the source: any number of threads may fork one instance at the same time,
 * provided none of them writes it meanwhile.
 *
 * @param <T> the type of the container and of its forks
 */
public interface Forkable<T extends Forkable<T>> {

    /**
     * Returns an independent copy of this container that shares its storage until either side
     * writes. Runs in O(1) and allocates only the new container object.
     *
     * @return a new container with the same contents, independent of this one
     */
    T fork();
}
