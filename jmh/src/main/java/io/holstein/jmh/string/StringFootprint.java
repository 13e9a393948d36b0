package io.holstein.jmh.string;

import io.holstein.string.CowString;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * Bytes per char of a {@code CowString} against {@code StringBuilder} and {@code String}, with
 * JOL ({@code GraphLayout.parseInstance(...).totalSize()}: the object, its buffer and, for a
 * {@code CowString}, its shared count), for Latin-1 and wider text, at 32, 1,000, 100,000 and
 * 1,000,000 chars. Each builder is trimmed to its length, so the figures compare storage, not
 * growth slack.
 *
 * <p>A check as well as a table: exits with status 1 unless a trimmed Latin-1
 * {@code CowString} takes at most a fixed 64 bytes more than a trimmed {@code StringBuilder}
 * of the same text (target: one byte per char, as {@code StringBuilder}). Run it with
 * {@code java -cp jmh/target/benchmarks.jar io.holstein.jmh.string.StringFootprint}.
 */
public final class StringFootprint {

    /** What a {@code CowString} may add to a {@code StringBuilder}: its extra fields and count. */
    static final long MAX_OVERHEAD_BYTES = 64;

    private static final List<Integer> LENGTHS = List.of(32, 1_000, 100_000, 1_000_000);

    private StringFootprint() {
    }

    /**
     * Prints the table and checks the target.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        boolean ok = true;
        System.out.println("| text | length | CowString B/char | StringBuilder B/char | String B/char |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String kind : List.of(StringFixtures.LATIN1, StringFixtures.UTF16)) {
            for (int length : LENGTHS) {
                String s = StringFixtures.textOf(length, kind);
                CowString cow = new CowString(s);
                cow.trimToSize();
                StringBuilder builder = new StringBuilder(s);
                builder.trimToSize();
                long cowBytes = GraphLayout.parseInstance(cow).totalSize();
                long builderBytes = GraphLayout.parseInstance(builder).totalSize();
                long stringBytes = GraphLayout.parseInstance(s).totalSize();
                System.out.printf("| %s | %,d | %.3f | %.3f | %.3f |%n", kind, length,
                        (double) cowBytes / length, (double) builderBytes / length, (double) stringBytes / length);
                if (kind.equals(StringFixtures.LATIN1) && cowBytes > builderBytes + MAX_OVERHEAD_BYTES) {
                    System.out.printf("FAIL: Latin-1 CowString of %,d chars takes %,d bytes, StringBuilder %,d%n",
                            length, cowBytes, builderBytes);
                    ok = false;
                }
            }
        }
        if (!ok) {
            System.exit(1);
        }
        System.out.println("OK: a Latin-1 CowString takes one byte per char plus at most "
                + MAX_OVERHEAD_BYTES + " bytes more than a StringBuilder");
    }
}
