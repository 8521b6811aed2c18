package com.transcriptviewer;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of docs/ARCHITECTURE.md, all in one place and decided by what a class uses, not by its name: the
 * layers and the way their arrows point, no package cycles, what may load JavaFX, and that views and view-models
 * keep to their sides.
 */
@AnalyzeClasses(packages = "com.transcriptviewer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "com.transcriptviewer";

    /** A view: whatever uses the scene graph, with the classes nested in it (listeners, cells). */
    static final DescribedPredicate<JavaClass> VIEWS = describe("views (classes that use javafx.scene)", type -> {
        JavaClass outermost = type;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        return usesSceneGraph(outermost) || usesSceneGraph(type);
    });

    private static boolean usesSceneGraph(JavaClass type) {
        return type.getDirectDependenciesFromSelf().stream()
                .anyMatch(dependency ->
                        dependency.getTargetClass().getPackageName().startsWith("javafx.scene"));
    }

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("App")
            .definedBy(BASE)
            .layer("Shell")
            .definedBy(BASE + ".shell..")
            .layer("Features")
            .definedBy(
                    BASE + ".transcript..",
                    BASE + ".conversations..",
                    BASE + ".settings..",
                    BASE + ".export..",
                    BASE + ".about..",
                    BASE + ".review..",
                    BASE + ".compare..",
                    BASE + ".assistant.view..",
                    BASE + ".privacy.view..",
                    BASE + ".recording.view..",
                    BASE + ".library.view..",
                    BASE + ".analytics..")
            .layer("Privacy")
            .definedBy(BASE + ".privacy")
            .layer("Recording")
            .definedBy(BASE + ".recording")
            .layer("Assistant")
            .definedBy(BASE + ".assistant")
            .layer("Library")
            .definedBy(BASE + ".library")
            .layer("Ui")
            .definedBy(BASE + ".ui..")
            .layer("Source")
            .definedBy(BASE + ".source..")
            .layer("Store")
            .definedBy(BASE + ".store..")
            .layer("Text")
            .definedBy(BASE + ".text..")
            .layer("Demo")
            .definedBy(BASE + ".demo..")
            .layer("Api")
            .definedBy(BASE + ".api..")
            .layer("Concurrent")
            .definedBy(BASE + ".concurrent..")
            .layer("Platform")
            .definedBy(BASE + ".platform..")
            .layer("Model")
            .definedBy(BASE + ".model..")
            .whereLayer("App")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Shell")
            .mayOnlyBeAccessedByLayers("App")
            .whereLayer("Features")
            .mayOnlyBeAccessedByLayers("App", "Shell", "Features")
            .whereLayer("Privacy")
            .mayOnlyBeAccessedByLayers("App", "Shell", "Features")
            .whereLayer("Recording")
            .mayOnlyBeAccessedByLayers("App", "Shell", "Features")
            .whereLayer("Assistant")
            .mayOnlyBeAccessedByLayers("App", "Shell", "Features")
            .whereLayer("Library")
            .mayOnlyBeAccessedByLayers("App", "Shell", "Features")
            .whereLayer("Ui")
            .mayOnlyBeAccessedByLayers("App", "Shell", "Features")
            .whereLayer("Source")
            .mayOnlyBeAccessedByLayers("App", "Shell", "Features", "Assistant", "Library")
            .whereLayer("Store")
            .mayOnlyBeAccessedByLayers("App", "Shell", "Features", "Assistant", "Library")
            .whereLayer("Text")
            .mayOnlyBeAccessedByLayers("App", "Shell", "Features", "Privacy", "Assistant", "Library", "Ui")
            .whereLayer("Demo")
            .mayOnlyBeAccessedByLayers("App")
            .whereLayer("Api")
            .mayOnlyBeAccessedByLayers(
                    "App", "Shell", "Features", "Assistant", "Recording", "Library", "Source", "Demo")
            .whereLayer("Concurrent")
            .mayOnlyBeAccessedByLayers("App", "Shell", "Features", "Privacy", "Assistant", "Library", "Ui", "Source")
            .whereLayer("Platform")
            .mayOnlyBeAccessedByLayers("App", "Shell", "Features", "Assistant", "Library");

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching(BASE + ".(**)").should().beFreeOfCycles();

    /**
     * So that the headless commands, which use only these and the root, never load JavaFX. The assistant feature's
     * checking (the package itself) is headless too; its views and view-models live in sub-packages and may.
     */
    @ArchTest
    static final ArchRule lowerLayersLoadNoJavaFx = noClasses()
            .that()
            .resideInAnyPackage(
                    BASE + ".assistant",
                    BASE + ".library",
                    BASE + ".model..",
                    BASE + ".api..",
                    BASE + ".demo..",
                    BASE + ".text..",
                    BASE + ".source..",
                    BASE + ".store..",
                    BASE + ".concurrent..",
                    BASE + ".platform..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..");

    /**
     * The assistant's own logic (reading assistants, checking tool calls, insights) runs headless too; its views and
     * view-models live in sub-packages.
     */
    @ArchTest
    static final ArchRule assistantLogicLoadsNoJavaFx = noClasses()
            .that()
            .resideInAPackage(BASE + ".assistant")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..");

    /**
     * Finding a call's recording, fetching it and placing messages in it is plain Java; its player and view-model live
     * in {@code recording.view}.
     */
    @ArchTest
    static final ArchRule recordingLogicLoadsNoJavaFx = noClasses()
            .that()
            .resideInAPackage(BASE + ".recording")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..");

    /**
     * Exporting reviews ({@code --export-reviews}) runs headless: the package itself loads no JavaFX; its dialog and
     * view-model live in a sub-package.
     */
    @ArchTest
    static final ArchRule reviewExportLoadsNoJavaFx = noClasses()
            .that()
            .resideInAPackage(BASE + ".export.reviews")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..");

    /**
     * Privacy mode's masking runs in {@code --export --redact} too: the package itself loads no JavaFX; its toggle and
     * view-model live in a sub-package.
     */
    @ArchTest
    static final ArchRule privacyLogicLoadsNoJavaFx = noClasses()
            .that()
            .resideInAPackage(BASE + ".privacy")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..");

    /**
     * Comparing two conversations (aligning their calls, diffing arguments, the exports) is plain logic: the package
     * itself loads no JavaFX; its window and view-model live in a sub-package.
     */
    @ArchTest
    static final ArchRule compareLogicLoadsNoJavaFx = noClasses()
            .that()
            .resideInAPackage(BASE + ".compare")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..");

    /** The analytics' counting is plain Java and SQL over the library: its window lives in a sub-package. */
    @ArchTest
    static final ArchRule analyticsLogicLoadsNoJavaFx = noClasses()
            .that()
            .resideInAPackage(BASE + ".analytics")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule modelImportsOnlyTheJdk = noClasses()
            .that()
            .resideInAPackage(BASE + ".model..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages(BASE + ".model..", "java..");

    /** The database knows the records it stores and nothing else of ours: any feature, or a headless command, can use it. */
    @ArchTest
    static final ArchRule storeUsesOnlyTheModel = noClasses()
            .that()
            .resideInAPackage(BASE + ".store..")
            .should()
            .dependOnClassesThat(describe(
                    "are ours outside store and model",
                    type -> type.getPackageName().startsWith(BASE)
                            && !type.getPackageName().startsWith(BASE + ".store")
                            && !type.getPackageName().startsWith(BASE + ".model")));

    /** The JSON mapping stands alone, so the demo server can use it without the HTTP client. */
    @ArchTest
    static final ArchRule jsonMappingStandsAlone = noClasses()
            .that()
            .resideInAPackage(BASE + ".api.json..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(BASE + ".api");

    /** View-models never see a view: nothing that stays off the scene graph depends on something that uses it. */
    @ArchTest
    static final ArchRule nonViewsDoNotKnowViews = noClasses()
            .that(describe("are not views", (JavaClass type) -> !VIEWS.test(type)))
            .and()
            .resideInAPackage(BASE + "..")
            .and()
            .resideOutsideOfPackage(BASE)
            .should()
            .dependOnClassesThat(
                    VIEWS.and(describe("ours", type -> type.getPackageName().startsWith(BASE))));

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx.scene..");

    /** Views bind to view-models; requests, loading and the demo server stay below them (the root wires them). */
    @ArchTest
    static final ArchRule viewsDoNotReachTheNetwork = noClasses()
            .that(VIEWS)
            .and()
            .resideOutsideOfPackage(BASE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(BASE + ".source..", BASE + ".demo..")
            .orShould()
            .dependOnClassesThat(describe(
                    "make requests",
                    type -> type.getName().equals(BASE + ".api.TelnyxClient")
                            || type.getName().equals(BASE + ".api.HttpTransport")));
}
