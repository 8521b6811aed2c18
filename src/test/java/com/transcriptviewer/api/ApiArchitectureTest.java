package com.transcriptviewer.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The client stays a plain library: no JavaFX, and the JSON mapping stands alone so the demo server can use it. */
class ApiArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.transcriptviewer.api", "com.transcriptviewer.model");

    @Test
    void apiAndModelImportNoJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage("com.transcriptviewer.api..", "com.transcriptviewer.model..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void jsonMappingDoesNotReachBackIntoTheClient() {
        noClasses()
                .that()
                .resideInAPackage("com.transcriptviewer.api.json..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.transcriptviewer.api")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("com.transcriptviewer.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.transcriptviewer.api..", "okhttp3..", "com.fasterxml..")
                .check(classes);
    }
}
