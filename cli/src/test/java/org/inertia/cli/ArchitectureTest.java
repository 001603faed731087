package org.inertia.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

/**
 * The command line's packages are layered: writers at the bottom, then words and charts, then the
 * option mixins, then the report and the classroom page, and the commands on top; none reaches up
 * or around (issue 10).
 */
class ArchitectureTest {

    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.inertia.cli");

    @Test
    void noPackageCycles() {
        slices().matching("org.inertia.(**)").should().beFreeOfCycles().check(CLI);
    }

    @Test
    void everyPackageDependsOnlyOnTheLayersBelowIt() {
        Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("commands")
                .definedBy("org.inertia.cli")
                .layer("report")
                .definedBy("org.inertia.cli.report")
                .layer("serve")
                .definedBy("org.inertia.cli.serve")
                .layer("options")
                .definedBy("org.inertia.cli.options")
                .layer("chart")
                .definedBy("org.inertia.cli.chart")
                .layer("words")
                .definedBy("org.inertia.cli.words")
                .layer("output")
                .definedBy("org.inertia.cli.output")
                .whereLayer("commands")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("report")
                .mayOnlyBeAccessedByLayers("commands")
                .whereLayer("serve")
                .mayOnlyBeAccessedByLayers("commands")
                .whereLayer("options")
                .mayOnlyBeAccessedByLayers("commands", "report", "serve")
                .whereLayer("chart")
                .mayOnlyBeAccessedByLayers("commands", "report", "serve", "options")
                .whereLayer("words")
                .mayOnlyBeAccessedByLayers("commands", "report", "serve", "options", "chart")
                .check(CLI);
    }

    @Test
    void noPhysiologyInTheCommandLine() {
        // The model's engines and equations are the library's business.
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Equations")
                .check(CLI);
    }
}
