package io.holstein.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The situations a model driver reached, each counted: the fixed-seed runs of a {@link ModelRun}
 * require the ones it names, so that a change which quietly stops a driver from reaching a
 * situation fails instead of testing less.
 */
public final class Coverage {

    private final Map<String, Integer> counts = new TreeMap<>();

    /** Counts one more occurrence of {@code situation}. */
    public void cover(String situation) {
        counts.merge(situation, 1, Integer::sum);
    }

    /** How often {@code situation} was reached. */
    public int count(String situation) {
        return counts.getOrDefault(situation, 0);
    }

    /** The situations of {@code required} never reached, in their order. */
    public List<String> missing(Collection<String> required) {
        List<String> missing = new ArrayList<>();
        for (String situation : required) {
            if (count(situation) == 0) {
                missing.add(situation);
            }
        }
        return missing;
    }

    /** One line per situation reached: its count, a tab, its name; sorted by name. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        counts.forEach(
                (situation, count) -> s.append(count).append('\t').append(situation).append('\n'));
        return s.toString();
    }
}
