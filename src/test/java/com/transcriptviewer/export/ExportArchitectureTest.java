package com.transcriptviewer.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Export sits beside the other features: only the composition root builds it, and it reaches down only. */
class ExportArchitectureTest {

    private final JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.transcriptviewer");

    @Test
    void onlyTheCompositionRootUsesExport() {
        noClasses()
                .that()
                .resideOutsideOfPackages("com.transcriptviewer", "com.transcriptviewer.export..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.transcriptviewer.export..")
                .check(app);
    }

    @Test
    void exportUsesOnlyTranscriptUiApiAndModel() {
        noClasses()
                .that()
                .resideInAPackage("com.transcriptviewer.export..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.transcriptviewer",
                        "com.transcriptviewer.conversations..",
                        "com.transcriptviewer.settings..",
                        "com.transcriptviewer.shell..",
                        "com.transcriptviewer.demo..",
                        "com.transcriptviewer.platform..")
                .check(app);
    }

    @Test
    /** Only the view and its view-model know JavaFX, so the command line never loads it. */
    void renderingAndWritingNeedNoJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("com.transcriptviewer.export..")
                .and()
                .haveNameNotMatching(".*\\.ExportView(Model)?(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .check(app);
    }
}
