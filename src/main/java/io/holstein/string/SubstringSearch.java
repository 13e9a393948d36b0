package io.holstein.string;

/**
 * Substring search in the package's texts, with the results and the treatment of out-of-range start
 * indices of {@code String.indexOf(String, int)} and {@code String.lastIndexOf(String, int)}.
 *
 * <p>Two algorithms, each fitted to how its text is read:
 *
 * <ul>
 *   <li>a {@link CowString} is read at any index in O(1), so it is searched as {@code
 *       StringBuilder} is: the needle is tried at each position in turn, O(n · m) at worst and
 *       allocating nothing;
 *   <li>a rope is read in O(1) per char only forwards through a {@link RopeCursor} ({@code charAt}
 *       costs O(log n)), so it is searched by Knuth, Morris and Pratt's algorithm, which never
 *       moves back in the text: O(n + m), for a table of {@code m} ints.
 * </ul>
 */
final class SubstringSearch {

    private SubstringSearch() {}

    /** The index of the first {@code str} in {@code text} at or after {@code fromIndex}, or -1. */
    static int indexOf(CowString text, String str, int fromIndex) {
        int m = str.length();
        int n = text.length();
        if (fromIndex >= n) {
            return m == 0 ? n : -1;
        }
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (m == 0) {
            return fromIndex;
        }
        char first = str.charAt(0);
        for (int i = fromIndex; i <= n - m; i++) {
            if (text.get(i) == first && matchesAt(text, str, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last {@code str} in {@code text} at or before {@code fromIndex}, or -1. */
    static int lastIndexOf(CowString text, String str, int fromIndex) {
        int m = str.length();
        int right = text.length() - m;
        if (fromIndex > right) {
            fromIndex = right;
        }
        if (fromIndex < 0) {
            return -1;
        }
        if (m == 0) {
            return fromIndex;
        }
        char first = str.charAt(0);
        for (int i = fromIndex; i >= 0; i--) {
            if (text.get(i) == first && matchesAt(text, str, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code str}, whose first char is known to match, stands in {@code text} at {@code
     * at}.
     */
    private static boolean matchesAt(CowString text, String str, int at) {
        for (int j = 1; j < str.length(); j++) {
            if (text.get(at + j) != str.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the first {@code needle} in the tree {@code root} at or after {@code from}, or
     * -1.
     */
    static int indexOf(RopeNode root, String needle, int from) {
        int length = RopeTrees.length(root);
        int m = needle.length();
        from = Math.max(from, 0);
        if (m == 0) {
            return Math.min(from, length);
        }
        if (from > length - m) {
            return -1;
        }
        int[] fallback = fallbackTable(needle);
        RopeCursor cursor = new RopeCursor(root, from);
        int matched = 0;
        for (int i = from; i < length; i++) {
            char c = cursor.next();
            while (matched > 0 && c != needle.charAt(matched)) {
                matched = fallback[matched - 1];
            }
            if (c == needle.charAt(matched)) {
                matched++;
                if (matched == m) {
                    return i - m + 1;
                }
            }
        }
        return -1;
    }

    /**
     * Knuth, Morris and Pratt's table: {@code t[i]} is the length of the longest proper border of
     * {@code p[0..i]}, the length of match to fall back to after a mismatch at {@code i + 1}.
     */
    private static int[] fallbackTable(String p) {
        int[] t = new int[p.length()];
        int k = 0;
        for (int i = 1; i < p.length(); i++) {
            while (k > 0 && p.charAt(i) != p.charAt(k)) {
                k = t[k - 1];
            }
            if (p.charAt(i) == p.charAt(k)) {
                k++;
            }
            t[i] = k;
        }
        return t;
    }
}
