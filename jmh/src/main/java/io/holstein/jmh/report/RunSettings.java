package io.holstein.jmh.report;

import java.util.List;

/**
 * How JMH ran a benchmark, as its JSON records it: everything a reader needs to judge a number,
 * short of the machine.
 *
 * @param jmhVersion JMH's version
 * @param jdkVersion the JDK's version, e.g. {@code 17.0.15}
 * @param vmName the VM's name
 * @param vmVersion the VM's full version
 * @param jvmArgs the options of the benchmark JVM
 * @param mode JMH's mode, e.g. {@code avgt}
 * @param threads benchmark threads
 * @param forks forked JVMs per benchmark; 0 means in-process
 * @param warmupIterations warm-up iterations per fork
 * @param warmupTime duration of one warm-up iteration, e.g. {@code 1 s}
 * @param measurementIterations measured iterations per fork
 * @param measurementTime duration of one measured iteration
 */
record RunSettings(
        String jmhVersion,
        String jdkVersion,
        String vmName,
        String vmVersion,
        List<String> jvmArgs,
        String mode,
        int threads,
        int forks,
        int warmupIterations,
        String warmupTime,
        int measurementIterations,
        String measurementTime) {

    /** The fewest forks of a run whose results decide verdicts (DESIGN.md §6). */
    static final int MIN_FORKS = 2;

    /** The fewest measured iterations per fork of a run whose results decide verdicts. */
    static final int MIN_ITERATIONS = 5;

    /** Whether a run with these settings has enough forks and iterations to decide verdicts. */
    boolean decidesVerdicts() {
        return forks >= MIN_FORKS && measurementIterations >= MIN_ITERATIONS;
    }

    /** The JDK's version alone, e.g. {@code JDK 17.0.15}. */
    String jdk() {
        return "JDK " + jdkVersion;
    }

    /**
     * Forks and iterations in one short phrase, e.g. {@code 2 forks × 5 × 1 s measured after 3 × 1
     * s warm-up}.
     */
    String describeIterations() {
        String forking = forks == 0 ? "in-process" : forks + (forks == 1 ? " fork" : " forks");
        String warmup =
                warmupIterations == 0
                        ? "no warm-up"
                        : warmupIterations + " × " + warmupTime + " warm-up";
        return forking
                + " × "
                + measurementIterations
                + " × "
                + measurementTime
                + " measured after "
                + warmup;
    }

    /** The JDK, e.g. {@code JDK 17.0.15 (OpenJDK 64-Bit Server VM 17.0.15+6)}. */
    String describeJdk() {
        return "JDK " + jdkVersion + " (" + vmName + " " + vmVersion + ")";
    }

    /** JMH's settings in one phrase. */
    String describeJmh() {
        String forking =
                forks == 0 ? "in-process (no fork)" : forks + (forks == 1 ? " fork" : " forks");
        String warmup =
                warmupIterations == 0
                        ? "no warm-up"
                        : "warm-up " + warmupIterations + " × " + warmupTime;
        String options =
                jvmArgs.isEmpty() ? "" : ", JVM options `" + String.join(" ", jvmArgs) + "`";
        return "JMH "
                + jmhVersion
                + ", "
                + forking
                + ", "
                + warmup
                + ", measurement "
                + measurementIterations
                + " × "
                + measurementTime
                + ", mode "
                + mode
                + ", "
                + threads
                + (threads == 1 ? " thread" : " threads")
                + options;
    }
}
