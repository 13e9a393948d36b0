package io.holstein.jmh.report;

/**
 * Replaces the text between a group's markers in a markdown document, {@code <!--
 * generated:<group>:begin -->} and {@code <!-- generated:<group>:end -->}, and leaves everything
 * else as it was.
 */
final class MarkedSections {

    private MarkedSections() {}

    static String begin(String group) {
        return "<!-- generated:" + group + ":begin -->";
    }

    static String end(String group) {
        return "<!-- generated:" + group + ":end -->";
    }

    /**
     * {@code document} with the text between {@code group}'s markers replaced by {@code content}; a
     * document without the markers gets them, under heading {@code title}, at its end.
     *
     * @throws IllegalArgumentException if only one marker is present, or they are out of order
     */
    static String replace(String document, String group, String title, String content) {
        String begin = begin(group);
        String end = end(group);
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        String section = begin + "\n" + content + (content.endsWith("\n") ? "" : "\n") + end;
        if (from < 0 && to < 0) {
            String separator =
                    document.isEmpty() || document.endsWith("\n\n")
                            ? ""
                            : document.endsWith("\n") ? "\n" : "\n\n";
            return document + separator + "## " + title + "\n\n" + section + "\n";
        }
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(
                    "markers of group '"
                            + group
                            + "' are incomplete or out of order: expected "
                            + begin
                            + " before "
                            + end);
        }
        return document.substring(0, from) + section + document.substring(to + end.length());
    }
}
