package io.holstein.jmh;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The implementations one group of benchmarks compares, each under its name from {@link
 * Implementations}, with the adapter through which the group reaches it. Every group that compares
 * implementations declares one registry beside its adapter type, and its benchmarks look their
 * {@code type} parameter up here.
 *
 * <p>An adapter is what differs between implementations and nothing more: where they share a {@code
 * java.util} interface, it only makes the structure and the benchmarks then call that interface;
 * where they do not, it performs each measured operation on an {@code Object} it casts back to its
 * own type. Adapters hold no state, so one instance serves every benchmark. A fork runs one
 * implementation, so calls through the adapter are monomorphic there.
 *
 * @param <A> the group's adapter type
 */
public final class Peers<A> {

    private final String family;
    private final Map<String, A> adapters;

    private Peers(String family, Map<String, A> adapters) {
        this.family = family;
        this.adapters = adapters;
    }

    /**
     * A registry without implementations.
     *
     * @param family what the implementations are, for messages, e.g. {@code "vector"}
     */
    public static <A> Peers<A> of(String family) {
        return new Peers<>(family, Map.of());
    }

    /**
     * This registry and {@code adapter} under {@code name}.
     *
     * @throws IllegalArgumentException if {@code name} is registered already
     */
    public Peers<A> with(String name, A adapter) {
        if (adapters.containsKey(name)) {
            throw new IllegalArgumentException(
                    family + " implementation registered twice: " + name);
        }
        Map<String, A> more = new LinkedHashMap<>(adapters);
        more.put(name, adapter);
        return new Peers<>(family, Collections.unmodifiableMap(more));
    }

    /**
     * The adapter of implementation {@code name}.
     *
     * @throws IllegalArgumentException if no implementation has that name
     */
    public A get(String name) {
        A adapter = adapters.get(name);
        if (adapter == null) {
            throw new IllegalArgumentException(
                    "unknown " + family + " implementation: " + name + "; known: " + names());
        }
        return adapter;
    }

    /** The names, in the order they were registered. */
    public Set<String> names() {
        return adapters.keySet();
    }
}
