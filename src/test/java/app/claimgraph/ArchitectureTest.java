package app.claimgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.test.junit.QuarkusTest;

import app.claimgraph.ingest.DataVersion;

/**
 * The package structure of ARCHITECTURE.md, checked over the compiled classes: no cycle between
 * packages, SmallRye/Quarkus/graphql-java internals reached only from {@code smallrye/}, and the
 * infrastructure packages independent of the features.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    /** The feature packages, in ARCHITECTURE.md's order. */
    private static final String[] FEATURES = { "app.claimgraph.actor..", "app.claimgraph.document..",
            "app.claimgraph.claim..", "app.claimgraph.relationship..", "app.claimgraph.graph..",
            "app.claimgraph.search..", "app.claimgraph.live..", "app.claimgraph.change..", "app.claimgraph.ingest..",
            "app.claimgraph.extract..", "app.claimgraph.transfer..", "app.claimgraph.backup.." };

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.claimgraph");
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching("app.claimgraph.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** What a SmallRye, Quarkus-extension or graphql-java upgrade may change without notice. */
    private static final DescribedPredicate<JavaClass> INTERNALS = new DescribedPredicate<>(
            "SmallRye GraphQL / Quarkus extension runtime / graphql-java @Internal classes") {
        @Override
        public boolean test(JavaClass c) {
            String name = c.getName();
            return (name.startsWith("io.smallrye.graphql.") && !name.startsWith("io.smallrye.graphql.api."))
                    || name.startsWith("io.quarkus.smallrye.graphql.")
                    || name.startsWith("io.quarkus.vertx.http.runtime.")
                    || c.isAnnotatedWith("graphql.Internal");
        }
    };

    @Test
    void internalsOnlyInSmallrye() {
        noClasses().that().resideOutsideOfPackage("app.claimgraph.smallrye..")
                .should().dependOnClassesThat(INTERNALS)
                .because("smallrye/ fences what an upgrade can break, and UpgradeCanaryTest watches it")
                .check(classes);
    }

    /** RootFetcher and PlainBatch skip building SmallRye's request context: nothing may read it. */
    @Test
    void noResolverReadsSmallRyesContext() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("io.smallrye.graphql.api.Context")
                .because("root fields and batches run without SmallRye's context (smallrye/RootFetcher, PlainBatch)")
                .check(classes);
    }

    @Test
    void jvmWideParserDefaultsSetOnlyInSmallrye() {
        noClasses().that().resideOutsideOfPackage("app.claimgraph.smallrye..")
                .should().callMethod(graphql.parser.ParserOptions.class, "setDefaultOperationParserOptions",
                        graphql.parser.ParserOptions.class)
                .check(classes);
    }

    @Test
    void featuresDoNotReachIntoInfrastructure() {
        String[] servedPackages = Stream.concat(Arrays.stream(FEATURES),
                Stream.of("app.claimgraph.paging..", "app.claimgraph.node..", "app.claimgraph.api..")).toArray(String[]::new);
        noClasses().that().resideInAnyPackage(servedPackages)
                .should().dependOnClassesThat().resideInAnyPackage("app.claimgraph.http..", "app.claimgraph.smallrye..")
                .check(classes);
    }

    @Test
    void infrastructureKnowsNoFeature() {
        noClasses().that().resideInAnyPackage("app.claimgraph.smallrye..", "app.claimgraph.paging..",
                "app.claimgraph.node..", "app.claimgraph.security..", "app.claimgraph.api..", "app.claimgraph.db..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(classes);
        noClasses().that().resideInAnyPackage("app.claimgraph.smallrye..", "app.claimgraph.paging..",
                "app.claimgraph.node..", "app.claimgraph.security..", "app.claimgraph.api..", "app.claimgraph.db..")
                .should().dependOnClassesThat().resideInAPackage("app.claimgraph.http..")
                .check(classes);
    }

    /** http/ serves GraphQL over HTTP: it imports no feature, only the data version its result cache keys on. */
    @Test
    void httpKnowsNoFeatureButTheDataVersion() {
        noClasses().that().resideInAPackage("app.claimgraph.http..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(FEATURES)
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(DataVersion.class))))
                .check(classes);
    }

    /**
     * The fast tier ({@code ./mvnw -B test -Pfast}, first in {@code .ci/run}) lists every test class
     * that starts no application, and none that does: a new test lands in the right tier or this fails.
     * {@code *IT} classes run against the packaged jar in the {@code verify} phase and are in neither.
     */
    @Test
    void fastTierListsEveryTestThatStartsNoApplication() throws IOException {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("app.claimgraph");
        List<String> withoutApplication = tests.stream()
                .filter(c -> !c.getSimpleName().endsWith("IT") && !c.isAnnotatedWith(QuarkusTest.class))
                .filter(c -> c.getMethods().stream().anyMatch(
                        m -> m.isAnnotatedWith(Test.class) || m.isAnnotatedWith(ParameterizedTest.class)))
                .map(c -> "**/" + c.getName().substring("app.claimgraph.".length()).replace('.', '/') + ".java")
                .sorted().toList();
        List<String> listed = Files.readAllLines(Path.of("src/test/fast-tier.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
        assertEquals(withoutApplication, listed, "src/test/fast-tier.txt: the test classes without @QuarkusTest");
    }
}
