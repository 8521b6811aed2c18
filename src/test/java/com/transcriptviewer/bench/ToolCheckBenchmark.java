package com.transcriptviewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.transcriptviewer.assistant.AssistantDefinition;
import com.transcriptviewer.assistant.ToolCallChecker;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallCheck.Status;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Checks 10,000 tool calls against a realistic assistant (the Scheduler's sixteen tools of every type plus twenty more
 * webhooks, 36 in all), valid and invalid calls mixed as a long review session would see them: bookings right and
 * wrong, split by part, transfers to declared and undeclared numbers, built-ins, unknown functions, broken JSON.
 * Prints the first run with a new checker (compiling every schema) and the median of seven runs after forty warm-up runs, in wall-clock
 * time and in the checking thread's CPU time (which other work on shared cores does not inflate). Target: well under
 * 200 ms warm.
 */
@Tag("bench")
class ToolCheckBenchmark {

    private static final int CALLS = 10_000;
    private static final int WARM_UPS = 40;
    private static final int RUNS = 7;
    private static final String BASIS = "Checked against Scheduler, version 20260729T054457360842.";

    private static final List<String[]> CALL_SHAPES = List.of(
            new String[] {
                "book_table",
                "{\"date\": \"2026-08-%d\", \"party_size\": %d, \"restaurant_id\": \"r-12\", \"service\": \"checkup\","
                        + " \"phone\": \"+13125550100\", \"patient\": {\"name\": \"Ann Lee\"}}"
            },
            new String[] {"book_table", "{\"date\": \"2026-08-%d\", \"party_size\": \"%d\", \"discount\": 10}"},
            new String[] {
                "book_table",
                "{\"body\": {\"date\": \"2026-08-%d\", \"party_size\": %d, \"items\": [{\"quantity\": 1},"
                        + " {\"quantity\": 2.5}]}, \"path\": {\"restaurant_id\": \"r-1\"}}"
            },
            new String[] {"find_slots", "{\"date\": \"2026-08-%d\", \"party_size\": %d}"},
            new String[] {"show_menu", "{\"section\": \"mains\", \"page\": %d%d}"},
            new String[] {"transfer", "{\"to\": \"+1312555012%d\", \"reason\": \"billing %d\"}"},
            new String[] {"hangup", "{}"},
            new String[] {"remember_caller", "{\"caller_name\": \"Ann\", \"visits\": %d, \"mood\": \"fine %d\"}"},
            new String[] {"lookup_order_%d", "{\"order_id\": \"A-%d\", \"include_items\": true}"},
            new String[] {"lookup_order_3", "{\"order_id\": %d, \"include_items\": \"yes\", \"x\": %d}"},
            new String[] {"book_tabel", "{\"date\": \"2026-08-%d\", \"party_size\": %d}"},
            new String[] {"book_table", "{\"date\": \"2026-08-%d\", \"party_size\": %d,"},
            new String[] {"send_message", ""},
            new String[] {"check_availability", "{\"event_type_id\": %d%d}"});

    @Test
    void checkTenThousandToolCalls() throws Exception {
        AssistantDefinition assistant = AssistantDefinition.read(realisticAssistant());
        assertThat(assistant.tools()).hasSize(36);
        List<ToolCall> calls = calls();

        long start = System.nanoTime();
        Map<Status, Integer> statuses = checkAll(new ToolCallChecker(), assistant, calls);
        Bench.report("check_10000_tool_calls_first_run", millisSince(start), "ms");

        // Warm up until the JIT has compiled the checking paths: on shared cores that takes a while.
        ToolCallChecker checker = new ToolCallChecker();
        for (int warmUp = 0; warmUp < WARM_UPS; warmUp++) {
            checkAll(checker, assistant, calls);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] times = new double[RUNS];
        double[] cpuTimes = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long cpuStart = cpu.getCurrentThreadCpuTime();
            start = System.nanoTime();
            assertThat(checkAll(checker, assistant, calls)).isEqualTo(statuses);
            times[run] = millisSince(start);
            cpuTimes[run] = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1_000_000.0;
        }
        Arrays.sort(times);
        Arrays.sort(cpuTimes);
        Bench.report("check_10000_tool_calls", times[RUNS / 2], "ms");
        // The CPU time of the checking thread: what the figure above is on a machine whose cores are not shared.
        Bench.report("check_10000_tool_calls_cpu", cpuTimes[RUNS / 2], "ms");
        assertThat(statuses.keySet())
                .contains(Status.OK, Status.SCHEMA_MISMATCH, Status.INVALID_JSON, Status.UNKNOWN_FUNCTION);
        System.out.println("statuses of the 10,000 calls: " + statuses);
    }

    private static Map<Status, Integer> checkAll(
            ToolCallChecker checker, AssistantDefinition assistant, List<ToolCall> calls) {
        Map<Status, Integer> statuses = new EnumMap<>(Status.class);
        for (ToolCall call : calls) {
            ToolCallCheck check = checker.check(call, assistant, BASIS);
            statuses.merge(check.status(), 1, Integer::sum);
        }
        return statuses;
    }

    private static List<ToolCall> calls() {
        List<ToolCall> calls = new ArrayList<>(CALLS);
        for (int i = 0; i < CALLS; i++) {
            String[] shape = CALL_SHAPES.get(i % CALL_SHAPES.size());
            int a = 1 + i % 9;
            int b = 1 + (i / 7) % 14;
            calls.add(new ToolCall("call_" + i, "function", String.format(shape[0], a), String.format(shape[1], a, b)));
        }
        return calls;
    }

    /** The Scheduler of the assistant tests with twenty order-lookup webhooks added: 36 tools. */
    private static JsonNode realisticAssistant() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode assistant;
        try (InputStream in = ToolCheckBenchmark.class.getResourceAsStream(
                "/com/transcriptviewer/assistant/scheduler-assistant.json")) {
            assistant = (ObjectNode) json.readTree(in);
        }
        ArrayNode tools = (ArrayNode) assistant.get("tools");
        for (int i = 1; i <= 20; i++) {
            tools.add(json.readTree(("{\"type\": \"webhook\", \"webhook\": {\"name\": \"lookup_order_%d\","
                            + " \"description\": \"Looks up an order\", \"url\": \"https://api.example.com/orders\","
                            + " \"method\": \"GET\", \"query_parameters\": {\"type\": \"object\", \"properties\":"
                            + " {\"order_id\": {\"type\": \"string\", \"pattern\": \"^[A-Z]-[0-9]+$\"},"
                            + " \"include_items\": {\"type\": \"boolean\"}, \"limit_%d\": {\"type\": \"integer\","
                            + " \"minimum\": 1, \"maximum\": 50}}, \"required\": [\"order_id\"],"
                            + " \"additionalProperties\": false}}}")
                    .formatted(i, i)));
        }
        return assistant;
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}
