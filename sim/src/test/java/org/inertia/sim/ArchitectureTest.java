package org.inertia.sim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

/**
 * The library's packages are layered: each depends only on those below it, so the tree reads as
 * a table of contents (issue 10). A new import that closes a cycle, or reaches up a layer, fails
 * here with the offending classes named.
 */
class ArchitectureTest {

    private static final JavaClasses SIM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.inertia.sim");

    @Test
    void noPackageCycles() {
        slices().matching("org.inertia.(**)").should().beFreeOfCycles().check(SIM);
    }

    @Test
    void everyPackageDependsOnlyOnTheLayersBelowIt() {
        Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("measure")
                .definedBy("org.inertia.sim.measure")
                .layer("parameters")
                .definedBy("org.inertia.sim.parameters")
                .layer("scenario")
                .definedBy("org.inertia.sim.scenario")
                .layer("scenario.io")
                .definedBy("org.inertia.sim.scenario.io")
                .layer("trajectory")
                .definedBy("org.inertia.sim.trajectory")
                .layer("model")
                .definedBy("org.inertia.sim.model")
                .layer("evidence")
                .definedBy("org.inertia.sim.evidence")
                .layer("population")
                .definedBy("org.inertia.sim.population")
                .layer("sweep")
                .definedBy("org.inertia.sim.sweep")
                // Findings read simulations and the model's uncertainty (population): the top layer.
                .layer("findings")
                .definedBy("org.inertia.sim.findings")
                .whereLayer("sweep")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("population")
                .mayOnlyBeAccessedByLayers("findings", "sweep")
                .whereLayer("evidence")
                .mayOnlyBeAccessedByLayers("population", "sweep")
                .whereLayer("findings")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("model")
                .mayOnlyBeAccessedByLayers("findings", "evidence", "population", "sweep")
                .whereLayer("trajectory")
                .mayOnlyBeAccessedByLayers("model", "findings", "evidence", "population", "sweep")
                .whereLayer("scenario.io")
                .mayOnlyBeAccessedByLayers("evidence", "population", "sweep")
                .whereLayer("scenario")
                .mayOnlyBeAccessedByLayers(
                        "scenario.io", "trajectory", "model", "findings", "evidence", "population", "sweep")
                .whereLayer("parameters")
                .mayOnlyBeAccessedByLayers(
                        "scenario", "scenario.io", "trajectory", "model", "findings", "evidence", "population", "sweep")
                .check(SIM);
    }

    @Test
    void theLibraryKnowsNothingOfTerminalsChartsOrTheCommandLine() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.inertia.cli..", "picocli..", "org.knowm.xchart..", "java.awt..")
                .check(SIM);
        noClasses()
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .callMethod(System.class, "exit", int.class)
                .check(SIM);
    }
}
