package io.holstein.jcstress;

import io.holstein.sorted.PersistentTreeMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes a small container's contents as one int, so that an arbiter can report them in one result
 * slot: element (or value) {@code i} is digit {@code i}, most significant first, and a missing key
 * is 9.
 */
final class Contents {

    static final int MISSING = 9;

    private Contents() {}

    /** The list's elements as decimal digits: [1, 0, 2] is 102. */
    static int digits(List<Integer> list) {
        int d = 0;
        for (int i = 0; i < list.size(); i++) {
            d = d * 10 + list.get(i);
        }
        return d;
    }

    /** The text's characters, each a decimal digit, as one number: "102" is 102. */
    static int digits(CharSequence text) {
        int d = 0;
        for (int i = 0; i < text.length(); i++) {
            d = d * 10 + (text.charAt(i) - '0');
        }
        return d;
    }

    /** The values of keys 0 to {@code keys - 1} as decimal digits, 9 for a missing key. */
    static int digits(Map<Integer, Integer> map, int keys) {
        int d = 0;
        for (int k = 0; k < keys; k++) {
            d = d * 10 + map.getOrDefault(k, MISSING);
        }
        return d;
    }

    /** Keys 0 to {@code keys - 1}, each mapped to 0. */
    static PersistentTreeMap<Integer, Integer> zeros(int keys) {
        PersistentTreeMap.Builder<Integer, Integer> b = PersistentTreeMap.builder();
        for (int k = 0; k < keys; k++) {
            b.put(k, 0);
        }
        return b.build();
    }
}
