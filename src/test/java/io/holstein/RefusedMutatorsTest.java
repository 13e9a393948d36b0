package io.holstein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.list.PersistentVector;
import io.holstein.map.PersistentHashMap;
import io.holstein.map.PersistentHashSet;
import io.holstein.sorted.PersistentTreeMap;
import io.holstein.sorted.PersistentTreeSet;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code java.util} mutator of every immutable type and view is {@code final}, {@link
 * Deprecated} (so that the caller's compiler warns) and throws {@link
 * UnsupportedOperationException} whatever its arguments, leaving the collection unchanged. The
 * mutators are listed by name and parameter types, those of the JDK 21 sequenced collections
 * included, so that a type that forgets one fails here even on JDK 17.
 */
class RefusedMutatorsTest {

    /** A mutator: its name and erased parameter types. */
    private record Mutator(String name, Class<?>... parameters) {
        @Override
        public String toString() {
            return name + List.of(parameters).stream().map(Class::getSimpleName).toList();
        }
    }

    private static final List<Mutator> COLLECTION =
            List.of(
                    new Mutator("add", Object.class),
                    new Mutator("addAll", Collection.class),
                    new Mutator("remove", Object.class),
                    new Mutator("removeAll", Collection.class),
                    new Mutator("retainAll", Collection.class),
                    new Mutator("removeIf", Predicate.class),
                    new Mutator("clear"));

    private static final List<Mutator> LIST =
            Stream.concat(
                            COLLECTION.stream(),
                            Stream.of(
                                    new Mutator("add", int.class, Object.class),
                                    new Mutator("addAll", int.class, Collection.class),
                                    new Mutator("set", int.class, Object.class),
                                    new Mutator("remove", int.class),
                                    new Mutator(
                                            "replaceAll", java.util.function.UnaryOperator.class),
                                    new Mutator("sort", java.util.Comparator.class),
                                    new Mutator("addFirst", Object.class),
                                    new Mutator("addLast", Object.class),
                                    new Mutator("removeFirst"),
                                    new Mutator("removeLast")))
                    .toList();

    private static final List<Mutator> MAP =
            List.of(
                    new Mutator("put", Object.class, Object.class),
                    new Mutator("remove", Object.class),
                    new Mutator("putAll", Map.class),
                    new Mutator("clear"),
                    new Mutator("putIfAbsent", Object.class, Object.class),
                    new Mutator("remove", Object.class, Object.class),
                    new Mutator("replace", Object.class, Object.class, Object.class),
                    new Mutator("replace", Object.class, Object.class),
                    new Mutator("replaceAll", java.util.function.BiFunction.class),
                    new Mutator("computeIfAbsent", Object.class, java.util.function.Function.class),
                    new Mutator(
                            "computeIfPresent", Object.class, java.util.function.BiFunction.class),
                    new Mutator("compute", Object.class, java.util.function.BiFunction.class),
                    new Mutator(
                            "merge",
                            Object.class,
                            Object.class,
                            java.util.function.BiFunction.class));

    /** The mutators NavigableMap and the JDK 21 sequenced maps add. */
    private static final List<Mutator> NAVIGABLE_MAP =
            List.of(
                    new Mutator("pollFirstEntry"),
                    new Mutator("pollLastEntry"),
                    new Mutator("putFirst", Object.class, Object.class),
                    new Mutator("putLast", Object.class, Object.class));

    /** The mutators NavigableSet and the JDK 21 sequenced collections add. */
    private static final List<Mutator> NAVIGABLE_SET =
            List.of(
                    new Mutator("pollFirst"),
                    new Mutator("pollLast"),
                    new Mutator("addFirst", Object.class),
                    new Mutator("addLast", Object.class),
                    new Mutator("removeFirst"),
                    new Mutator("removeLast"));

