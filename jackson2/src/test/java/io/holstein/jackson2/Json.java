package io.holstein.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.holstein.string.CowString;
import io.holstein.string.Rope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;

/**
 * What the tests share: a mapper with the module (and jsr310 for {@code Instant}, which Jackson 2
 * keeps out of databind), JSON paths, and java.util twins.
 */
final class Json {

    private Json() {}

    static final JsonMapper MAPPER =
            JsonMapper.builder()
                    .addModule(new HolsteinModule())
                    .addModule(new JavaTimeModule())
                    .build();

    /**
     * Asserts that {@code read} throws exactly {@code type} with the JSON path {@code path}: an
     * {@code Integer} for an array index, a {@code String} for a property or key.
     */
    static <T extends JsonMappingException> T assertFails(
            Class<T> type, List<Object> path, Executable read) {
        T e = assertThrows(type, read);
        assertSame(type, e.getClass(), () -> "exception " + e);
        assertEquals(path, pathOf(e), () -> "path of " + e);
        return e;
    }

    /** The JSON path of {@code e}: indexes as Integers, property names and keys as Strings. */
    static List<Object> pathOf(JsonMappingException e) {
        List<Object> path = new ArrayList<>();
        for (JsonMappingException.Reference r : e.getPath()) {
            path.add(r.getIndex() >= 0 ? (Object) r.getIndex() : r.getFieldName());
        }
        return path;
    }

    /**
     * The java.util twin of {@code value}, all the way down and in the same iteration order: lists
     * as {@code ArrayList}, sets as {@code LinkedHashSet}, maps as {@code LinkedHashMap}, text as
     * {@code String}.
     */
    static Object twin(Object value) {
        if (value instanceof List<?> list) {
            List<Object> twin = new ArrayList<>(list.size());
            list.forEach(e -> twin.add(twin(e)));
            return twin;
        }
        if (value instanceof Set<?> set) {
            Set<Object> twin = new LinkedHashSet<>();
            set.forEach(e -> twin.add(twin(e)));
            return twin;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> twin = new LinkedHashMap<>();
            map.forEach((k, v) -> twin.put(twin(k), twin(v)));
            return twin;
        }
        if (value instanceof Rope || value instanceof CowString) {
            return value.toString();
        }
        return value;
    }

    /**
     * Asserts that {@code actual} equals {@code expected} and that both hold the same classes all
     * the way down (equality alone lets a {@code LinkedHashMap} pass for a {@code
     * PersistentHashMap}).
     */
    static void assertSameTypes(Object expected, Object actual) {
        assertEquals(expected, actual);
        assertSameClasses(expected, actual);
    }

    private static void assertSameClasses(Object expected, Object actual) {
        if (expected == null) {
            return;
        }
        assertSame(expected.getClass(), actual.getClass(), () -> "class of " + actual);
        if (expected instanceof List<?> list) {
            List<?> other = (List<?>) actual;
            for (int i = 0; i < list.size(); i++) {
                assertSameClasses(list.get(i), other.get(i));
            }
        } else if (expected instanceof Map<?, ?> map) {
            Map<?, ?> other = (Map<?, ?>) actual;
            Map<Object, Object> keys = byValue(other.keySet());
            map.forEach(
                    (k, v) -> {
                        assertSameClasses(k, keys.get(k));
                        assertSameClasses(v, other.get(k));
                    });
        } else if (expected instanceof Set<?> set) {
            Map<Object, Object> elements = byValue((Set<?>) actual);
            set.forEach(e -> assertSameClasses(e, elements.get(e)));
        }
    }

    /** Each element mapped to itself, to find the element of a collection equal to another. */
    private static Map<Object, Object> byValue(Collection<?> elements) {
        Map<Object, Object> map = new HashMap<>();
        elements.forEach(e -> map.put(e, e));
        return map;
    }
}
