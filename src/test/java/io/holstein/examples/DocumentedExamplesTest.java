package io.holstein.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.holstein.list.CowArrayList;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the {@code java} code blocks of README.md and docs/guide.md identical to the examples run
 * by {@link ReadmeExamplesTest} and {@link GuideExamplesTest}, and compilable on their own.
 *
 * <p>In the Markdown, each {@code java} block follows a marker line naming its example, {@code <!--
 * example: Class#name -->}, where {@code Class} is a test class of this package and {@code name}
 * marks a region of it: the lines between {@code // example: name} and {@code // end of example}.
 * The block is its imports, then the region's code; the two are compared ignoring whitespace,
 * except between two word characters (so a formatter may move line breaks). The block must also
 * compile on its own, its imports followed by its code as the body of a method. An example that
 * needs a side project's dependencies (the Jackson modules) is marked {@code <!-- example:
 * folder/Class#name -->}: its region is in a test class under {@code folder/src/test/java}, which
 * that project's own build compiles and runs; here it is only compared.
 */
class DocumentedExamplesTest {

    private static final List<String> DOCUMENTS = List.of("README.md", "docs/guide.md");
    private static final Path EXAMPLES = Path.of("src/test/java/io/holstein/examples");

    private static final Pattern MARKER =
            Pattern.compile("<!-- example: (?:([\\w-]+)/)?(\\w+)#(\\w+) -->");
    private static final Pattern REGION_START = Pattern.compile("^\\s*// example: (\\w+)\\s*$");
    private static final Pattern REGION_END = Pattern.compile("^\\s*// end of example\\s*$");

    /** One {@code java} block of a document, with the marker line before it (or null). */
    private record Block(String document, int line, Matcher marker, List<String> lines) {

        String where() {
            return document + ":" + line;
        }

        /** The side project whose tests hold the example, or null for this package. */
        String project() {
            return marker.group(1);
        }

        String exampleKey() {
            return (project() == null ? "" : project() + "/")
                    + marker.group(2)
                    + "#"
                    + marker.group(3);
        }

        List<String> imports() {
            return lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.toList());
        }

        List<String> code() {
            return lines.stream()
                    .filter(l -> !l.startsWith("import "))
                    .collect(Collectors.toList());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlock_isTheCodeOfItsExample() {
        Map<String, List<String>> regions = regionsOfEveryBlock();
        return javaBlocks().stream()
                .map(
                        block ->
                                DynamicTest.dynamicTest(
                                        block.where(), () -> checkBlock(block, regions)));
    }

    @Test
    void everyExample_isShownInADocument() {
        List<String> shown =
                javaBlocks().stream()
                        .filter(b -> b.project() == null)
                        .map(Block::exampleKey)
                        .collect(Collectors.toList());
        for (String key : exampleRegions().keySet()) {
            assertEquals(
                    1,
                    shown.stream().filter(key::equals).count(),
                    "example " + key + " must be shown by exactly one block of " + DOCUMENTS);
        }
    }

    @Test
    void everyJavaBlock_compilesOnItsOwn(@TempDir Path work) throws Exception {
        List<String> args = new ArrayList<>();
        Path library =
                Path.of(
                        CowArrayList.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI());
        args.addAll(
                List.of(
                        "--release",
                        "17",
                        "-proc:none",
                        "-classpath",
                        library.toString(),
                        "-d",
                        work.resolve("classes").toString()));
        Map<String, String> origins = new TreeMap<>();
        for (Block block : javaBlocks()) {
            if (block.project() == null) {
                String className = "Block" + origins.size();
                Path source = work.resolve(className + ".java");
                Files.writeString(source, standaloneSource(block, className));
                origins.put(className, block.where() + " (" + block.exampleKey() + ")");
                args.add(source.toString());
            }
        }
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        StringWriter errors = new StringWriter();
        int status =
                javac.run(
                        new PrintWriter(errors),
                        new PrintWriter(errors),
                        args.toArray(String[]::new));
        assertEquals(0, status, () -> "javac failed; blocks " + origins + ":\n" + errors);
    }

    @Test
    void whitespace_isIgnored_butAnyOtherDifferenceIsNot() {
        assertEquals("int x=f(1);//one", normalized(List.of("  int x =", "      f( 1 );  // one")));
        assertThrows(
                AssertionError.class,
                () ->
                        checkBlock(
                                block("<!-- example: A#b -->", "int x = 2;"),
                                regionOf("int x = 1;")));
    }

    private static Block block(String marker, String... lines) {
        Matcher m = MARKER.matcher(marker);
        assertTrue(m.matches());
        return new Block("test.md", 1, m, List.of(lines));
    }

    private static Map<String, List<String>> regionOf(String... lines) {
        return Map.of("A#b", List.of(lines));
    }

    private static void checkBlock(Block block, Map<String, List<String>> regions) {
        List<String> region = regions.get(block.exampleKey());
        if (region == null) {
            fail(block.where() + ": no example region " + block.exampleKey());
        }
        assertEquals(
                normalized(region),
                normalized(block.code()),
                block.where() + " differs from example " + block.exampleKey());
    }

    /**
     * The lines with whitespace kept only where it separates two word characters, as one space: a
     * formatter may move line breaks and indentation, but never join or split a word.
     */
    private static String normalized(List<String> lines) {
        return String.join(" ", lines)
                .replaceAll("\\s+", " ")
                .replaceAll("(?<=\\W) | (?=\\W)", "")
                .trim();
    }

    /** The block as a compilation unit: its imports, then its code as the body of a method. */
    private static String standaloneSource(Block block, String className) {
        return String.join("\n", block.imports())
                + "\nclass "
                + className
                + " {\n  void run() throws Exception {\n"
                + String.join("\n", block.code())
                + "\n  }\n}\n";
    }

    /** Every {@code java} block of the documents; a block without a marker line fails. */
    private static List<Block> javaBlocks() {
        List<Block> blocks = new ArrayList<>();
        for (String document : DOCUMENTS) {
            List<String> lines = read(Path.of(document));
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).strip().equals("```java")) {
                    continue;
                }
                Matcher marker = MARKER.matcher(i > 0 ? lines.get(i - 1).strip() : "");
                if (!marker.matches()) {
                    fail(document + ":" + (i + 1) + ": a java block needs an example marker line");
                }
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                    end++;
                }
                blocks.add(new Block(document, i + 1, marker, lines.subList(i + 1, end)));
                i = end;
            }
        }
        return blocks;
    }

    /** The example regions of this package's sources, by {@code Class#name}. */
    private static Map<String, List<String>> exampleRegions() {
        Map<String, List<String>> regions = new TreeMap<>();
        for (Path source : javaFiles(EXAMPLES)) {
            addRegions(source, "", regions);
        }
        return regions;
    }

    /**
     * The example regions of this package and of the side projects the blocks name, by {@code
     * Class#name} and {@code folder/Class#name}.
     */
    private static Map<String, List<String>> regionsOfEveryBlock() {
        Map<String, List<String>> regions = exampleRegions();
        javaBlocks().stream()
                .map(Block::project)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(
                        project -> {
                            for (Path source : javaFiles(Path.of(project, "src/test/java"))) {
                                addRegions(source, project + "/", regions);
                            }
                        });
        return regions;
    }

    private static List<Path> javaFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the regions of {@code source} to {@code regions}, keyed {@code prefix + Class#name}. */
    private static void addRegions(Path source, String prefix, Map<String, List<String>> regions) {
        String className = source.getFileName().toString().replace(".java", "");
        List<String> lines = read(source);
        for (int i = 0; i < lines.size(); i++) {
            Matcher start = REGION_START.matcher(lines.get(i));
            if (!start.matches()) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !REGION_END.matcher(lines.get(end)).matches()) {
                end++;
            }
            String key = prefix + className + "#" + start.group(1);
            if (end == lines.size() || regions.put(key, lines.subList(i + 1, end)) != null) {
                fail(source + ":" + (i + 1) + ": example " + key + " is unclosed or repeated");
            }
            i = end;
        }
    }

    private static List<String> read(Path path) {
        try {
            return Files.readAllLines(path);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read " + path.toAbsolutePath() + " (tests run from the project root)",
                    e);
        }
    }
}
