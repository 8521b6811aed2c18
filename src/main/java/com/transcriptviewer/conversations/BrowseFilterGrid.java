package com.transcriptviewer.conversations;

import com.transcriptviewer.ui.ChoiceConverter;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The filters of the Browse tab, one labelled row each: phone, assistant, channel, which dates and between when,
 * a metadata key and value, the sort, and "Clear filters". Every field is bound to the list's view-model; Enter in a
 * text field reloads the list.
 */
final class BrowseFilterGrid extends GridPane {

    private final ConversationListViewModel viewModel;

    BrowseFilterGrid(ConversationListViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("filter-grid");
        setHgap(6);
        setVgap(6);
        int row = 0;
        row = addRow(row, "Phone", textField("filter-phone", "+1312… agent or caller", viewModel.phoneProperty()));
        row = addRow(row, "Assistant", textField("filter-assistant", "assistant-…", viewModel.assistantIdProperty()));

        ComboBox<String> channel = new ComboBox<>();
        channel.setId("filter-channel");
        channel.getItems().setAll("", "phone_call", "sms_chat", "web_chat", "sms");
        channel.setConverter(ChoiceConverter.of(value -> value.isEmpty() ? "Any channel" : value, "Any channel"));
        channel.valueProperty().bindBidirectional(viewModel.channelProperty());
        channel.setMaxWidth(Double.MAX_VALUE);
        row = addRow(row, "Channel", channel);

        ComboBox<BrowseFilter.DateField> dateField = dateFieldBox("filter-date-field", viewModel.dateFieldProperty());
        row = addRow(row, "Dates of", dateField);
        DatePicker from = datePicker("filter-from", "from", viewModel.fromProperty());
        DatePicker to = datePicker("filter-to", "to", viewModel.toProperty());
        HBox range = new HBox(4, from, to);
        HBox.setHgrow(from, Priority.ALWAYS);
        HBox.setHgrow(to, Priority.ALWAYS);
        row = addRow(row, "Between", range);

        TextField key = textField("filter-metadata-key", "key", viewModel.metadataKeyProperty());
        TextField value = textField("filter-metadata-value", "value", viewModel.metadataValueProperty());
        key.setPrefColumnCount(6);
        value.setPrefColumnCount(6);
        Label equals = new Label("=");
        HBox metadata = new HBox(4, key, equals, value);
        metadata.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(key, Priority.ALWAYS);
        HBox.setHgrow(value, Priority.ALWAYS);
        row = addRow(row, "Metadata", metadata);

        ComboBox<BrowseFilter.DateField> sort = dateFieldBox("filter-sort", viewModel.sortProperty());
        row = addRow(row, "Newest by", sort);

        Button clear = new Button("Clear filters");
        clear.getStyleClass().add("small");
        clear.setOnAction(e -> viewModel.clearFilters());
        add(clear, 1, row);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(0);
        getColumnConstraints().setAll(labels, fields);
    }

    private int addRow(int row, String text, Node field) {
        Label label = new Label(text);
        label.getStyleClass().add("filter-label");
        if (field instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        add(label, 0, row);
        add(field, 1, row);
        return row + 1;
    }

    private TextField textField(String id, String prompt, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        field.setOnAction(e -> viewModel.refresh());
        return field;
    }

    private static DatePicker datePicker(String id, String prompt, ObjectProperty<LocalDate> property) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.valueProperty().bindBidirectional(property);
        picker.setPrefWidth(120);
        picker.setMinWidth(0);
        return picker;
    }

    private static ComboBox<BrowseFilter.DateField> dateFieldBox(
            String id, ObjectProperty<BrowseFilter.DateField> property) {
        ComboBox<BrowseFilter.DateField> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(BrowseFilter.DateField.values());
        box.setConverter(ChoiceConverter.of(BrowseFilter.DateField::displayName));
        box.valueProperty().bindBidirectional(property);
        return box;
    }
}
