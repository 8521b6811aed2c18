package com.transcriptviewer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of DESIGN.md: every arrow points down, and views never reach the network. */
@AnalyzeClasses(packages = "com.transcriptviewer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {
        "com.transcriptviewer.transcript..",
        "com.transcriptviewer.conversations..",
        "com.transcriptviewer.settings..",
        "com.transcriptviewer.export..",
        "com.transcriptviewer.shell.."
    };

    @ArchTest
    static final ArchRule modelImportsOnlyTheJdk = noClasses()
            .that()
            .resideInAPackage("com.transcriptviewer.model..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("com.transcriptviewer.model..", "java..");

    @ArchTest
    static final ArchRule coreLayersHaveNoJavaFx = noClasses()
            .that()
            .resideInAnyPackage(
                    "com.transcriptviewer.model..",
                    "com.transcriptviewer.api..",
                    "com.transcriptviewer.demo..",
                    "com.transcriptviewer.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule apiDoesNotKnowTheDemoOrTheUi = noClasses()
            .that()
            .resideInAPackage("com.transcriptviewer.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.transcriptviewer.demo..",
                    "com.transcriptviewer.ui..",
                    "com.transcriptviewer.transcript..",
                    "com.transcriptviewer.conversations..",
                    "com.transcriptviewer.settings..");

    @ArchTest
    static final ArchRule demoUsesOnlyModelAndApiJson = noClasses()
            .that()
            .resideInAPackage("com.transcriptviewer.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.transcriptviewer.ui..",
                    "com.transcriptviewer.transcript..",
                    "com.transcriptviewer.conversations..",
                    "com.transcriptviewer.settings..");

    @ArchTest
    static final ArchRule uiKnowsNoFeatureAndNoNetwork = noClasses()
            .that()
            .resideInAPackage("com.transcriptviewer.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("com.transcriptviewer.api..", "com.transcriptviewer.demo..");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx.scene..");

    @ArchTest
    static final ArchRule viewsDoNotTalkToTheApi = noClasses()
            .that()
            .haveSimpleNameEndingWith("View")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.transcriptviewer.api..", "com.transcriptviewer.demo..");

    @ArchTest
    static final ArchRule featuresDoNotImportTheCompositionRoot = noClasses()
            .that()
            .resideInAnyPackage(FEATURES)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.transcriptviewer");
}
