package io.holstein.internal;

/**
 * An ownership token: a builder stamps the nodes it creates with its owner and may mutate in place
 * exactly the nodes that carry it, as Clojure's transients and kotlinx's builders do.
 *
 * <p>Identity is all it has. A builder retires its token on {@code build()} by taking a fresh one,
 * so nodes reachable from a built version never match a live token again and are copied before any
 * later write.
 */
public final class Owner {

    /** Creates a token no node carries yet. O(1). */
    public Owner() {}
}
