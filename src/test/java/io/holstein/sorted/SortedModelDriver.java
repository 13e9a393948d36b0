package io.holstein.sorted;

import io.holstein.testing.Comparison;
import io.holstein.testing.Comparison.Outcomes;
import io.holstein.testing.Decisions;
import io.holstein.testing.ModelDriver;
import io.holstein.testing.Versions;
import io.holstein.testing.Versions.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * What the model drivers of the sorted map and set share ({@link PersistentTreeMapModelDriver},
 * {@link PersistentTreeSetModelDriver}): the keys of one {@link SortedKeys} space; every version
 * ever made, kept with a private model ({@code TreeMap} or {@code TreeSet}, or the descending view
 * of one for a descending version, so that it behaves as {@code descendingMap()} does) and checked
 * when made and all again at the end; the versions a step read, checked again after it, so that a
 * write that leaked into shared structure shows at once; writes run on both sides, which must
 * return alike or throw exceptions of one class; and builders that live on after {@code build()}
 * and keep writing.
 *
 * @param <H> the Holstein type
 * @param <M> the model's type
 * @param <B> the Holstein type's builder
 */
abstract class SortedModelDriver<H, M, B> extends ModelDriver {

    private static final int MAX_BUILDERS = 3;

    /** The largest version a bulk run grows; a tree of height 3 holds a few tens of thousands. */
    static final int MAX_SIZE = 48_000;

    final SortedKeys keys;

    final Versions<H, M> versions = new Versions<>();

    /** The versions the current step read, checked again after it. */
    private final List<Version<H, M>> operands = new ArrayList<>();

    final List<BuilderTwin<B, M>> builders = new ArrayList<>();

    /** A builder, its model and the order of its tree; it counts its builds. */
    static final class BuilderTwin<B, M> {
        final String name;
        final B builder;
        final M model;
        final Comparator<Object> order;
        int builds;

