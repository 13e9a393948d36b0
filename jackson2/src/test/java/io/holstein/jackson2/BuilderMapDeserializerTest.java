package io.holstein.jackson2;

import static io.holstein.jackson2.Json.MAPPER;
import static io.holstein.jackson2.Json.assertFails;
import static io.holstein.jackson2.Json.assertSameTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.holstein.PersistentMap;
import io.holstein.PersistentSortedMap;
import io.holstein.concurrent.SnapshotHashMap;
import io.holstein.concurrent.SnapshotTreeMap;
import io.holstein.list.PersistentVector;
import io.holstein.map.PersistentHashMap;
import io.holstein.sorted.PersistentTreeMap;
import io.holstein.string.Rope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BuilderMapDeserializerTest {

    enum Color {
        RED,
        GREEN
    }

    /** A key type Jackson reads through its one-String constructor and writes by toString. */
    record Sku(String code) {
        @Override
        public String toString() {
            return code;
        }
    }

    /** A comparable key type, read through its one-String constructor. */
    record Grade(String code) implements Comparable<Grade> {
        @Override
        public int compareTo(Grade other) {
            return code.compareTo(other.code);
        }

        @Override
        public String toString() {
            return code;
        }
    }

    record Stock(PersistentMap<String, Integer> counts) {}

    static Stream<Arguments> keyTypes() {
        return Stream.of(
                Arguments.of(Integer.class, "{\"1\":\"a\",\"-20\":\"b\"}"),
                Arguments.of(Color.class, "{\"RED\":\"a\",\"GREEN\":\"b\"}"),
                Arguments.of(
                        UUID.class,
                        "{\"" + new UUID(1, 2) + "\":\"a\",\"" + new UUID(3, 4) + "\":\"b\"}"),
                Arguments.of(Sku.class, "{\"x-1\":\"a\",\"y-2\":\"b\"}"),
                Arguments.of(Rope.class, "{\"x\":\"a\",\"\":\"b\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyTypes")
    void readValue_keysOfEachKind_readAsHashMapReadsThem(Class<?> keyType, String json)
            throws Exception {
        TypeFactory types = MAPPER.getTypeFactory();
        Map<?, ?> expected =
                MAPPER.readValue(
                        json, types.constructMapType(HashMap.class, keyType, String.class));
        for (Class<?> mapType :
                List.of(PersistentHashMap.class, PersistentMap.class, SnapshotHashMap.class)) {
            @SuppressWarnings("unchecked")
            JavaType type =
                    types.constructMapType(
                            (Class<? extends Map<?, ?>>) mapType, keyType, String.class);
            Map<?, ?> read = MAPPER.readValue(json, type);
            assertEquals(expected, read, () -> "as " + type);
            assertEquals(2, read.size());
            read.keySet().forEach(k -> assertSame(keyType, k.getClass()));
        }
    }

    @Test
    void readValue_keyOfWrongType_failsWithInvalidFormatAtTheKey() throws Exception {
        assertFails(
                InvalidFormatException.class,
                List.of("x"),
                () ->
                        MAPPER.readValue(
                                "{\"1\":1,\"x\":2}",
                                new TypeReference<PersistentHashMap<Integer, Integer>>() {}));
    }

    @Test
    void readValue_valueOfWrongType_failsWithInvalidFormatAtTheKey() throws Exception {
        assertFails(
                InvalidFormatException.class,
                List.of("counts", "b"),
                () -> MAPPER.readValue("{\"counts\":{\"a\":1,\"b\":\"x\"}}", Stock.class));
    }

    @Test
    void readValue_arrayWhereObjectExpected_failsWithMismatchedInputAtTheProperty()
            throws Exception {
        assertFails(
                MismatchedInputException.class,
                List.of("counts"),
                () -> MAPPER.readValue("{\"counts\":[1]}", Stock.class));
    }

    @Test
    void readValue_nullValueInSnapshotMaps_failsWithInvalidNullAtTheKey() throws Exception {
        for (TypeReference<?> type :
                List.<TypeReference<?>>of(
                        new TypeReference<PersistentVector<SnapshotHashMap<String, Integer>>>() {},
                        new TypeReference<
                                PersistentVector<SnapshotTreeMap<String, Integer>>>() {})) {
            InvalidNullException e =
                    assertFails(
                            InvalidNullException.class,
                            List.of(1, "b"),
                            () -> MAPPER.readValue("[{\"a\":1},{\"c\":2,\"b\":null}]", type));
            assertEquals("b", e.getPropertyName().getSimpleName());
        }
    }

    @Test
    void readValue_nullKeyInSnapshotHashMap_failsWithInvalidNullAtTheKey() throws Exception {
        JsonMapper mapper = noneAsNullKey(Sku.class, Sku::new);
        String json = "{\"a\":1,\"none\":2}";

        Map<Sku, Integer> expected = new HashMap<>();
        expected.put(new Sku("a"), 1);
        expected.put(null, 2);
        assertEquals(
                expected,
                mapper.readValue(json, new TypeReference<PersistentHashMap<Sku, Integer>>() {}));
        assertFails(
                InvalidNullException.class,
                List.of("none"),
                () ->
                        mapper.readValue(
                                json, new TypeReference<SnapshotHashMap<Sku, Integer>>() {}));
    }

    @Test
    void readValue_nullValueInPersistentHashMap_isKept() throws Exception {
        Map<String, Integer> expected = new HashMap<>();
        expected.put("a", null);
        assertSameTypes(
                PersistentHashMap.copyOf(expected),
                MAPPER.readValue(
                        "{\"a\":null}",
                        new TypeReference<PersistentHashMap<String, Integer>>() {}));
    }

    @Test
    void readValue_repeatedKey_lastValueWinsAsInHashMap() throws Exception {
        String json = "{\"a\":1,\"b\":2,\"a\":3}";
        Map<String, Integer> hashMap =
                MAPPER.readValue(json, new TypeReference<HashMap<String, Integer>>() {});
        assertEquals(Map.of("a", 3, "b", 2), hashMap);
        assertSameTypes(
                PersistentHashMap.copyOf(hashMap),
                MAPPER.readValue(json, new TypeReference<PersistentHashMap<String, Integer>>() {}));
        assertSameTypes(
                new SnapshotHashMap<>(hashMap),
                MAPPER.readValue(json, new TypeReference<SnapshotHashMap<String, Integer>>() {}));
    }

    @Test
    void readValue_repeatedKeyWithStrictDuplicateDetection_failsAsForHashMap() throws Exception {
        JsonMapper strict =
                MAPPER.rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        String json = "{\"a\":1,\"a\":3}";
        StreamReadException forHashMap =
                assertThrows(
                        StreamReadException.class,
                        () ->
                                strict.readValue(
                                        json, new TypeReference<HashMap<String, Integer>>() {}));
        StreamReadException forOurs =
                assertThrows(
                        StreamReadException.class,
                        () ->
                                strict.readValue(
                                        json,
                                        new TypeReference<
                                                PersistentHashMap<String, Integer>>() {}));
        assertSame(forHashMap.getClass(), forOurs.getClass());
        assertTrue(forOurs.getMessage().contains("Duplicate"), forOurs::getMessage);
    }

    @Test
    void readValue_sortedMap_readsTheKeysInTheirNaturalOrder() throws Exception {
        String json = "{\"b\":1,\"c\":null,\"a\":3}";
        Map<String, Integer> expected = new HashMap<>();
        expected.put("a", 3);
        expected.put("b", 1);
        expected.put("c", null);
        for (TypeReference<? extends Map<String, Integer>> type :
                List.of(
                        new TypeReference<PersistentTreeMap<String, Integer>>() {},
                        new TypeReference<PersistentSortedMap<String, Integer>>() {})) {
            Map<String, Integer> read = MAPPER.readValue(json, type);
            assertSameTypes(PersistentTreeMap.copyOf(expected), read);
            assertEquals(List.of("a", "b", "c"), new ArrayList<>(read.keySet()));
        }
    }

    @Test
    void readValue_nullKeyInSortedMap_failsWithTheOrdersErrorAtTheKey() throws Exception {
        JsonMapper mapper = noneAsNullKey(Grade.class, Grade::new);

        JsonMappingException e =
                assertFails(
                        JsonMappingException.class,
                        List.of("grades", "none"),
                        () ->
                                mapper.readValue(
                                        "{\"grades\":{\"b\":1,\"a\":2,\"none\":3}}",
                                        new TypeReference<
                                                Map<
                                                        String,
                                                        PersistentSortedMap<
                                                                Grade, Integer>>>() {}));
        assertInstanceOf(NullPointerException.class, e.getCause());
    }

    @Test
    void readValue_keyNotComparableInSortedMap_failsAtTheKey() throws Exception {
        JsonMappingException e =
                assertFails(
                        JsonMappingException.class,
                        List.of("x-1"),
                        () ->
                                MAPPER.readValue(
                                        "{\"x-1\":1}",
                                        new TypeReference<PersistentTreeMap<Sku, Integer>>() {}));
        assertInstanceOf(ClassCastException.class, e.getCause());
    }

    /**
     * The tests' mapper, whose key deserializer for {@code type} reads the key "none" as null and
     * any other through {@code factory}: a null key, which JSON itself cannot hold.
     */
    private static <K> JsonMapper noneAsNullKey(Class<K> type, Function<String, K> factory) {
        KeyDeserializer noneIsNull =
                new KeyDeserializer() {
                    @Override
                    public Object deserializeKey(String key, DeserializationContext ctxt) {
                        return key.equals("none") ? null : factory.apply(key);
                    }
                };
        return MAPPER.rebuild()
                .addModule(new SimpleModule().addKeyDeserializer(type, noneIsNull))
                .build();
    }
}
