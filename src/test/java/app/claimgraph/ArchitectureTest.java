package app.claimgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package structure of ARCHITECTURE.md, checked over the compiled classes: no cycle between
 * packages, SmallRye/Quarkus/graphql-java internals reached only from {@code smallrye/}, and the
 * infrastructure packages independent of the features.
 */
class ArchitectureTest {

    private static JavaClasses classes;

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

    @Test
    void jvmWideParserDefaultsSetOnlyInSmallrye() {
        noClasses().that().resideOutsideOfPackage("app.claimgraph.smallrye..")
                .should().callMethod(graphql.parser.ParserOptions.class, "setDefaultOperationParserOptions",
                        graphql.parser.ParserOptions.class)
                .check(classes);
    }

    @Test
    void featuresDoNotReachIntoInfrastructure() {
        noClasses().that().resideInAnyPackage("app.claimgraph.actor..", "app.claimgraph.claim..",
                "app.claimgraph.document..", "app.claimgraph.relationship..", "app.claimgraph.graph..",
                "app.claimgraph.search..", "app.claimgraph.live..", "app.claimgraph.change..",
                "app.claimgraph.ingest..", "app.claimgraph.extract..", "app.claimgraph.transfer..",
                "app.claimgraph.backup..", "app.claimgraph.paging..", "app.claimgraph.node..", "app.claimgraph.api..")
                .should().dependOnClassesThat().resideInAnyPackage("app.claimgraph.http..", "app.claimgraph.smallrye..")
                .check(classes);
    }

    @Test
    void infrastructureKnowsNoFeature() {
        noClasses().that().resideInAnyPackage("app.claimgraph.smallrye..", "app.claimgraph.paging..",
                "app.claimgraph.node..", "app.claimgraph.security..", "app.claimgraph.api..", "app.claimgraph.db..")
                .should().dependOnClassesThat().resideInAnyPackage("app.claimgraph.actor..", "app.claimgraph.claim..",
                        "app.claimgraph.document..", "app.claimgraph.relationship..", "app.claimgraph.graph..",
                        "app.claimgraph.search..", "app.claimgraph.live..", "app.claimgraph.change..",
                        "app.claimgraph.ingest..", "app.claimgraph.extract..", "app.claimgraph.transfer..",
                        "app.claimgraph.backup..", "app.claimgraph.http..")
                .check(classes);
    }
}
