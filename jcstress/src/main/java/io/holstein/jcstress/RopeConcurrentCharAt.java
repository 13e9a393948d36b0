package io.holstein.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.holstein.string.Rope;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Two threads read one rope by {@code charAt} at once. {@code charAt} keeps the chunk it last
 * found, with the chunk's start, in one plain field of the rope holding an immutable holder,
 * written racily as {@code String.hash} is (it keeps it when the descent lands within a chunk's
 * length of the one before, as every read here does); each actor reads one char in each of the
 * rope's two chunks, in opposite orders, so each may store its holder while the other reads the
 * field, and may then read through the holder the other stored. Every char must be right: a holder
 * seen half-built, a chunk paired with the other chunk's start, or a range checked on one holder
 * and a char read through another would each give a char of the wrong chunk (the chunks hold
 * different chars at every offset). Beside {@code RopeStressTest}, which races many readers on the
 * JIT's usual code, this runs the race under the C2 code-motion randomizers and under C1, the other
 * compiler.
 *
 * <p>Each state is a fresh rope over two shared chunks (an {@code O(1)} concat) whose cache starts
 * empty, and each actor makes two reads, so a sample costs little of the run's time.
 */
@JCStressTest
@Description("Rope.charAt: two readers overwrite one racy cache of the chunk last read")
@Outcome(id = "107, 19978, 19988, 117", expect = ACCEPTABLE, desc = "every char read right")
@Outcome(
        expect = FORBIDDEN,
        desc = "a char of the wrong chunk: a cache seen half-built, torn or read twice")
@State
public class RopeConcurrentCharAt {

    /** Chars per chunk: two of them do not fit one chunk, so the rope keeps both. */
    private static final int CHUNK = 1500;

    /** Latin-1: {@code 'a' + i % 26} at offset {@code i}. */
    private static final Rope LEFT = Rope.of(chars(CHUNK, 'a', 26));

    /** UTF-16: {@code U+4E00 + i % 256} at offset {@code i}, unlike {@link #LEFT}'s at any. */
    private static final Rope RIGHT = Rope.of(chars(CHUNK, '\u4e00', 256));

    private final Rope rope = LEFT.concat(RIGHT);

    private static String chars(int length, char first, int period) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) (first + i % period));
        }
        return s.toString();
    }

    /** Left chunk, then right: 'k' (107) at 10, U+4E0A (19978) at {@code CHUNK + 10}. */
    @Actor
    public void leftThenRight(IIII_Result r) {
        r.r1 = rope.charAt(10);
        r.r2 = rope.charAt(CHUNK + 10);
    }

    /** Right chunk, then left: U+4E14 (19988) at {@code CHUNK + 20}, 'u' (117) at 20. */
    @Actor
    public void rightThenLeft(IIII_Result r) {
        r.r3 = rope.charAt(CHUNK + 20);
        r.r4 = rope.charAt(20);
    }
}
