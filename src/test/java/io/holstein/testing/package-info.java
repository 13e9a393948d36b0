/**
 * Test support, and the differential model harness that every model-based test uses.
 *
 * <h2>The harness</h2>
 *
 * <p>A model-based test drives a Holstein type and a {@code java.util} model of it (or {@code
 * StringBuilder}, {@code String}) through the same operations, chosen from {@link
 * io.holstein.testing.Decisions}, and checks after every step that the two agree (DESIGN.md §5).
 * The pieces, each written once:
 *
 * <ul>
 *   <li>{@link io.holstein.testing.ModelDriver}: the base of every driver, with the step loop
 *       ({@code start}, {@code step} until the decisions run out, {@code finish}), the {@link
 *       io.holstein.testing.Trace} of recent steps printed with a failure, the {@link
 *       io.holstein.testing.Coverage} of situations reached, and {@code both}, which runs one
 *       operation on each {@link io.holstein.testing.Side} and compares the two {@link
 *       io.holstein.testing.Outcome}s as the driver's {@link io.holstein.testing.Comparison} says:
 *       equal values, exceptions of the same kind, or a difference the Holstein type documents;
 *   <li>{@link io.holstein.testing.Versions}: for a persistent type, every version with its model,
 *       checked when made and all again at the end;
 *   <li>{@link io.holstein.testing.Family}: for a refcount type, the members of a fork family, each
 *       a {@link io.holstein.testing.Family.Member} with its own model and the views and iterators
 *       kept of it ({@link io.holstein.testing.ModelDriver#keep}), and the check of their counts;
 *   <li>{@link io.holstein.testing.Twin}: a value of each side (iterators, views, callbacks);
 *   <li>{@link io.holstein.testing.Callbacks} and {@link io.holstein.testing.PlannedFailure}: user
 *       functions that fork, write or throw at a chosen call, the same on both sides;
 *   <li>{@link io.holstein.testing.ModelTest} and {@link io.holstein.testing.ModelRun}: the one way
 *       to declare a model test (fixed seeds, fresh seeds, steps, situations that must be reached),
 *       and {@link io.holstein.testing.ModelRun#fuzz} for its Jazzer fuzz test.
 * </ul>
 *
 * <h2>Adding a model test: the recipe</h2>
 *
 * <p><b>1. The driver</b>, {@code <Type>ModelDriver} beside the type's tests: a final class
 * extending {@code ModelDriver}, with a constructor taking the {@code Decisions}. It draws every
 * choice from {@code d}, logs one line per operation and covers the situations worth requiring.
 *
 * <p>A persistent type keeps every version and checks them all again at the end. For a sorted map
 * ({@code Tree} standing for {@code PersistentTreeMap<Integer, String>}, {@code Model} for {@code
 * TreeMap<Integer, String>}):
 *
 * <pre>{@code
 * final class PersistentTreeMapModelDriver extends ModelDriver {
 *     private final Versions<Tree, Model> versions = new Versions<>();
 *
 *     PersistentTreeMapModelDriver(Decisions d) {
 *         super(d);
 *     }
 *
 *     protected void start() {
 *         add("empty", PersistentTreeMap.empty(), new TreeMap<>());
 *     }
 *
 *     protected void step() {
 *         var v = versions.recent(d);
 *         Integer k = d.nextInt(100);
 *         Model model = new TreeMap<>(v.model());
 *         switch (d.weighted(4, 2, 1)) {
 *             case 0 -> {
 *                 model.put(k, "v" + k);
 *                 add(v + ".with(" + k + ")", v.value().with(k, "v" + k), model);
 *             }
 *             case 1 -> {
 *                 model.remove(k);
 *                 add(v + ".without(" + k + ")", v.value().without(k), model);
 *             }
 *             default -> {
 *                 add(v + " serialized", roundTrip(v.value()), model);
 *                 cover("serialization round trip");
 *             }
 *         }
 *     }
 *
 *     protected void finish() {
 *         for (var v : versions) {
 *             checkVersion(v); // no later version changed an earlier one
 *         }
 *     }
 *
 *     private void add(String name, Tree map, Model model) {
 *         var v = versions.add(name, map, model);
 *         log(v + " -> " + model);
 *         checkVersion(v);
 *     }
 *
 *     private void checkVersion(Version<Tree, Model> v) {
 *         v.value().checkInvariants();
 *         check(v.value().equals(v.model()), v + ": " + v.value() + ", model " + v.model());
 *         check(List.copyOf(v.value().keySet()).equals(List.copyOf(v.model().keySet())),
 *                 v + ": key order");
 *     }
 * }
 * }</pre>
 *
 * <p>A refcount type keeps a fork family, each member with its model and the iterators and views
 * kept of it, and compares every operation on both sides with {@code both}. For a sorted map
 * ({@code Cow} standing for {@code CowTreeMap<Integer, String>}, {@code Model} for {@code
 * TreeMap<Integer, String>}):
 *
 * <pre>{@code
 * final class CowTreeMapModelDriver extends ModelDriver {
 *     private static final class Member
 *             extends Family.Member<NavigableMap<Integer, String>, Cow, Model> {
 *         final List<Twin<Iterator<Integer>>> iterators = new ArrayList<>();
 *
 *         Member(String name, Cow holstein, Model model) {
 *             super(name, holstein, model);
 *         }
 *     }
 *
 *     private final Family<Member> family = new Family<>(this, 5);
 *
 *     CowTreeMapModelDriver(Decisions d) {
 *         super(d, Comparison.between("CowTreeMap", "TreeMap"));
 *     }
 *
 *     protected void start() {
 *         family.add(new Member("M" + nextId(), new CowTreeMap<>(), new TreeMap<>()));
 *     }
 *
 *     protected void step() {
 *         Member m = family.pick();
 *         Integer k = d.nextInt(100);
 *         switch (d.weighted(6, 2, 2, 1)) {
 *             case 0 -> both(m + ".put(" + k + ")", s -> m.of(s).put(k, "v" + k));
 *             case 1 -> {
 *                 Member f = new Member("M" + nextId(), m.holstein.fork(), new TreeMap<>(m.model));
 *                 family.add(f);
 *                 log(f + " = " + m + ".fork()");
 *                 cover("fork");
 *             }
 *             case 2 -> keep(m.iterators, 4, new Twin<>(
 *                     m.holstein.keySet().iterator(), m.model.keySet().iterator()));
 *             default -> {
 *                 if (!m.iterators.isEmpty()) {
 *                     Twin<Iterator<Integer>> it = d.pick(m.iterators);
 *                     // the same key, or both stale (ConcurrentModificationException)
 *                     both(m + " iterator.next()", s -> it.of(s).next());
 *                 }
 *             }
 *         }
 *     }
 *
 *     protected void checkAll() { // after every step
 *         for (Member x : family) {
 *             x.holstein.checkInvariants();
 *             check(x.holstein.equals(x.model), x + ": " + x.holstein + ", model " + x.model);
 *         }
 *         family.checkCounts(
 *                 x -> x.holstein.shares(), x -> x.holstein.root(), x -> x.holstein.isShared());
 *     }
 * }
 * }</pre>
 *
 * <p><b>2. The model test</b>, {@code <Type>ModelTest}: only its constants.
 *
 * <pre>{@code
 * class PersistentTreeMapModelTest extends ModelTest {
 *     PersistentTreeMapModelTest() {
 *         super(
 *                 ModelRun.of("PersistentTreeMap", PersistentTreeMapModelDriver::new)
 *                         .withSteps(300)
 *                         .withFixedSeeds(1, 20)
 *                         .withMustReach("serialization round trip"));
 *     }
 * }
 * }</pre>
 *
 * <p><b>3. The fuzz test</b>, {@code <Type>FuzzTest}: one {@code @FuzzTest} method whose body is
 * {@code ModelRun.fuzz(data, MAX_STEPS, <Type>ModelDriver::new)}, and its regression inputs under
 * {@code src/test/resources/<package>/<Type>FuzzTestInputs/<method>/}.
 *
 * <p>Then run the model test's fixed seeds until they reach every situation named, fuzz for a while
 * ({@code scripts/fuzz <Type>FuzzTest 10m}), and keep what fails as a regression seed or input.
 */
package io.holstein.testing;
