package io.holstein.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.holstein.map.CowHashMap;
import java.util.Map;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * The map's two counts under a race: a fork made before the race, then the source replaces a value
 * (which copies the keys and values but leaves the hash codes shared) and inserts a key, while the
 * fork inserts another (which needs the hash codes private). The two inserted keys share a home
 * slot in the shared table, so an insert that wrote the shared hash codes in place would overwrite
 * the other map's code for its key, and that map would then miss it. They are above Integer's cache
 * of boxes, so lookups compare them by hash code and equals, not by identity. Whichever side moves
 * first, neither may see the other's key, and each map must end with exactly its own writes.
 */
@JCStressTest
@Description("CowHashMap: fork, then the source replaces and inserts while the fork inserts")
@Outcome(id = "9, 9, 103, 2", expect = ACCEPTABLE, desc = "each side sees only its own writes")
@Outcome(expect = FORBIDDEN, desc = "one side saw the other's write or lost its own")
@State
public class MapForkThenReplaceAndInsert {

    /** Keys whose home slot is the same in the shared table (found by trying keys in turn). */
    private static final int FORK_KEY = 1000;

    private static final int SOURCE_KEY = 1017;

    private final CowHashMap<Integer, Integer> source = new CowHashMap<>(Map.of(0, 0, 1, 0));
    private final CowHashMap<Integer, Integer> fork = source.fork();

    @Actor
    public void writeSource(IIII_Result r) {
        source.put(0, 1);
        source.put(SOURCE_KEY, 3);
        r.r1 = source.getOrDefault(FORK_KEY, Contents.MISSING);
    }

    @Actor
    public void writeFork(IIII_Result r) {
        fork.put(FORK_KEY, 2);
        r.r2 = fork.getOrDefault(SOURCE_KEY, Contents.MISSING);
    }

    /** Keys 0 and 1 as two digits, then the map's own inserted key: 103 and 2 when right. */
    @Arbiter
    public void contents(IIII_Result r) {
        r.r3 = Contents.digits(source, 2) * 10 + source.getOrDefault(SOURCE_KEY, Contents.MISSING);
        r.r4 = Contents.digits(fork, 2) * 10 + fork.getOrDefault(FORK_KEY, Contents.MISSING);
    }
}
