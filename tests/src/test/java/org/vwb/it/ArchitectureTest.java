package org.vwb.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The dependency rules of docs/architecture.md, checked on the compiled main classes of every module.
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vwb");
    }

    @Test
    void importedEveryModule() {
        for (String pkg : new String[] {"org.vwb.common", "org.vwb.safetensors", "org.vwb.numeric",
                "org.vwb.align", "org.vwb.embedinit", "org.vwb.vocab", "org.vwb.model", "org.vwb.samples",
                "org.vwb.core", "org.vwb.cli", "org.vwb.ui"}) {
            boolean present = classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg));
            org.junit.jupiter.api.Assertions.assertTrue(present, "no classes imported from " + pkg);
        }
    }

    @Test
    void nd4jStaysInsideItsWrapper() {
        noClasses().that().resideOutsideOfPackage("org.vwb.numeric.internal.nd4j..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.bytedeco..")
                .check(classes);
    }

    @Test
    void picocliOnlyInTheCli() {
        noClasses().that().resideOutsideOfPackage("org.vwb.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .check(classes);
    }

    @Test
    void javafxOnlyInTheGui() {
        noClasses().that().resideOutsideOfPackage("org.vwb.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void featureModulesNeverImportTheFrontEnds() {
        noClasses().that().resideOutsideOfPackages("org.vwb.cli..", "org.vwb.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vwb.cli..", "org.vwb.ui..")
                .check(classes);
    }

    @Test
    void frontEndsTalkOnlyToTheCore() {
        noClasses().that().resideInAnyPackage("org.vwb.cli..", "org.vwb.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vwb.safetensors..", "org.vwb.numeric..", "org.vwb.align..",
                        "org.vwb.samples..", "org.vwb.model.internal..", "org.vwb.vocab.internal..")
                .check(classes);
    }

    @Test
    void internalPackagesAreNotUsedAcrossModules() {
        noClasses().should(accessInternalsOfAnotherModule()).check(classes);
    }

    @Test
    void standardStreamsOnlyInTheCli() {
        noClasses().that().resideOutsideOfPackage("org.vwb.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }

    @Test
    void onlyMainExits() {
        noClasses().that().doNotHaveSimpleName("Main")
                .should().callMethod(System.class, "exit", int.class)
                .check(classes);
    }

    /// `org.vwb.X.internal..` may be used only from `org.vwb.X..`.
    private static ArchCondition<JavaClass> accessInternalsOfAnotherModule() {
        return new ArchCondition<>("access the internal package of another module") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String from = moduleOf(item.getPackageName());
                item.getDirectDependenciesFromSelf().forEach(d -> {
                    String target = d.getTargetClass().getPackageName();
                    if (target.startsWith("org.vwb.") && target.contains(".internal")
                            && !moduleOf(target).equals(from)) {
                        events.add(SimpleConditionEvent.satisfied(d, d.getDescription()));
                    }
                });
            }
        };
    }

    private static String moduleOf(String pkg) {
        String[] parts = pkg.split("\\.");
        return parts.length >= 3 ? parts[2] : pkg;
    }
}
