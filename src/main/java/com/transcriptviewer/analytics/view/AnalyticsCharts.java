package com.transcriptviewer.analytics.view;

import com.transcriptviewer.analytics.AnalyticsReport;
import com.transcriptviewer.analytics.DayFigures;
import com.transcriptviewer.analytics.Figure;
import com.transcriptviewer.analytics.FunctionFigures;
import com.transcriptviewer.analytics.LatencyBuckets;
import com.transcriptviewer.text.SizeFormat;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

/**
 * The analytics as charts, one tab each: calls, problems and errors per function; how long results took; and calls,
 * problems and errors per day. Every bar and point is a link to the calls behind it.
 */
final class AnalyticsCharts extends TabPane {

    /** More functions than this and the bar chart keeps the most called; the table lists them all. */
    private static final int MOST_FUNCTIONS = 12;

    private final AnalyticsViewModel viewModel;
    /** Across, so function names read level whatever their length. */
    private final BarChart<Number, String> perFunction = new BarChart<>(new NumberAxis(), new CategoryAxis());

    private final BarChart<String, Number> latency = barChart("Time from call to result", "Results");
    private final LineChart<String, Number> perDay = new LineChart<>(new CategoryAxis(), new NumberAxis());

    AnalyticsCharts(AnalyticsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("analytics-charts");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        perFunction.setId("analytics-per-function");
        perFunction.getXAxis().setLabel("Calls");
        perFunction.setAnimated(false);
        perFunction.setBarGap(1);
        perFunction.setCategoryGap(8);
        latency.setId("analytics-latency");
        latency.setLegendVisible(false);
        perDay.setId("analytics-per-day");
        perDay.getXAxis().setLabel("Day");
        perDay.getYAxis().setLabel("Calls");
        perDay.setAnimated(false);
        perDay.setCreateSymbols(true);
        getTabs()
                .addAll(
                        new Tab("Per function", perFunction),
                        new Tab("Time to result", latency),
                        new Tab("Per day", perDay));
        viewModel.reportProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(AnalyticsReport report) {
        perFunction.getData().clear();
        latency.getData().clear();
        perDay.getData().clear();
        if (report == null || report.isEmpty()) {
            return;
        }
        List<FunctionFigures> functions = report.functions()
                .subList(0, Math.min(MOST_FUNCTIONS, report.functions().size()));
        XYChart.Series<Number, String> calls = new XYChart.Series<>();
        calls.setName("Calls");
        XYChart.Series<Number, String> problems = new XYChart.Series<>();
        problems.setName("With problems");
        XYChart.Series<Number, String> errors = new XYChart.Series<>();
        errors.setName("Result reports an error");
        // The most called at the top: a category axis draws its first category at the bottom.
        for (int i = functions.size() - 1; i >= 0; i--) {
            FunctionFigures function = functions.get(i);
            String name = function.function();
            calls.getData().add(across(name, function.calls(), Figure.of(Figure.Kind.CALLS, name), "calls"));
            problems.getData()
                    .add(across(
                            name, function.problems(), Figure.of(Figure.Kind.PROBLEMS, name), "calls with problems"));
            errors.getData()
                    .add(across(
                            name,
                            function.errors(),
                            Figure.of(Figure.Kind.ERRORS, name),
                            "results reporting an error"));
        }
        perFunction.getData().setAll(List.of(calls, problems, errors));

        XYChart.Series<String, Number> buckets = new XYChart.Series<>();
        buckets.setName("Results");
        long[] counts = report.latencyBuckets();
        for (int bucket = 0; bucket < counts.length; bucket++) {
            buckets.getData()
                    .add(point(LatencyBuckets.label(bucket), counts[bucket], Figure.latencyBucket(bucket), "results"));
        }
        latency.getData().setAll(List.of(buckets));

        XYChart.Series<String, Number> dayCalls = new XYChart.Series<>();
        dayCalls.setName("Calls");
        XYChart.Series<String, Number> dayProblems = new XYChart.Series<>();
        dayProblems.setName("With problems");
        XYChart.Series<String, Number> dayErrors = new XYChart.Series<>();
        dayErrors.setName("Result reports an error");
        for (DayFigures day : report.days()) {
            String label = day.day().toString();
            Figure figure = Figure.day(day.day());
            dayCalls.getData().add(point(label, day.calls(), figure, "calls"));
            dayProblems.getData().add(point(label, day.problems(), figure, "calls with problems"));
            dayErrors.getData().add(point(label, day.errors(), figure, "results reporting an error"));
        }
        perDay.getData().setAll(List.of(dayCalls, dayProblems, dayErrors));
    }

    /** A bar or point that names itself on hover and lists the calls behind it on a click. */
    private XYChart.Data<String, Number> point(String category, long value, Figure figure, String what) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(category, value);
        data.nodeProperty().addListener((obs, old, node) -> link(node, category, value, figure, what));
        return data;
    }

    /** {@link #point} for a bar drawn across. */
    private XYChart.Data<Number, String> across(String category, long value, Figure figure, String what) {
        XYChart.Data<Number, String> data = new XYChart.Data<>(value, category);
        data.nodeProperty().addListener((obs, old, node) -> link(node, category, value, figure, what));
        return data;
    }

    private void link(Node node, String category, long value, Figure figure, String what) {
        if (node == null) {
            return;
        }
        Tooltip.install(node, new Tooltip(category + ": " + SizeFormat.count(value) + " " + what));
        node.setCursor(Cursor.HAND);
        node.setOnMouseClicked(e -> viewModel.showCalls(figure));
    }

    private static BarChart<String, Number> barChart(String xLabel, String yLabel) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.getXAxis().setLabel(xLabel);
        chart.getYAxis().setLabel(yLabel);
        chart.setAnimated(false);
        chart.setBarGap(2);
        chart.setCategoryGap(12);
        return chart;
    }
}
