package io.holstein.jmh.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the results file JMH writes with {@code -rf json}. */
final class JmhResults {

    /** The secondary metric that {@code -prof gc} records: bytes allocated per operation. */
    static final String ALLOCATION_METRIC = "gc.alloc.rate.norm";

    /** The parameter that makes the columns of every table. */
    static final String SIZE_PARAM = "size";

    /** The same role under the name the string benchmarks give it: a text's length in chars. */
    static final String LENGTH_PARAM = "length";

    private JmhResults() {}

    /**
     * The results in {@code file}, in file order.
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if it is not a JMH JSON results file
     */
    static List<BenchmarkResult> read(Path file) throws IOException {
        JsonElement root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(reader);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is not JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonArray()) {
            throw new IllegalArgumentException(file + " is not a JMH results array");
        }
        List<BenchmarkResult> results = new ArrayList<>();
        for (JsonElement element : root.getAsJsonArray()) {
            results.add(toResult(element.getAsJsonObject()));
        }
        return results;
    }

    private static BenchmarkResult toResult(JsonObject json) {
        Map<String, String> params = new TreeMap<>();
        if (json.has("params")) {
            json.getAsJsonObject("params")
                    .entrySet()
                    .forEach(e -> params.put(e.getKey(), e.getValue().getAsString()));
        }
        String size = params.getOrDefault(SIZE_PARAM, params.getOrDefault(LENGTH_PARAM, ""));
        params.remove(SIZE_PARAM);
        params.remove(LENGTH_PARAM);

        JsonObject primary = json.getAsJsonObject("primaryMetric");
        Estimate allocation = null;
        if (json.has("secondaryMetrics")
                && json.getAsJsonObject("secondaryMetrics").has(ALLOCATION_METRIC)) {
            allocation =
                    estimate(
                            json.getAsJsonObject("secondaryMetrics")
                                    .getAsJsonObject(ALLOCATION_METRIC));
        }
        return new BenchmarkResult(
                json.get("benchmark").getAsString(),
                params,
                size,
                estimate(primary),
                primary.get("scoreUnit").getAsString(),
                allocation,
                settings(json),
                primary.has("rawData"));
    }

    private static RunSettings settings(JsonObject json) {
        List<String> jvmArgs = new ArrayList<>();
        JsonArray args = json.has("jvmArgs") ? json.getAsJsonArray("jvmArgs") : new JsonArray();
        args.forEach(a -> jvmArgs.add(a.getAsString()));
        return new RunSettings(
                text(json, "jmhVersion"),
                text(json, "jdkVersion"),
                text(json, "vmName"),
                text(json, "vmVersion"),
                List.copyOf(jvmArgs),
                text(json, "mode"),
                json.get("threads").getAsInt(),
                json.get("forks").getAsInt(),
                json.get("warmupIterations").getAsInt(),
                text(json, "warmupTime"),
                json.get("measurementIterations").getAsInt(),
                text(json, "measurementTime"));
    }

    /** JMH writes a missing error as the string {@code "NaN"}, which parses as a double. */
    private static Estimate estimate(JsonObject metric) {
        return new Estimate(
                metric.get("score").getAsDouble(), metric.get("scoreError").getAsDouble());
    }

    private static String text(JsonObject json, String key) {
        return json.has(key) && !json.get(key).isJsonNull() ? json.get(key).getAsString() : "?";
    }
}
