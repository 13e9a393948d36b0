package io.holstein.testing;

import com.google.common.collect.testing.AbstractTester;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import junit.framework.AssertionFailedError;
import junit.framework.Test;
import junit.framework.TestCase;
import junit.framework.TestFailure;
import junit.framework.TestResult;
import junit.framework.TestSuite;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs JUnit 3 suites, such as those built by Guava-testlib's {@code *TestSuiteBuilder}s, on the
 * JUnit Jupiter engine.
 *
 * <p>A {@link TestSuite} becomes a {@link DynamicContainer} named after the suite, and each {@link
 * TestCase} a {@link DynamicTest} that calls {@link TestCase#runBare()} (set up, test, tear down),
 * so every test case counts in the platform's and Surefire's summaries. Use it from a
 * {@code @TestFactory}:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> conformance() {
 *     return JUnit3Suites.dynamicNodes(ListTestSuiteBuilder.using(generator)...createTestSuite());
 * }
 * }</pre>
 */
public final class JUnit3Suites {

    private JUnit3Suites() {}

    /**
     * Returns the children of {@code test} as dynamic nodes if it is a suite, or {@code test}
     * itself as one dynamic test otherwise.
     *
     * @param test a suite or a single test
     * @return the dynamic nodes to return from a {@code @TestFactory}
     */
    public static Stream<DynamicNode> dynamicNodes(Test test) {
        if (test instanceof TestSuite) {
            return children((TestSuite) test).stream().map(JUnit3Suites::dynamicNode);
        }
        return Stream.of(dynamicNode(test));
    }

    /**
     * Converts one JUnit 3 test or suite into a dynamic node.
     *
     * @param test a suite, a test case or any other JUnit 3 test
     * @return a container for a suite, a test otherwise
     */
    public static DynamicNode dynamicNode(Test test) {
        if (test instanceof TestSuite) {
            TestSuite suite = (TestSuite) test;
            return DynamicContainer.dynamicContainer(
                    suiteName(suite), children(suite).stream().map(JUnit3Suites::dynamicNode));
        }
        if (test instanceof TestCase) {
            TestCase testCase = (TestCase) test;
            String method = methodName(testCase);
            URI source = URI.create("method:" + testCase.getClass().getName() + "#" + method);
            return DynamicTest.dynamicTest(method, source, testCase::runBare);
        }
        // Any other Test implementation reports through a TestResult.
        return DynamicTest.dynamicTest(test.toString(), () -> runThroughResult(test));
    }

    /**
     * Counts the non-empty suites named "... reserialized" in a suite tree: the suites Guava's
     * builders derive for a serializable collection, which a test of a serializable type expects.
     *
     * @param test a suite tree
     * @return how many non-empty reserialized suites it holds
     */
    public static int reserializedSuites(Test test) {
        if (!(test instanceof TestSuite)) {
            return 0;
        }
        TestSuite suite = (TestSuite) test;
        int found =
                suite.getName() != null
                                && suite.getName().endsWith(" reserialized")
                                && suite.countTestCases() > 0
                        ? 1
                        : 0;
        for (Test child : children(suite)) {
            found += reserializedSuites(child);
        }
        return found;
    }

    private static List<Test> children(TestSuite suite) {
        List<Test> tests = new ArrayList<>(suite.testCount());
        for (Test child : Collections.list(suite.tests())) {
            tests.add(child);
        }
        return tests;
    }

    private static String suiteName(TestSuite suite) {
        String name = suite.getName();
        return name == null || name.isEmpty() ? suite.getClass().getSimpleName() : name;
    }

    /** The test method's own name: Guava's testers append the suite name to {@code getName()}. */
    private static String methodName(TestCase testCase) {
        return testCase instanceof AbstractTester
                ? ((AbstractTester<?>) testCase).getTestMethodName()
                : testCase.getName();
    }

    private static void runThroughResult(Test test) throws Throwable {
        TestResult result = new TestResult();
        test.run(result);
        List<TestFailure> problems = new ArrayList<>(Collections.list(result.errors()));
        problems.addAll(Collections.list(result.failures()));
        if (problems.isEmpty()) {
            return;
        }
        Throwable first = problems.get(0).thrownException();
        for (TestFailure other : problems.subList(1, problems.size())) {
            first.addSuppressed(other.thrownException());
        }
        if (first instanceof AssertionFailedError) {
            throw new AssertionError(first.getMessage(), first);
        }
        throw first;
    }
}
