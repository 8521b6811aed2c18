package com.transcriptviewer.about;

import com.transcriptviewer.ui.AppIcons;
import com.transcriptviewer.ui.SystemClipboard;
import com.transcriptviewer.ui.ThemeManager;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Help > About: the app's icon, name, version and licence, and a table of the libraries it ships with. */
public final class AboutDialog extends Dialog<ButtonType> {

    private static final ButtonType COPY = new ButtonType("Copy Details", ButtonBar.ButtonData.LEFT);

    public AboutDialog(AboutViewModel viewModel) {
        setTitle(viewModel.title());
        getDialogPane().getStyleClass().add("about-dialog");
        getDialogPane().getStylesheets().add(ThemeManager.appStylesheet());
        getDialogPane().setContent(content(viewModel));
        getDialogPane().getButtonTypes().setAll(COPY, ButtonType.CLOSE);
        getDialogPane().setPrefWidth(640);
        Button copy = (Button) getDialogPane().lookupButton(COPY);
        // Copy must not close the dialog: consume the action and copy instead.
        copy.addEventFilter(ActionEvent.ACTION, event -> {
            SystemClipboard.putText(viewModel.asText());
            event.consume();
        });
        setResizable(true);
        getDialogPane().sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && scene.getWindow() instanceof Stage stage) {
                stage.getIcons().setAll(AppIcons.all());
            }
        });
    }

    private static VBox content(AboutViewModel viewModel) {
        ImageView icon = new ImageView(AppIcons.ofSize(64));
        icon.setFitWidth(64);
        icon.setFitHeight(64);
        Label name = new Label(AboutViewModel.APP_NAME);
        name.getStyleClass().addAll("title-3", "about-name");
        Label version = new Label(viewModel.versionText());
        version.getStyleClass().add("about-version");
        Label licence = new Label(AboutViewModel.COPYRIGHT + "\n" + AboutViewModel.LICENCE);
        licence.setWrapText(true);
        VBox titles = new VBox(4, name, version, licence);
        HBox header = new HBox(16, icon, titles);
        header.setAlignment(Pos.CENTER_LEFT);

        Label librariesTitle = new Label("Libraries");
        librariesTitle.getStyleClass().add("about-section");
        TableView<Library> table = new TableView<>();
        table.getStyleClass()
                .addAll("about-libraries", atlantafx.base.theme.Styles.DENSE, atlantafx.base.theme.Styles.STRIPED);
        table.getColumns().add(column("Library", Library::name, 210));
        table.getColumns().add(column("Version", Library::version, 90));
        table.getColumns().add(column("Licence", Library::licence, 280));
        table.getItems().setAll(viewModel.libraries());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(300);

        VBox box = new VBox(14, header, librariesTitle, table);
        box.setPadding(new Insets(12, 8, 4, 8));
        return box;
    }

    private static TableColumn<Library, String> column(String title, Function<Library, String> value, double width) {
        TableColumn<Library, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
