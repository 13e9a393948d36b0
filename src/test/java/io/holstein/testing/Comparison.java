package io.holstein.testing;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * How a driver compares the two sides of a differential step: both returned equal values, or both
 * threw exceptions of the same kind (by default the same class), or what they did is a difference
 * the Holstein type documents, which the step names as a {@link Difference}.
 *
 * <p>Immutable: each {@code with...} method returns a new comparison.
 */
public final class Comparison {

    /**
     * A documented difference between the two sides, accepted for one step: for example a stale
     * iterator that may signal its staleness by either of two exceptions.
     */
    @FunctionalInterface
    public interface Difference {

        /** No difference is accepted. */
        Difference NONE = (holstein, model) -> false;

        /** Whether the two outcomes differ only as documented. */
        boolean accepts(Outcome holstein, Outcome model);
    }

    /**
     * The outcomes of both sides of one step.
     *
     * @param holstein the Holstein side's, its value normalized
     * @param model the model side's, its value normalized
     * @param documented whether the step's {@link Difference} accepted them
     */
    public record Outcomes(Outcome holstein, Outcome model, boolean documented) {

        /** Whether the Holstein side threw (then so did the model side, or the difference held). */
        public boolean threw() {
            return holstein.threw();
        }
    }

    private final String holsteinName;

    private final String modelName;

    private final Function<Exception, Class<?>> kind;

    private final Predicate<Exception> sameMessage;

    private final UnaryOperator<Object> normalize;

    private Comparison(
            String holsteinName,
            String modelName,
            Function<Exception, Class<?>> kind,
            Predicate<Exception> sameMessage,
            UnaryOperator<Object> normalize) {
        this.holsteinName = holsteinName;
        this.modelName = modelName;
        this.kind = kind;
        this.sameMessage = sameMessage;
        this.normalize = normalize;
    }

    /**
     * Equal values (by {@code equals}) or exceptions of the same class, whatever their messages.
     *
     * @param holsteinName the Holstein type, for failure messages
     * @param modelName the model's type, for failure messages
     */
    public static Comparison between(String holsteinName, String modelName) {
        return new Comparison(
                holsteinName, modelName, Exception::getClass, e -> false, UnaryOperator.identity());
    }

    /**
     * Exceptions count as alike when {@code kind} maps them to the same class: for example every
     * {@link IndexOutOfBoundsException} subclass to that class.
     */
    public Comparison withExceptionKind(Function<Exception, Class<?>> kind) {
        return new Comparison(holsteinName, modelName, kind, sameMessage, normalize);
    }

    /** Exceptions that {@code sameMessage} selects must also carry the same message. */
    public Comparison withSameMessageFor(Predicate<Exception> sameMessage) {
        return new Comparison(holsteinName, modelName, kind, sameMessage, normalize);
    }

    /** Values are compared after {@code normalize} (for example an array turned into a list). */
    public Comparison withNormalizedValues(UnaryOperator<Object> normalize) {
        return new Comparison(holsteinName, modelName, kind, sameMessage, normalize);
    }

    /**
     * Compares the outcomes of both sides of one step and counts {@code "both threw <kind>"} in
     * {@code coverage} when they threw alike.
     *
     * @param what the step, for the failure message
     * @param accepted the documented difference this step allows, or {@link Difference#NONE}
     * @return both outcomes, with whether {@code accepted} held
     * @throws AssertionError if the outcomes differ otherwise than {@code accepted} allows
     */
    public Outcomes compare(
            String what, Outcome holstein, Outcome model, Difference accepted, Coverage coverage) {
        Outcome h = normalized(holstein);
        Outcome m = normalized(model);
        boolean documented = accepted.accepts(h, m);
        if (!documented && !alike(h, m)) {
            AssertionError e =
                    new AssertionError(
                            what + ": " + holsteinName + " " + h + " but " + modelName + " " + m);
            if (h.threw()) {
                e.addSuppressed(h.thrown());
            }
            throw e;
        }
        if (h.threw()) {
            coverage.cover("both threw " + kind.apply(h.thrown()).getSimpleName());
        }
        return new Outcomes(h, m, documented);
    }

    private Outcome normalized(Outcome o) {
        return o.threw() ? o : new Outcome(normalize.apply(o.value()), null);
    }

    private boolean alike(Outcome h, Outcome m) {
        if (!h.threw() && !m.threw()) {
            return Objects.equals(h.value(), m.value());
        }
        return h.threw()
                && m.threw()
                && kind.apply(h.thrown()) == kind.apply(m.thrown())
                && (!sameMessage.test(h.thrown())
                        || Objects.equals(h.thrown().getMessage(), m.thrown().getMessage()));
    }
}
