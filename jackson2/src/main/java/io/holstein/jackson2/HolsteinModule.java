package io.holstein.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * The Jackson 2 module for Holstein: reads and writes every Holstein type as JSON. Register it with
 * {@code JsonMapper.builder().addModule(new HolsteinModule())}, or let {@code findAndAddModules()}
 * find it (it is a {@code com.fasterxml.jackson.databind.JacksonModule} service, on the class path
 * and on the module path).
 *
 * <p>Lists and sets are JSON arrays in iteration order, maps are JSON objects, written by Jackson's
 * own collection and map serializers (so the text is what the {@code java.util} twin with the same
 * order writes) and read with Jackson's content, key and null handling. {@code Rope} and {@code
 * CowString} are JSON strings, and map keys. The interfaces read as their default implementations:
 * {@code PersistentList} as {@code PersistentVector}, {@code PersistentSet} as {@code
 * PersistentHashSet}, {@code PersistentMap} as {@code PersistentHashMap}.
 *
 * <p>Costs: reading n elements is O(n) builder steps (no intermediate {@code java.util} copy;
 * {@code SnapshotVector}, {@code SnapshotHashMap} and {@code SnapshotTreeMap} wrap the persistent
 * version built, in O(1)) plus the reading of each element; writing is one iteration, O(n).
 *
 * <p>Guarantees: bad input fails with Jackson's own exceptions ({@code MismatchedInputException},
 * {@code InvalidFormatException}, {@code InvalidNullException}, ...) whose path names the element
 * index or map key; a {@code null} in a {@code SnapshotHashMap} or {@code SnapshotTreeMap} (which
 * refuse nulls, as a {@code ConcurrentMap} does) is an {@code InvalidNullException}. A repeated key
 * in an object keeps its last value, as for {@code HashMap}, unless the parser's {@code
 * STRICT_DUPLICATE_DETECTION} rejects it.
 */
public final class HolsteinModule extends Module {

    /** Creates the module; it holds no state. O(1). */
    public HolsteinModule() {}

    /**
     * Returns {@code "holstein"}. O(1).
     *
     * @return the module's name
     */
    @Override
    public String getModuleName() {
        return "holstein";
    }

    /**
     * Returns {@link Version#unknownVersion()}: the jar's name carries the version. O(1).
     *
     * @return the unknown version
     */
    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    /**
     * Adds the deserializers of every Holstein type and the serializers of the text types. O(1).
     *
     * @param context the mapper's setup context
     */
    @Override
    public void setupModule(SetupContext context) {
        HolsteinDeserializers deserializers = new HolsteinDeserializers();
        context.addDeserializers(deserializers);
        context.addKeyDeserializers(deserializers);
        SimpleSerializers serializers = new SimpleSerializers();
        for (Class<?> text : HolsteinTypes.TEXTS.keySet()) {
            serializers.addSerializer(text, ToStringSerializer.instance);
        }
        context.addSerializers(serializers);
    }
}
