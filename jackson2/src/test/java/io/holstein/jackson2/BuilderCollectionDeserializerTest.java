package io.holstein.jackson2;

import static io.holstein.jackson2.Json.MAPPER;
import static io.holstein.jackson2.Json.assertFails;
import static io.holstein.jackson2.Json.assertSameTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.holstein.PersistentList;
import io.holstein.PersistentSet;
import io.holstein.PersistentSortedSet;
import io.holstein.concurrent.SnapshotVector;
import io.holstein.list.PersistentVector;
import io.holstein.map.PersistentHashSet;
import io.holstein.sorted.PersistentTreeSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuilderCollectionDeserializerTest {

    record Basket(PersistentList<Integer> items) {}

    record NoNulls(@JsonSetter(contentNulls = Nulls.FAIL) PersistentVector<String> names) {}

    record SkipNulls(@JsonSetter(contentNulls = Nulls.SKIP) PersistentSet<String> names) {}

    record EmptyForNull(@JsonSetter(nulls = Nulls.AS_EMPTY) PersistentVector<String> names) {}

    record SingleAsArray(
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                    PersistentVector<String> names) {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Cat.class, name = "Cat"),
        @JsonSubTypes.Type(value = Dog.class, name = "Dog")
    })
    sealed interface Animal permits Cat, Dog {}

    record Cat(String name) implements Animal {}

    record Dog(int weight) implements Animal {}

    private static final TypeReference<PersistentVector<String>> STRINGS = new TypeReference<>() {};

    @Test
    void readValue_objectWhereArrayExpected_failsWithMismatchedInputAtTheProperty()
            throws Exception {
        assertFails(
                MismatchedInputException.class,
                List.of("items"),
                () -> MAPPER.readValue("{\"items\":{\"a\":1}}", Basket.class));
    }

    @Test
    void readValue_objectWhereNestedArrayExpected_failsWithMismatchedInputAtItsIndex()
            throws Exception {
        assertFails(
                MismatchedInputException.class,
                List.of(1),
                () ->
                        MAPPER.readValue(
                                "[[1],{\"a\":1}]",
                                new TypeReference<
                                        PersistentVector<PersistentVector<Integer>>>() {}));
    }

    @Test
    void readValue_scalarWhereArrayExpected_failsWithMismatchedInputAtTheProperty()
            throws Exception {
        assertFails(
                MismatchedInputException.class,
                List.of("items"),
                () -> MAPPER.readValue("{\"items\":5}", Basket.class));
    }

    @Test
    void readValue_elementOfWrongType_failsWithInvalidFormatAtItsIndex() throws Exception {
        assertFails(
                InvalidFormatException.class,
                List.of("items", 2),
                () -> MAPPER.readValue("{\"items\":[1,2,\"three\"]}", Basket.class));
        assertFails(
                InvalidFormatException.class,
                List.of(1, 1),
                () ->
                        MAPPER.readValue(
                                "[[1],[2,\"x\"]]",
                                new TypeReference<
                                        SnapshotVector<PersistentHashSet<Integer>>>() {}));
    }

    @Test
    void readValue_nullElements_keptInPlace() throws Exception {
        assertSameTypes(
                PersistentVector.of(null, "a", null),
                MAPPER.readValue("[null,\"a\",null]", STRINGS));
        assertSameTypes(
                new SnapshotVector<>(Arrays.asList(null, "a")),
                MAPPER.readValue("[null,\"a\"]", new TypeReference<SnapshotVector<String>>() {}));
        assertSameTypes(
                PersistentHashSet.of(null, "a"),
                MAPPER.readValue(
                        "[null,\"a\",null]", new TypeReference<PersistentSet<String>>() {}));
    }

    @Test
    void readValue_contentNullsFail_failsWithInvalidNullAtItsIndex() throws Exception {
        assertFails(
                InvalidNullException.class,
                List.of("names", 1),
                () -> MAPPER.readValue("{\"names\":[\"a\",null]}", NoNulls.class));
    }

    @Test
    void readValue_contentNullsSkip_dropsTheNulls() throws Exception {
        SkipNulls read = MAPPER.readValue("{\"names\":[null,\"a\",null]}", SkipNulls.class);
        assertSameTypes(PersistentHashSet.of("a"), read.names());
    }

    @Test
    void readValue_nullsAsEmpty_readsNullAsTheEmptyVector() throws Exception {
        EmptyForNull read = MAPPER.readValue("{\"names\":null}", EmptyForNull.class);
        assertSameTypes(PersistentVector.of(), read.names());
    }

    @Test
    void readValue_null_isNull() throws Exception {
        assertNull(MAPPER.readValue("null", STRINGS));
        assertNull(MAPPER.readValue("{\"items\":null}", Basket.class).items());
    }

    @Test
    void readValue_singleValueWhereAllowed_readsAOneElementCollection() throws Exception {
        assertSameTypes(
                PersistentVector.of("a"),
                MAPPER.readerFor(STRINGS)
                        .with(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                        .readValue("\"a\""));
        assertSameTypes(
                PersistentVector.of("a"),
                MAPPER.readValue("{\"names\":\"a\"}", SingleAsArray.class).names());
        assertFails(
                MismatchedInputException.class,
                List.of(),
                () -> MAPPER.readValue("\"a\"", STRINGS));
    }

    @Test
    void readValue_polymorphicElements_readsEachSubtype() throws Exception {
        PersistentList<Animal> read =
                MAPPER.readValue(
                        "[{\"@type\":\"Cat\",\"name\":\"Tom\"},{\"@type\":\"Dog\",\"weight\":9}]",
                        new TypeReference<PersistentList<Animal>>() {});
        assertSameTypes(PersistentVector.of(new Cat("Tom"), new Dog(9)), read);
    }

    @Test
    void readValue_repeatedElementsIntoASet_keepsEachOnceAsHashSetDoes() throws Exception {
        String json = "[1,2,1,3,2]";
        PersistentHashSet<Integer> read =
                MAPPER.readValue(json, new TypeReference<PersistentHashSet<Integer>>() {});
        assertEquals(MAPPER.readValue(json, new TypeReference<HashSet<Integer>>() {}), read);
        assertEquals(3, read.size());
    }

    @Test
    void readValue_sortedSet_readsInNaturalOrderAndKeepsEachOnce() throws Exception {
        PersistentSortedSet<Integer> read =
                MAPPER.readValue("[3,1,2,1]", new TypeReference<PersistentSortedSet<Integer>>() {});
        assertSameTypes(PersistentTreeSet.of(1, 2, 3), read);
        assertEquals(List.of(1, 2, 3), new ArrayList<>(read));
    }

    @Test
    void readValue_nullInSortedSet_failsWithInvalidNullAtItsIndex() throws Exception {
        assertFails(
                InvalidNullException.class,
                List.of(1),
                () ->
                        MAPPER.readValue(
                                "[\"a\",null]", new TypeReference<PersistentTreeSet<String>>() {}));
    }

    @Test
    void readValue_elementNotComparableInSortedSet_failsAtItsIndex() throws Exception {
        JsonMappingException e =
                assertFails(
                        JsonMappingException.class,
                        List.of(1),
                        () ->
                                MAPPER.readValue(
                                        "[1,{\"a\":1}]",
                                        new TypeReference<PersistentSortedSet<Object>>() {}));
        assertInstanceOf(ClassCastException.class, e.getCause());
    }
}
