package io.holstein.testing;

/**
 * The user functions of one side of a step (a {@code forEach} action, a {@code removeIf} filter, a
 * comparator, a remapping function): they count their calls and, at the call the plan chose, do
 * what the plan says, the same on both sides, so that the two sides must agree on what a callback
 * that forks, writes or throws midway leaves behind.
 *
 * <p>A driver subclasses this once, implementing the acts that touch its containers; the callbacks
 * of a step are a {@link Twin}, one per {@link Side}.
 */
public abstract class Callbacks {

    /** What a callback does at the planned call. */
    public enum Act {
        /** Nothing: the callbacks only count. */
        NONE,
        /**
         * Forks the container and writes the fork (and, where the driver plans it, the container).
         */
        FORK_AND_WRITE,
        /** Writes the container without a structural modification. */
        WRITE_SELF,
        /** Modifies the container structurally. */
        STRUCTURAL,
        /** Throws a {@link PlannedFailure}. */
        THROW
    }

    /** The side these callbacks run on. */
    protected final Side side;

    private final Act act;

    private final int at;

    private int calls;

    /**
     * @param side the side these callbacks run on
     * @param act what the callback does at call {@code at}
     * @param at the index of the call that acts, from 0
     */
    protected Callbacks(Side side, Act act, int at) {
        this.side = side;
        this.act = act;
        this.at = at;
    }

    /**
     * Counts a call, and at the planned one carries out the act: {@link Act#THROW} throws a {@link
     * PlannedFailure}, the others are the driver's {@link #act}.
     *
     * @return the index of this call, from 0
     */
    public final int hit() {
        int call = calls++;
        if (call == at) {
            switch (act) {
                case NONE -> {}
                case THROW -> throw new PlannedFailure();
                default -> act(act);
            }
        }
        return call;
    }

    /** Carries out {@code act} on this side's containers: {@code FORK_AND_WRITE} and the writes. */
    protected abstract void act(Act act);

    /** The planned act. */
    public final Act plannedAct() {
        return act;
    }

    /** The calls so far. */
    public final int calls() {
        return calls;
    }

    /** Whether the planned act, other than {@link Act#NONE}, was carried out. */
    public final boolean acted() {
        return act != Act.NONE && calls > at;
    }
}
