/**
 * Holstein: collections that share their storage until a write forces a private copy.
 *
 * <p>Two disciplines decide when a write may touch shared storage, and a thread-safe layer sits on
 * the second:
 *
 * <ul>
 *   <li><b>Refcount</b> ({@code Cow*}, mutable): {@link io.holstein.Forkable#fork()} is O(1) and
 *       shares the storage; the first write to shared storage copies it privately, later writes are
 *       in place. {@code CowArrayList}, {@code CowHashMap}, {@code CowHashSet}, {@code CowString}.
 *   <li><b>Persistent</b> (immutable): every write returns a new version sharing all untouched
 *       structure; every version stays valid. {@code PersistentVector}, {@code PersistentHashMap},
 *       {@code PersistentHashSet}, {@code Rope}, each with a builder for batches.
 *   <li><b>Snapshot</b> (thread-safe): one persistent version behind a compare-and-set; reads and
 *       iterations see one whole version, {@code snapshot()} hands it out in O(1). {@code
 *       SnapshotHashMap}, {@code SnapshotVector}.
 * </ul>
 *
 * <h2>One persistent API</h2>
 *
 * <p>Each kind of persistent collection has an interface here that extends its {@code java.util}
 * interface; implementations override every version method with their own return type. The {@code
 * java.util} mutators of persistent types are deprecated and always throw {@link
 * UnsupportedOperationException}. A version method that changes nothing returns {@code this}.
 *
 * <table class="striped">
 *   <caption>Version methods</caption>
 *   <thead>
 *     <tr><th scope="col">interface</th><th scope="col">extends</th><th scope="col">versions</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">{@link io.holstein.PersistentList}</th><td>{@code List}</td>
 *       <td>{@code append}, {@code prepend}, {@code with(index, e)}, {@code insert}, {@code
 *       removeAt}, {@code appendAll}, {@code concat}, {@code slice}, {@code take}, {@code drop};
 *       {@code subList} is persistent</td></tr>
 *     <tr><th scope="row">{@link io.holstein.PersistentSet}</th><td>{@code Set}</td>
 *       <td>{@code with}, {@code without}, {@code union}, {@code intersection}, {@code
 *       difference}</td></tr>
 *     <tr><th scope="row">{@link io.holstein.PersistentMap}</th><td>{@code Map}</td>
 *       <td>{@code with}, {@code without}, {@code withAll}, {@code withoutAll}, {@code
 *       withComputed}</td></tr>
 *     <tr><th scope="row">{@link io.holstein.PersistentSortedSet}</th>
 *       <td>{@code PersistentSet}, {@code NavigableSet}</td>
 *       <td>the set's, plus ranges ({@code headSet}, {@code tailSet}, {@code subSet}, {@code
 *       descendingSet}) as persistent sets, {@code elementAt}, {@code indexOf} (rank)</td></tr>
 *     <tr><th scope="row">{@link io.holstein.PersistentSortedMap}</th>
 *       <td>{@code PersistentMap}, {@code NavigableMap}</td>
 *       <td>the map's, plus ranges ({@code headMap}, {@code tailMap}, {@code subMap}, {@code
 *       descendingMap}) as persistent maps, {@code entryAt}, {@code keyAt}, {@code indexOfKey}
 *       (rank), {@code concat}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Every persistent type has the same factories: {@code empty()}, {@code of(...)}, {@code
 * copyOf(...)}, {@code builder()}, {@code toBuilder()} and a {@code collector(...)} ({@code Rope}:
 * {@code Rope.of(CharSequence)} and {@code Rope.joining()}). The {@code Cow*} and {@code Snapshot*}
 * types are made with the constructors of their JDK twins; a stream collects into one with {@code
 * Collectors.toCollection(CowArrayList::new)}.
 */
package io.holstein;
