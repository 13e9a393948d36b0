package io.holstein;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * An immutable map whose "writes" return new versions: each version method returns a map that
 * shares all untouched structure with this one, and this map stays valid and unchanged.
 *
 * <pre>{@code
 * PersistentMap<String, Integer> m1 = PersistentHashMap.of("a", 1);
 * PersistentMap<String, Integer> m2 = m1.with("b", 2).without("a"); // {b=2}; m1 is still {a=1}
 * }</pre>
 *
 * <p>A version method that changes nothing returns {@code this}.
 *
 * <p>The {@code Map} mutators ({@code put}, {@code remove}, {@code compute}, ...) and those of its
 * views throw {@link UnsupportedOperationException} and leave the map unchanged. Implementations
 * state the cost of each method; {@link io.holstein.map.PersistentHashMap} is the default one.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public interface PersistentMap<K, V> extends Map<K, V> {

    /**
     * Returns this map with {@code key} mapped to {@code value}; {@code this} if {@code key}
     * already maps to a value {@code ==} to {@code value}.
     *
     * @param key the key
     * @param value its value
     * @return the new version
     */
    PersistentMap<K, V> with(K key, V value);

    /**
     * Returns this map without {@code key}; {@code this} if it is absent.
     *
     * @param key the key to remove
     * @return the new version
     */
    PersistentMap<K, V> without(Object key);

    /**
     * Returns this map with every mapping of {@code map} added, its values replacing this map's.
     *
     * @param map the mappings to add
     * @return the new version; {@code this} if nothing changes
     * @throws NullPointerException if {@code map} is null
     */
    PersistentMap<K, V> withAll(Map<? extends K, ? extends V> map);

    /**
     * Returns this map without the keys of {@code keys}.
     *
     * @param keys the keys to remove
     * @return the new version; {@code this} if none is present
     * @throws NullPointerException if {@code keys} is null
     */
    PersistentMap<K, V> withoutAll(Iterable<?> keys);

    /**
     * Returns this map with {@code key} mapped to {@code fn.apply(key, old)}, {@code old} being its
     * present value or {@code null}; a {@code null} result removes the key, as {@link Map#compute}
     * does.
     *
     * @param key the key
     * @param fn computes the new value from the key and the present value
     * @return the new version; {@code this} if nothing changes
     * @throws NullPointerException if {@code fn} is null
     */
    PersistentMap<K, V> withComputed(K key, BiFunction<? super K, ? super V, ? extends V> fn);
}
