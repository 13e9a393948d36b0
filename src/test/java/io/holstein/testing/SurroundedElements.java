package io.holstein.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Elements placed around a sub-list view's range in the conformance suites, so that the view
 * neither starts nor ends its backing list, and a view that wrote outside its range would change
 * what the suite sees.
 */
public final class SurroundedElements {

    /** The elements before the view's range. */
    public static final String[] BEFORE = {"x0", null, "x1"};

    /** The elements after the view's range. */
    public static final String[] AFTER = {"y0", "y1", null, "y2"};

    private SurroundedElements() {}

    /**
     * Returns {@link #BEFORE}, then {@code elements}, then {@link #AFTER}.
     *
     * @param elements the view's elements
     * @return the backing list's elements
     */
    public static String[] surround(String[] elements) {
        List<String> all = new ArrayList<>(Arrays.asList(BEFORE));
        all.addAll(Arrays.asList(elements));
        all.addAll(Arrays.asList(AFTER));
        return all.toArray(new String[0]);
    }
}
