package io.holstein.jackson;

import static io.holstein.jackson.Json.MAPPER;
import static io.holstein.jackson.Json.assertFails;
import static io.holstein.jackson.Json.assertSameTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.holstein.map.PersistentHashMap;
import io.holstein.string.CowString;
import io.holstein.string.Rope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.exc.MismatchedInputException;

class TextDeserializerTest {

    record Note(Rope text, CowString draft) {}

    record PlainNote(String text, String draft) {}

    @Test
    void writeValue_text_isTheJsonStringOfItsContent() {
        String content = "a\"b\\c\u00e9\u20ac\n\uD83D\uDE00";
        String expected = MAPPER.writeValueAsString(content);
        assertEquals(expected, MAPPER.writeValueAsString(Rope.of(content)));
        assertEquals(expected, MAPPER.writeValueAsString(new CowString(content)));
    }

    @Test
    void readValue_strings_readAsRopeAndCowString() {
        Note note = MAPPER.readValue("{\"text\":\"hello\",\"draft\":\"\"}", Note.class);
        assertSameTypes(Rope.of("hello"), note.text());
        assertSameTypes(new CowString(""), note.draft());
    }

    @Test
    void readValue_nullText_isNull() {
        Note note = MAPPER.readValue("{\"text\":null,\"draft\":null}", Note.class);
        assertNull(note.text());
        assertNull(note.draft());
    }

    @Test
    void readValue_otherScalars_coercedAsForString() {
        String json = "{\"text\":12.5,\"draft\":true}";
        PlainNote plain = MAPPER.readValue(json, PlainNote.class);
        Note note = MAPPER.readValue(json, Note.class);
        assertEquals(plain.text(), note.text().toString());
        assertEquals(plain.draft(), note.draft().toString());
    }

    @Test
    void readValue_objectWhereTextExpected_failsWithMismatchedInputAtTheProperty() {
        assertFails(
                MismatchedInputException.class,
                List.of("text"),
                () -> MAPPER.readValue("{\"text\":{\"a\":1}}", Note.class));
        assertFails(
                MismatchedInputException.class,
                List.of("draft"),
                () -> MAPPER.readValue("{\"draft\":[\"a\"]}", Note.class));
    }

    @Test
    void readValue_textKeys_readAndWrittenAsTextInAnyMap() {
        String json = "{\"k\":1,\"\":2}";
        Map<Rope, Integer> ropes =
                MAPPER.readValue(json, new TypeReference<PersistentHashMap<Rope, Integer>>() {});
        Map<CowString, Integer> cowStrings =
                MAPPER.readValue(json, new TypeReference<HashMap<CowString, Integer>>() {});
        assertEquals(Map.of(Rope.of("k"), 1, Rope.of(""), 2), ropes);
        assertEquals(Map.of(new CowString("k"), 1, new CowString(""), 2), cowStrings);
        assertEquals("{\"k\":1}", MAPPER.writeValueAsString(Map.of(new CowString("k"), 1)));
        assertEquals("{\"k\":1}", MAPPER.writeValueAsString(PersistentHashMap.of(Rope.of("k"), 1)));
    }
}
