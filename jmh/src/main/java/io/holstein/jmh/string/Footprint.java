package io.holstein.jmh.string;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;

import io.holstein.jmh.memory.Footprints;
import io.holstein.string.CowString;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Bytes per char of a {@code CowString} against {@code StringBuilder} and {@code String}, with JOL
 * (the object, its buffer and, for a {@code CowString}, its shared count), for Latin-1 and wider
 * text, at 32, 1,000, 100,000 and 1,000,000 chars. Each builder is trimmed to its length, so the
 * figures compare storage, not growth slack. Usage: {@code Footprint OUTPUT.md}; {@code jmh/run
 * --full string} runs it.
 *
 * <p>A check as well as a table: exits with status 1 unless a trimmed Latin-1 {@code CowString}
 * takes at most a fixed {@value #MAX_OVERHEAD_BYTES} bytes more than a trimmed {@code
 * StringBuilder} of the same text (target: one byte per char, as {@code StringBuilder}).
 */
public final class Footprint {

    /** What a {@code CowString} may add to a {@code StringBuilder}: its extra fields and count. */
    static final long MAX_OVERHEAD_BYTES = 64;

    private static final List<Integer> LENGTHS = List.of(32, 1_000, 100_000, 1_000_000);

    private Footprint() {}

    /** Measures, writes the table to {@code args[0]} and checks the target. */
    public static void main(String[] args) throws IOException {
        boolean ok = true;
        // Each row is divided by the StringBuilder row of the same kind of text.
        Footprints footprints =
                new Footprints(
                        "char", row -> "StringBuilder, " + row.substring(row.indexOf(", ") + 2));
        for (String kind : List.of(LATIN1, UTF16)) {
            for (int length : LENGTHS) {
                String s = StringFixtures.textOf(length, kind);
                CowString cow = new CowString(s);
                cow.trimToSize();
                StringBuilder builder = new StringBuilder(s);
                builder.trimToSize();
                long cowBytes = Footprints.structureBytes(cow);
                long builderBytes = Footprints.structureBytes(builder);
                footprints.add("CowString, " + kind, length, cowBytes);
                footprints.add("StringBuilder, " + kind, length, builderBytes);
                footprints.add("String, " + kind, length, Footprints.structureBytes(s));
                if (kind.equals(LATIN1) && cowBytes > builderBytes + MAX_OVERHEAD_BYTES) {
                    System.err.printf(
                            "FAIL: Latin-1 CowString of %,d chars takes %,d bytes, StringBuilder %,d%n",
                            length, cowBytes, builderBytes);
                    ok = false;
                }
            }
        }
        footprints.write(Path.of(args[0]));
        if (!ok) {
            System.exit(1);
        }
    }
}
