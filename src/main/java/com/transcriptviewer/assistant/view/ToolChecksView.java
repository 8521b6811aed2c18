package com.transcriptviewer.assistant.view;

import com.transcriptviewer.transcript.TranscriptView;
import com.transcriptviewer.ui.DialogService;
import com.transcriptviewer.ui.Icons;
import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The transcript header's line about the tool-call checks: "14 tool calls · 3 with problems", what they were checked
 * against in its tooltip, and for a transcript file "Check against an assistant file…".
 */
public final class ToolChecksView extends HBox {

    private ToolChecksView(ToolChecksViewModel viewModel, DialogService dialogs) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("tool-checks");
        Label summary = new Label();
        summary.getStyleClass().add("tool-checks-summary");
        summary.setId("tool-checks-summary");
        Tooltip basis = new Tooltip();
        basis.setWrapText(true);
        basis.setMaxWidth(480);
        summary.setTooltip(basis);
        Hyperlink choose = new Hyperlink("Check against an assistant file…");
        choose.setId("choose-assistant-file");
        choose.getStyleClass().add("tool-checks-choose");
        choose.setOnAction(e -> dialogs.askFileToOpen(new DialogService.FileRequest(
                        "Check Against an Assistant",
                        List.of(new DialogService.FileType("Assistant JSON", "*.json"), DialogService.FileType.ALL),
                        null,
                        ""))
                .ifPresent(viewModel::chooseAssistantFile));
        getChildren().setAll(summary, choose);

        Runnable show = () -> {
            String text = viewModel.summaryProperty().get();
            summary.setText(text);
            basis.setText(
                    viewModel.basisProperty().get().isEmpty()
                            ? "Finding the assistant…"
                            : viewModel.basisProperty().get());
            boolean problems = viewModel.problemsProperty().get() > 0;
            summary.setGraphic(
                    text.isEmpty()
                            ? null
                            : problems
                                    ? Icons.icon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE, "check-problem-icon")
                                    : Icons.icon(MaterialDesignS.SHIELD_CHECK_OUTLINE, "check-ok-icon"));
            summary.pseudoClassStateChanged(PseudoClass.getPseudoClass("problems"), problems);
            setVisible(!text.isEmpty()
                    || viewModel.canChooseAssistantFileProperty().get());
            setManaged(isVisible());
            choose.setVisible(viewModel.canChooseAssistantFileProperty().get());
            choose.setManaged(choose.isVisible());
        };
        viewModel.summaryProperty().addListener(o -> show.run());
        viewModel.basisProperty().addListener(o -> show.run());
        viewModel.problemsProperty().addListener(o -> show.run());
        viewModel.canChooseAssistantFileProperty().addListener(o -> show.run());
        show.run();
    }

    /** Puts the line in the transcript's header, after the message count. */
    public static void install(TranscriptView transcript, ToolChecksViewModel viewModel, DialogService dialogs) {
        transcript.addHeaderItem(new ToolChecksView(
                Objects.requireNonNull(viewModel, "viewModel"), Objects.requireNonNull(dialogs, "dialogs")));
    }
}
