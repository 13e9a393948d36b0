package io.holstein.jmh.report;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A group's results lack cells its tables name, or its tables name a benchmark parameter or value
 * the code does not declare: the report stops rather than print "—" where a figure belongs.
 */
final class MissingResultsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param group the group, e.g. {@code champ}
     * @param source the results file
     * @param problems one line per missing cell or wrong definition
     */
    MissingResultsException(String group, String source, Collection<String> problems) {
        super(
                "group "
                        + group
                        + ": "
                        + source
                        + " lacks results the report's tables name, or the tables name what the"
                        + " benchmarks do not declare:\n"
                        + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"))
                        + "\nRun the group again (jmh/run --full "
                        + group
                        + ") or correct its table definition in io.holstein.jmh.report; a cell an"
                        + " implementation cannot have is declared there as a Gap.");
    }
}
