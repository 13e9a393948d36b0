package io.holstein.jackson2.jmh;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.holstein.jackson2.HolsteinModule;
import io.holstein.list.PersistentVector;
import io.holstein.map.PersistentHashMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a JSON array into a {@code PersistentVector} (through its builder) against reading it
 * into an {@code ArrayList}, and a JSON object into a {@code PersistentHashMap} against a {@code
 * HashMap}; the target is a ratio of at most 1.3. docs/json.md says how to run it; the test only
 * smoke-runs it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class JsonReadBenchmark {

    /** Number of elements or entries. */
    @Param({"100000"})
    public int size;

    private String array;
    private String object;
    private ObjectReader vectorReader;
    private ObjectReader arrayListReader;
    private ObjectReader persistentMapReader;
    private ObjectReader hashMapReader;

    /** Writes the documents and prepares one reader per target type. */
    @Setup
    public void setUp() {
        StringBuilder a = new StringBuilder("[");
        StringBuilder o = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            String separator = i == 0 ? "" : ",";
            a.append(separator).append(i);
            o.append(separator).append("\"key").append(i).append("\":").append(i);
        }
        array = a.append(']').toString();
        object = o.append('}').toString();
        ObjectMapper mapper = JsonMapper.builder().addModule(new HolsteinModule()).build();
        vectorReader = mapper.readerFor(new TypeReference<PersistentVector<Integer>>() {});
        arrayListReader = mapper.readerFor(new TypeReference<ArrayList<Integer>>() {});
        persistentMapReader =
                mapper.readerFor(new TypeReference<PersistentHashMap<String, Integer>>() {});
        hashMapReader = mapper.readerFor(new TypeReference<HashMap<String, Integer>>() {});
    }

    /** The array into a {@code PersistentVector}. */
    @Benchmark
    public PersistentVector<Integer> arrayToPersistentVector() throws IOException {
        return vectorReader.readValue(array);
    }

    /** The array into an {@code ArrayList}. */
    @Benchmark
    public ArrayList<Integer> arrayToArrayList() throws IOException {
        return arrayListReader.readValue(array);
    }

    /** The object into a {@code PersistentHashMap}. */
    @Benchmark
    public PersistentHashMap<String, Integer> objectToPersistentHashMap() throws IOException {
        return persistentMapReader.readValue(object);
    }

    /** The object into a {@code HashMap}. */
    @Benchmark
    public HashMap<String, Integer> objectToHashMap() throws IOException {
        return hashMapReader.readValue(object);
    }
}
