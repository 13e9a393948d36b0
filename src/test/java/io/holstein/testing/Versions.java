package io.holstein.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Every version a driver of a persistent type made, each with a private copy of its model. A driver
 * checks each version when it is made and all of them again when the run ends ({@link
 * ModelDriver#finish}): a version never changes, so a write that leaked into structure it shares
 * with later versions shows there.
 *
 * @param <H> the Holstein type
 * @param <M> the model's type
 */
public final class Versions<H, M> implements Iterable<Versions.Version<H, M>> {

    /**
     * One version and what it must hold.
     *
     * @param name its name in the trace
     * @param value the version
     * @param model its model, never written after it is kept
     */
    public record Version<H, M>(String name, H value, M model) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final List<Version<H, M>> all = new ArrayList<>();

    /** Keeps a version, named {@code name#i} with {@code i} its index. */
    public Version<H, M> add(String name, H value, M model) {
        Version<H, M> v = new Version<>(name + "#" + all.size(), value, model);
        all.add(v);
        return v;
    }

    /** The number of versions kept. */
    public int size() {
        return all.size();
    }

    /** Any version, chosen by {@code d}. */
    public Version<H, M> any(Decisions d) {
        return d.pick(all);
    }

    /**
     * Mostly one of the four latest versions, so that versions grow, and one in four times any:
     * chosen by {@code d}.
     */
    public Version<H, M> recent(Decisions d) {
        return d.oneIn(4)
                ? d.pick(all)
                : all.get(all.size() - 1 - d.nextInt(Math.min(4, all.size())));
    }

    @Override
    public Iterator<Version<H, M>> iterator() {
        return Collections.unmodifiableList(all).iterator();
    }
}
