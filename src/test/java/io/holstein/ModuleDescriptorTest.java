package io.holstein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tests run on the class path, so the module descriptor is checked here, as compiled: it must
 * export the API packages and nothing else, and require nothing but {@code java.base}.
 */
class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor;

    @BeforeAll
    static void readCompiledDescriptor() throws IOException, URISyntaxException {
        // The directory the main classes were loaded from: target/classes.
        Path classes =
                Path.of(Forkable.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path moduleInfo = classes.resolve("module-info.class");
        assertTrue(Files.isRegularFile(moduleInfo), "no module descriptor at " + moduleInfo);
        try (InputStream in = Files.newInputStream(moduleInfo)) {
            descriptor = ModuleDescriptor.read(in, () -> packagesUnder(classes));
        }
    }

    /** The packages holding class files under {@code root}, as a module path scan finds them. */
    private static Set<String> packagesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(
                            f ->
                                    f.toString().endsWith(".class")
                                            && !f.endsWith("module-info.class"))
                    .map(
                            f ->
                                    root.relativize(f.getParent())
                                            .toString()
                                            .replace(root.getFileSystem().getSeparator(), "."))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void name_ofModule_isIoHolstein() {
        assertEquals("io.holstein", descriptor.name());
        assertFalse(descriptor.isOpen());
    }

    @Test
    void exports_apiPackages_toEveryone() {
        Map<String, ModuleDescriptor.Exports> exports =
                descriptor.exports().stream()
                        .collect(Collectors.toMap(ModuleDescriptor.Exports::source, e -> e));
        assertTrue(exports.containsKey("io.holstein"), "exports io.holstein");
        assertTrue(exports.containsKey("io.holstein.concurrent"), "exports io.holstein.concurrent");
        assertTrue(exports.containsKey("io.holstein.list"), "exports io.holstein.list");
        assertTrue(exports.containsKey("io.holstein.map"), "exports io.holstein.map");
        assertTrue(exports.containsKey("io.holstein.sorted"), "exports io.holstein.sorted");
        assertTrue(exports.containsKey("io.holstein.string"), "exports io.holstein.string");
        assertFalse(exports.get("io.holstein").isQualified());
        assertFalse(exports.get("io.holstein.concurrent").isQualified());
        assertFalse(exports.get("io.holstein.list").isQualified());
        assertFalse(exports.get("io.holstein.map").isQualified());
        assertFalse(exports.get("io.holstein.sorted").isQualified());
        assertFalse(exports.get("io.holstein.string").isQualified());
    }

    @Test
    void exports_internalPackage_neitherExportedNorOpened() {
        assertTrue(
                descriptor.packages().contains("io.holstein.internal"),
                "the module holds the package");
        assertTrue(
                descriptor.exports().stream()
                        .noneMatch(e -> e.source().equals("io.holstein.internal")),
                "io.holstein.internal must not be exported, even to named modules");
        assertTrue(
                descriptor.opens().stream()
                        .noneMatch(o -> o.source().equals("io.holstein.internal")));
    }

    @Test
    void requires_anything_onlyJavaBase() {
        Set<String> required =
                descriptor.requires().stream()
                        .map(ModuleDescriptor.Requires::name)
                        .collect(Collectors.toSet());
        assertEquals(Set.of("java.base"), required, "no runtime dependencies");
    }
}
