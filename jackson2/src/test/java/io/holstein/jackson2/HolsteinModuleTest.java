package io.holstein.jackson2;

import static io.holstein.jackson2.Json.MAPPER;
import static io.holstein.jackson2.Json.assertSameTypes;
import static io.holstein.jackson2.Json.twin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.holstein.PersistentList;
import io.holstein.PersistentMap;
import io.holstein.PersistentSet;
import io.holstein.PersistentSortedMap;
import io.holstein.PersistentSortedSet;
import io.holstein.concurrent.SnapshotHashMap;
import io.holstein.concurrent.SnapshotTreeMap;
import io.holstein.concurrent.SnapshotVector;
import io.holstein.list.CowArrayList;
import io.holstein.list.PersistentVector;
import io.holstein.map.CowHashMap;
import io.holstein.map.CowHashSet;
import io.holstein.map.PersistentHashMap;
import io.holstein.map.PersistentHashSet;
import io.holstein.sorted.CowTreeMap;
import io.holstein.sorted.CowTreeSet;
import io.holstein.sorted.PersistentTreeMap;
import io.holstein.sorted.PersistentTreeSet;
import io.holstein.string.CowString;
import io.holstein.string.Rope;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HolsteinModuleTest {

    /** One public type, declared with nested generics, and a sample of it of any size. */
    record Case(String name, TypeReference<?> type, IntFunction<Object> sample) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final int LARGE = 100_000;

    /** Every public type; the interfaces' samples are their default implementations. */
    static Stream<Case> everyType() {
        return Stream.of(
                new Case(
                        "PersistentVector<PersistentHashMap<String, Instant>>",
                        new TypeReference<
                                PersistentVector<PersistentHashMap<String, Instant>>>() {},
                        n -> vector(n, i -> PersistentHashMap.of("at", instant(i), "x", null))),
                new Case(
                        "PersistentList<PersistentList<Integer>>",
                        new TypeReference<PersistentList<PersistentList<Integer>>>() {},
                        n -> vector(n, i -> PersistentVector.of(i, -i))),
                new Case(
                        "SnapshotVector<PersistentSet<UUID>>",
                        new TypeReference<SnapshotVector<PersistentSet<UUID>>>() {},
                        n -> new SnapshotVector<>(vector(n, i -> PersistentHashSet.of(uuid(i))))),
                new Case(
                        "PersistentHashSet<PersistentVector<Long>>",
                        new TypeReference<PersistentHashSet<PersistentVector<Long>>>() {},
                        n -> set(n, i -> PersistentVector.of((long) i, null))),
                new Case(
                        "PersistentSet<Rope>",
                        new TypeReference<PersistentSet<Rope>>() {},
                        n -> set(n, i -> Rope.of(text(i % 40) + i))),
                new Case(
                        "PersistentHashMap<Integer, PersistentList<Instant>>",
                        new TypeReference<PersistentHashMap<Integer, PersistentList<Instant>>>() {},
                        n -> map(n, i -> i, i -> PersistentVector.of(instant(i)))),
                new Case(
                        "PersistentMap<UUID, PersistentMap<String, Integer>>",
                        new TypeReference<PersistentMap<UUID, PersistentMap<String, Integer>>>() {},
                        n -> map(n, HolsteinModuleTest::uuid, i -> PersistentHashMap.of("n", i))),
                new Case(
                        "SnapshotHashMap<Rope, PersistentVector<String>>",
                        new TypeReference<SnapshotHashMap<Rope, PersistentVector<String>>>() {},
                        n ->
                                new SnapshotHashMap<>(
                                        map(
                                                n,
                                                i -> Rope.of("k" + i),
                                                i -> PersistentVector.of("v")))),
                new Case(
                        "PersistentTreeMap<Integer, PersistentSortedSet<String>>",
                        new TypeReference<
                                PersistentTreeMap<Integer, PersistentSortedSet<String>>>() {},
                        n -> treeMap(n, i -> -i, i -> PersistentTreeSet.of("b" + i, "a", "c"))),
                new Case(
                        "PersistentSortedMap<UUID, PersistentTreeSet<Instant>>",
                        new TypeReference<
                                PersistentSortedMap<UUID, PersistentTreeSet<Instant>>>() {},
                        n ->
                                treeMap(
                                        n,
                                        HolsteinModuleTest::uuid,
                                        i -> PersistentTreeSet.of(instant(i + 1), instant(i)))),
                new Case(
                        "PersistentTreeSet<String>",
                        new TypeReference<PersistentTreeSet<String>>() {},
                        n -> treeSet(n, i -> text(i % 40) + i)),
                new Case(
                        "PersistentSortedSet<Long>",
                        new TypeReference<PersistentSortedSet<Long>>() {},
                        // Distinct for n below the prime 100,003, in an order unlike insertion's.
                        n -> treeSet(n, i -> i * 7919L % 100_003L)),
                new Case(
                        "CowArrayList<PersistentHashMap<Long, String>>",
                        new TypeReference<CowArrayList<PersistentHashMap<Long, String>>>() {},
                        n ->
                                new CowArrayList<>(
                                        vector(n, i -> PersistentHashMap.of((long) i, "s")))),
                new Case(
                        "CowHashSet<CowString>",
                        new TypeReference<CowHashSet<CowString>>() {},
                        n -> new CowHashSet<>(set(n, i -> new CowString(text(i % 40) + i)))),
                new Case(
                        "CowHashMap<CowString, CowArrayList<Boolean>>",
                        new TypeReference<CowHashMap<CowString, CowArrayList<Boolean>>>() {},
                        n ->
                                new CowHashMap<>(
                                        map(
                                                n,
                                                i -> new CowString("k" + i),
                                                i -> new CowArrayList<>(List.of(i % 2 == 0))))),
                new Case(
                        "SnapshotTreeMap<Integer, PersistentVector<String>>",
                        new TypeReference<SnapshotTreeMap<Integer, PersistentVector<String>>>() {},
                        n ->
                                new SnapshotTreeMap<>(
                                        treeMap(n, i -> -i, i -> PersistentVector.of("v" + i)))),
                new Case(
                        "CowTreeMap<String, CowTreeSet<Integer>>",
                        new TypeReference<CowTreeMap<String, CowTreeSet<Integer>>>() {},
                        n ->
                                new CowTreeMap<>(
                                        treeMap(
                                                n,
                                                i -> "k" + i,
                                                i -> new CowTreeSet<>(List.of(i, -i, 0))))),
                new Case("Rope", new TypeReference<Rope>() {}, n -> Rope.of(text(n))),
                new Case(
                        "CowString",
                        new TypeReference<CowString>() {},
                        n -> new CowString(text(n))));
    }

    static Stream<Arguments> everyTypeAndSize() {
        return everyType()
                .flatMap(c -> IntStream.of(0, 3, LARGE).mapToObj(n -> Arguments.of(c, n)));
    }

    @ParameterizedTest(name = "{0}, size {1}")
    @MethodSource("everyTypeAndSize")
    void writeAndRead_everyTypeAndSize_writesTheTwinsTextAndReadsBackTheSameTypes(Case c, int size)
            throws Exception {
        Object value = c.sample().apply(size);

        String json = MAPPER.writeValueAsString(value);

        assertEquals(MAPPER.writeValueAsString(twin(value)), json);
        assertSameTypes(value, MAPPER.readValue(json, c.type()));
    }

    @Test
    void readValue_nestedGenericsByTypeReferenceAndJavaType_readsEveryLevelAsDeclared()
            throws Exception {
        String json = "[{\"a\":\"2024-01-02T03:04:05Z\"},{},{\"b\":\"1970-01-01T00:00:00Z\"}]";
        PersistentVector<PersistentHashMap<String, Instant>> expected =
                PersistentVector.of(
                        PersistentHashMap.of("a", Instant.parse("2024-01-02T03:04:05Z")),
                        PersistentHashMap.of(),
                        PersistentHashMap.of("b", Instant.EPOCH));

        PersistentVector<PersistentHashMap<String, Instant>> byReference =
                MAPPER.readValue(
                        json,
                        new TypeReference<
                                PersistentVector<PersistentHashMap<String, Instant>>>() {});
        TypeFactory types = MAPPER.getTypeFactory();
        JavaType javaType =
                types.constructCollectionType(
                        PersistentVector.class,
                        types.constructMapType(
                                PersistentHashMap.class, String.class, Instant.class));
        Object byJavaType = MAPPER.readValue(json, javaType);

        assertSameTypes(expected, byReference);
        assertSameTypes(expected, byJavaType);
        assertSame(Instant.class, byReference.get(0).get("a").getClass());
    }

    @Test
    void findAndAddModules_onTheClassPath_findsTheModuleByItsServiceFile() throws Exception {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

        assertTrue(
                mapper.getRegisteredModuleIds().contains(HolsteinModule.class.getName()),
                () -> "registered: " + mapper.getRegisteredModuleIds());
        assertSameTypes(
                PersistentVector.of(1, 2),
                mapper.readValue("[1,2]", new TypeReference<PersistentVector<Integer>>() {}));
    }

    @Test
    void findModules_onAModulePath_findsTheModuleByItsDescriptor() throws Exception {
        // A layer of named modules, as an application on the module path has them: the compiled
        // module (target/classes), the library and Jackson. META-INF/services is not read for
        // named modules, so only module-info's "provides" can make Jackson find the module here.
        Path[] modules =
                Stream.concat(
                                Stream.of(codeSource(HolsteinModule.class)),
                                Arrays.stream(CLASS_PATH.split(File.pathSeparator))
                                        .map(Path::of)
                                        .filter(HolsteinModuleTest::isLayerJar))
                        .toArray(Path[]::new);
        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration =
                boot.configuration()
                        .resolveAndBind(
                                ModuleFinder.of(modules),
                                ModuleFinder.of(),
                                Set.of("io.holstein.jackson2"));
        ModuleLayer layer =
                boot.defineModulesWithOneLoader(
                        configuration, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader("io.holstein.jackson2");

        Class<?> objectMapper = loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
        List<?> found =
                (List<?>)
                        objectMapper
                                .getMethod("findModules", ClassLoader.class)
                                .invoke(null, loader);

        assertEquals(
                List.of("io.holstein.jackson2.HolsteinModule"),
                found.stream().map(m -> m.getClass().getName()).toList());
        assertEquals("io.holstein.jackson2", found.get(0).getClass().getModule().getName());
    }

    /** The README's example; keep the two the same. */
    @Test
    void readmeExample_readsInterfacesAsTheirDefaultsAndWritesThemBack() throws Exception {
        JsonMapper mapper = JsonMapper.builder().addModule(new HolsteinModule()).build();

        record Order(PersistentList<String> items, PersistentMap<String, Integer> stock) {}
        Order order =
                mapper.readValue(
                        "{\"items\":[\"tea\",\"milk\"],\"stock\":{\"tea\":3}}", Order.class);
        PersistentList<String> more = order.items().append("sugar"); // a new version

        assertSameTypes(PersistentVector.of("tea", "milk", "sugar"), more);
        assertSameTypes(PersistentHashMap.of("tea", 3), order.stock());
        assertEquals(
                "{\"items\":[\"tea\",\"milk\"],\"stock\":{\"tea\":3}}",
                mapper.writeValueAsString(order));
    }

    private static final String CLASS_PATH = System.getProperty("java.class.path");

    /** The library's jar and Jackson's, as a module path holds them (other modules left out). */
    private static boolean isLayerJar(Path jar) {
        String name = jar.getFileName().toString();
        return name.endsWith(".jar")
                && Stream.of(
                                "holstein-",
                                "jackson-core-",
                                "jackson-databind-",
                                "jackson-annotations-")
                        .anyMatch(name::startsWith);
    }

    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static <E> PersistentVector<E> vector(int n, IntFunction<E> element) {
        PersistentVector.Builder<E> b = PersistentVector.builder();
        for (int i = 0; i < n; i++) {
            b.add(element.apply(i));
        }
        return b.build();
    }

    private static <E> PersistentHashSet<E> set(int n, IntFunction<E> element) {
        PersistentHashSet.Builder<E> b = PersistentHashSet.builder();
        for (int i = 0; i < n; i++) {
            b.add(element.apply(i));
        }
        return b.build();
    }

    private static <K, V> PersistentHashMap<K, V> map(
            int n, IntFunction<K> key, IntFunction<V> value) {
        PersistentHashMap.Builder<K, V> b = PersistentHashMap.builder();
        for (int i = 0; i < n; i++) {
            b.put(key.apply(i), value.apply(i));
        }
        return b.build();
    }

    private static <E> PersistentTreeSet<E> treeSet(int n, IntFunction<E> element) {
        return PersistentTreeSet.copyOf(vector(n, element));
    }

    private static <K, V> PersistentTreeMap<K, V> treeMap(
            int n, IntFunction<K> key, IntFunction<V> value) {
        return PersistentTreeMap.copyOf(map(n, key, value));
    }

    static Instant instant(int i) {
        return Instant.ofEpochSecond(1_700_000_000L + i, i % 1000);
    }

    static UUID uuid(int i) {
        return new UUID(i, ~i);
    }

    /**
     * {@code n} chars mixing ASCII, Latin-1, other BMP chars and surrogate pairs, never ending
     * inside a pair.
     */
    static String text(int n) {
        String cycle = "ab\"\\é€\n\uD83D\uDE00";
        StringBuilder s = new StringBuilder(n);
        while (s.length() < n) {
            s.append(cycle, 0, Math.min(cycle.length(), n - s.length()));
        }
        if (n > 0 && Character.isHighSurrogate(s.charAt(n - 1))) {
            s.setCharAt(n - 1, 'z');
        }
        return s.toString();
    }
}
