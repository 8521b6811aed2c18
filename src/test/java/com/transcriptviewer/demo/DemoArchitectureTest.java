package com.transcriptviewer.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DemoArchitectureTest {

    private final JavaClasses demo = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.transcriptviewer.demo");

    @Test
    void demoUsesNoJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("com.transcriptviewer.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .check(demo);
    }

    @Test
    void demoUsesOnlyTheModelAndTheApisJsonMapping() {
        noClasses()
                .that()
                .resideInAPackage("com.transcriptviewer.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.transcriptviewer",
                        "com.transcriptviewer.ui..",
                        "com.transcriptviewer.transcript..",
                        "com.transcriptviewer.conversations..",
                        "com.transcriptviewer.settings..")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("com.transcriptviewer.api")
                .check(demo);
    }
}