    @TestFactory
    Stream<DynamicTest> sortedTypes_everyMutator_isFinalDeprecatedAndRefused() {
        PersistentTreeMap<String, Object> map = PersistentTreeMap.of("k", "v", "l", 2);
        PersistentTreeSet<String> set = PersistentTreeSet.of("a", "b");
        List<DynamicTest> tests = new ArrayList<>();
        for (PersistentTreeMap<String, Object> m : List.of(map, map.descendingMap())) {
            String type = m == map ? "PersistentTreeMap" : "PersistentTreeMap.descendingMap()";
            addCases(tests, type, m, MAP);
            addCases(tests, type, m, NAVIGABLE_MAP);
            addCases(tests, type + ".keySet()", m.keySet(), COLLECTION);
            addCases(tests, type + ".keySet()", m.keySet(), NAVIGABLE_SET);
            addCases(tests, type + ".values()", m.values(), COLLECTION);
            addCases(tests, type + ".entrySet()", m.entrySet(), COLLECTION);
        }
        for (PersistentTreeSet<String> s : List.of(set, set.descendingSet())) {
            String type = s == set ? "PersistentTreeSet" : "PersistentTreeSet.descendingSet()";
            addCases(tests, type, s, COLLECTION);
            addCases(tests, type, s, NAVIGABLE_SET);
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyMutatorIsFinalDeprecatedAndRefused() {
        PersistentHashMap<Object, Object> map = PersistentHashMap.of("k", "v", 1, 2);
        PersistentHashSet<Object> set = PersistentHashSet.of("a", 1);
        List<DynamicTest> tests = new ArrayList<>();
        PersistentVector<Object> vector = PersistentVector.of("a", 1, "k");
        addCases(tests, "PersistentVector", vector, LIST);
        addCases(tests, "PersistentVector.subList", vector.subList(1, 3), LIST);
        addCases(tests, "PersistentHashSet", set, COLLECTION);
        addCases(tests, "PersistentHashMap.keySet()", map.keySet(), COLLECTION);
        addCases(tests, "PersistentHashMap.values()", map.values(), COLLECTION);
        addCases(tests, "PersistentHashMap.entrySet()", map.entrySet(), COLLECTION);
        addCases(tests, "PersistentHashMap", map, MAP);
        return tests.stream();
    }

    private static void addCases(
            List<DynamicTest> tests, String type, Object target, List<Mutator> mutators) {
        for (Mutator m : mutators) {
            tests.add(DynamicTest.dynamicTest(type + "." + m, () -> checkRefused(target, m)));
        }
    }

    private static void checkRefused(Object target, Mutator m) throws Exception {
        Method method = target.getClass().getMethod(m.name(), m.parameters());
        assertTrue(Modifier.isFinal(method.getModifiers()), method + " is not final");
        assertNotNull(method.getAnnotation(Deprecated.class), method + " is not @Deprecated");
        String before = String.valueOf(target);
        method.setAccessible(true);
        Object[] args = new Object[m.parameters().length];
        for (int i = 0; i < args.length; i++) {
            args[i] = sampleArgument(m.parameters()[i]);
        }
        InvocationTargetException thrown =
                assertThrows(InvocationTargetException.class, () -> method.invoke(target, args));
        assertTrue(
                thrown.getCause() instanceof UnsupportedOperationException,
                method + " threw " + thrown.getCause());
        assertEquals(before, String.valueOf(target), method + " changed the collection");
    }

    /** An argument that a mutable collection would accept and act on. */
    private static Object sampleArgument(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == Collection.class) {
            return new ArrayList<>(List.of("a", "k", 1));
        }
        if (type == Map.class) {
            return Map.of("k", "w");
        }
        if (type == Set.class) {
            return Set.of("a");
        }
        if (type == Predicate.class) {
            return (Predicate<Object>) x -> true;
        }
        if (type == java.util.function.Function.class) {
            return (java.util.function.Function<Object, Object>) x -> "new";
        }
        if (type == java.util.function.BiFunction.class) {
            return (java.util.function.BiFunction<Object, Object, Object>) (x, y) -> "new";
        }
        if (type == java.util.function.UnaryOperator.class) {
            return (java.util.function.UnaryOperator<Object>) x -> "new";
        }
        if (type == java.util.Comparator.class) {
            return java.util.Comparator.comparing(String::valueOf).reversed();
        }
        return "k";
    }
}
