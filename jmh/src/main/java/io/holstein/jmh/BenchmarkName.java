package io.holstein.jmh;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.State;

/**
 * A benchmark method, as JMH names its results. Each benchmark class declares one constant per
 * method the report names, beside the method ({@code public static final BenchmarkName GET =
 * BenchmarkName.of(ListGetBenchmark.class, "get")}), and the report imports those constants: a
 * renamed class no longer compiles, and a renamed method fails as soon as its class is loaded,
 * which every smoke run does.
 *
 * @param benchmarkClass the class that declares the method
 * @param method the method's name
 */
public record BenchmarkName(Class<?> benchmarkClass, String method) {

    /**
     * @throws IllegalArgumentException if {@code benchmarkClass} has no public {@code @Benchmark}
     *     method named {@code method}
     */
    public BenchmarkName {
        benchmarkMethod(benchmarkClass, method);
    }

    /** The benchmark {@code method} of {@code benchmarkClass}; see the class comment. */
    public static BenchmarkName of(Class<?> benchmarkClass, String method) {
        return new BenchmarkName(benchmarkClass, method);
    }

    /**
     * The benchmark JMH calls {@code fullName} in its results, e.g. {@code
     * io.holstein.jmh.list.ListGetBenchmark.get}.
     *
     * @throws IllegalArgumentException if the code has no such benchmark (any more)
     */
    public static BenchmarkName parse(String fullName) {
        int dot = fullName.lastIndexOf('.');
        try {
            return new BenchmarkName(
                    Class.forName(fullName.substring(0, Math.max(dot, 0))),
                    fullName.substring(dot + 1));
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no benchmark class for " + fullName, e);
        }
    }

    /**
     * The name without the package, as the report's tables show it: {@code ListGetBenchmark.get}.
     */
    public String shortName() {
        return benchmarkClass.getSimpleName() + "." + method;
    }

    /** The name with the package, as JMH's results and its include and exclude patterns see it. */
    public String fullName() {
        return benchmarkClass.getName() + "." + method;
    }

    /**
     * The values each {@code @Param} field declares, by parameter name: the fields of the class and
     * of the {@code @State} objects the method takes. An enum parameter without values declares
     * every constant, in declaration order, as JMH reads it.
     */
    public Map<String, List<String>> declaredParams() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        addParams(benchmarkClass, params);
        for (Class<?> argument : benchmarkMethod(benchmarkClass, method).getParameterTypes()) {
            if (argument.isAnnotationPresent(State.class)) {
                addParams(argument, params);
            }
        }
        return params;
    }

    @Override
    public String toString() {
        return shortName();
    }

    private static void addParams(Class<?> type, Map<String, List<String>> params) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Param param = field.getAnnotation(Param.class);
                if (param == null) {
                    continue;
                }
                List<String> values = List.of(param.value());
                if (values.equals(List.of(Param.BLANK_ARGS)) && field.getType().isEnum()) {
                    values =
                            Arrays.stream(field.getType().getEnumConstants())
                                    .map(e -> ((Enum<?>) e).name())
                                    .toList();
                }
                params.putIfAbsent(field.getName(), values);
            }
        }
    }

    private static Method benchmarkMethod(Class<?> benchmarkClass, String method) {
        for (Method m : benchmarkClass.getMethods()) {
            if (m.getName().equals(method) && m.isAnnotationPresent(Benchmark.class)) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                benchmarkClass.getName() + " has no @Benchmark method " + method);
    }
}
