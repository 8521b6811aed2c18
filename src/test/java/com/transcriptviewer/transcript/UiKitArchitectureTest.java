package com.transcriptviewer.transcript;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering rules of DESIGN.md that apply to the shared UI pieces and the transcript bubble/card. */
class UiKitArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.transcriptviewer");

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .or()
                .haveSimpleName("AsyncJsonFormat")
                .or()
                .haveSimpleName("ToolResultPairing")
                .or()
                .haveSimpleName("BubbleContext")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void formattersAreFreeOfJavaFx() {
        noClasses()
                .that()
                .haveSimpleName("JsonFormatter")
                .or()
                .haveSimpleName("JsonHighlights")
                .or()
                .haveSimpleName("TimeFormat")
                .or()
                .haveSimpleName("SizeFormat")
                .or()
                .haveSimpleName("ToolKind")
                .or()
                .haveSimpleName("ToolResultPairing")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void sharedUiDependsOnNothingAboveIt() {
        noClasses()
                .that()
                .resideInAPackage("com.transcriptviewer.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.transcriptviewer.transcript..",
                        "com.transcriptviewer.api..",
                        "com.transcriptviewer.demo..",
                        "com.transcriptviewer.conversations..",
                        "com.transcriptviewer.settings..")
                .check(classes);
    }
}