        BuilderTwin(String name, B builder, M model, Comparator<Object> order) {
            this.name = name;
            this.builder = builder;
            this.model = model;
            this.order = order;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    SortedModelDriver(Decisions d, SortedKeys keys, String holsteinName, String modelName) {
        super(d, Comparison.between(holsteinName, modelName));
        this.keys = keys;
    }

    /** Invariants and contents in order: what a step must leave of the versions it read. */
    abstract void checkContents(Version<H, M> v);

    /** Everything a version can be asked, against its model. */
    abstract void checkVersion(Version<H, M> v);

    /** Whether a write whose result has {@code result}'s model must have returned its operand. */
    abstract boolean unchanged(M operand, M result);

    /** A private copy of {@code model}, of its order and direction. */
    abstract M copy(M model);

    abstract TreeNode root(H value);

    abstract boolean isDescending(H value);

    abstract H build(B builder);

    /** The version {@code a} made again through a builder, sharing its tree or not. */
    abstract Version<H, M> rebuilt(Version<H, M> a);

    /** A short description of a model, for the trace. */
    abstract String summary(M model);

    @Override
    protected final void checkAll() {
        for (var v : operands) {
            checkContents(v);
        }
        operands.clear();
    }

    @Override
    protected final void finish() {
        for (BuilderTwin<B, M> b : builders) {
            add(b + ".build() at the end", build(b.builder), copy(b.model));
        }
        for (var v : versions) {
            checkVersion(v);
        }
    }

    /** Mostly a recent version, kept to be checked again after the step. */
    final Version<H, M> pick() {
        var v = versions.recent(d);
        operands.add(v);
        return v;
    }

    /**
     * The tallest of three versions chosen as {@link #pick} chooses, so that splits and joins meet
     * the deepest trees often.
     */
    final Version<H, M> pickTall() {
        var v = pick();
        for (int i = 0; i < 2; i++) {
            var w = pick();
            if (BTree.height(root(w.value())) > BTree.height(root(v.value()))) {
                v = w;
            }
        }
        return v;
    }

    /** Any version, kept to be checked again after the step. */
    final Version<H, M> other() {
        var v = versions.any(d);
        operands.add(v);
        return v;
    }

    /** Keeps and checks a new version. */
    final Version<H, M> add(String what, H value, M model) {
        var v = versions.add("v", value, model);
        log("  " + v + " = " + what + " -> " + summary(model));
        checkVersion(v);
        cover("a version of height " + BTree.height(root(value)));
        if (isDescending(value)) {
            cover("a descending version");
        }
        return v;
    }

    /**
     * Runs a write on both sides: the version and its model are kept if both returned, nothing if
     * both threw alike; anything else fails.
     *
     * @return the new version, or null if both threw
     */
    final Version<H, M> derive(String what, Callable<H> holstein, Callable<M> model) {
        log(what);
        Object[] made = new Object[2];
        Outcomes o =
                compare(
                        what,
                        () -> {
                            made[0] = holstein.call();
                            return "made";
                        },
                        () -> {
                            made[1] = model.call();
                            return "made";
                        });
        if (o.threw()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        var v = add(what, (H) made[0], (M) made[1]);
        return v;
    }

    /** A result equal to its operand (as {@link #unchanged} says) must be the operand itself. */
    final void expectSame(Version<H, M> operand, Version<H, M> result) {
        if (result == null || !unchanged(operand.model(), result.model())) {
            return;
        }
        check(
                result.value() == operand.value(),
                result + ": equals " + operand + ", so must be it");
        cover("returned an operand unchanged");
    }

    /**
     * Compares a version with another, or with itself made again: {@code equals} both ways and with
     * the other's model, and hash codes, as their models compare.
     */
    final void compareTwo() {
        var a = pick();
        var b = d.oneIn(3) ? rebuilt(a) : other();
        boolean expected = a.model().equals(b.model());
        check(
                a.value().equals(b.value()) == expected && b.value().equals(a.value()) == expected,
                a + ".equals(" + b + ") should be " + expected);
        check(a.value().equals(b.model()) == expected, a + ".equals(model of " + b + ")");
        // Under an order inconsistent with equals, equal collections may spell keys apart and so
        // hash apart, as TreeMaps and TreeSets do.
        check(
                (a.value().hashCode() == b.value().hashCode())
                        == (a.model().hashCode() == b.model().hashCode()),
                a + ", " + b + ": hash codes");
        cover(expected ? "equal versions compared" : "unequal versions compared");
    }

    /**
     * One builder to write to, or a new one from {@code make} (given a fresh id), when there is
     * none or now and then: then null.
     */
    final BuilderTwin<B, M> builder(Function<Integer, BuilderTwin<B, M>> make) {
        if (!builders.isEmpty() && !d.oneIn(8)) {
            return d.pick(builders);
        }
        if (builders.size() == MAX_BUILDERS) {
            builders.remove(d.nextInt(MAX_BUILDERS));
        }
        BuilderTwin<B, M> b = make.apply(nextId());
        builders.add(b);
        log(b + " made");
        return null;
    }

    /** A write to a builder and to its model; a builder that built before writes after build. */
    final void write(BuilderTwin<B, M> b, String op, Callable<B> holstein, Function<M, ?> model) {
        log(b + op);
        compare(
                b + op,
                () -> {
                    check(holstein.call() == b.builder, b + op + " returns the builder");
                    return null;
                },
                () -> {
                    model.apply(b.model);
                    return null;
                });
        if (b.builds > 0) {
            cover("a builder wrote after build()");
        }
    }

    /** Builds {@code b} into a version. */
    final void build(BuilderTwin<B, M> b) {
        log(b + ".build()");
        add(b + ".build()", build(b.builder), copy(b.model));
        cover(b.name.startsWith("builder") ? "build from builder()" : "build from toBuilder()");
        b.builds++;
    }

    /**
     * The checks of a version loaded from {@code n} ascending keys: in O(n), into full leaves, as
     * many as a run of ascending keys leaves.
     */
    final void checkLoaded(Version<H, M> v, int n) {
        int full = BTree.ceilDiv(n, TreeNode.FANOUT);
        int leaves = leaves(root(v.value()));
        check(
                leaves <= full + n / TreeWriter.RUN_LIMIT + 1,
                v + ": " + leaves + " leaves for " + n + " ascending keys");
    }

    private static int leaves(TreeNode node) {
        if (node instanceof TreeBranch b) {
            int count = 0;
            for (int i = 0; i < b.n; i++) {
                count += leaves(b.children[i]);
            }
            return count;
        }
        return 1;
    }

    /**
     * Collects {@code input} through the collector's own functions: two parts accumulated apart,
     * cut at {@code cut}, then combined, as a parallel stream would.
     */
    static <T, A, R> R collectInParts(Collector<T, A, R> c, List<T> input, int cut) {
        A left = c.supplier().get();
        A right = c.supplier().get();
        for (int i = 0; i < input.size(); i++) {
            c.accumulator().accept(i < cut ? left : right, input.get(i));
        }
        return c.finisher().apply(c.combiner().apply(left, right));
    }

    /** A key of the space, or now and then one every write must refuse. */
    final Object writeKey(java.util.Collection<?> present) {
        Object refused = d.oneIn(12) ? keys.refused(d, present) : null;
        return refused != null ? refused : keys.key(d);
    }

    /** A key of the space, or now and then a foreign one. */
    final Object readKey() {
        return d.oneIn(10) ? keys.foreign(d) : keys.key(d);
    }

    /** The comparator, through serialization, as a deserialized collection's: null stays null. */
    static Comparator<Object> serialized(Comparator<Object> order) {
        return order == null ? null : roundTrip(order);
    }
}
