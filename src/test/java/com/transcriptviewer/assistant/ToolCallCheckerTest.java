package com.transcriptviewer.assistant;

import static com.transcriptviewer.assistant.AssistantFixtures.call;
import static com.transcriptviewer.assistant.AssistantFixtures.scheduler;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallCheck.Problem;
import com.transcriptviewer.model.ToolCallCheck.Status;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToolCallCheckerTest {

    private static final String BASIS = "Checked against Scheduler, version 20260729T054457360842.";

    private final ToolCallChecker checker = new ToolCallChecker();
    private final AssistantDefinition scheduler = scheduler();

    private ToolCallCheck check(String functionName, String arguments) {
        return checker.check(call(functionName, arguments), scheduler, BASIS);
    }

    private static final String GOOD_BOOKING =
            "{\"date\": \"2026-08-01\", \"party_size\": 4, \"restaurant_id\": \"r-12\", \"notify\": true}";

    @Test
    void aCallThatKeepsItsToolsParametersIsOk() {
        ToolCallCheck check = check("book_table", GOOD_BOOKING);
        assertThat(check.status()).isEqualTo(Status.OK);
        assertThat(check.problems()).isEmpty();
        assertThat(check.basis()).isEqualTo(BASIS + " Arguments checked as one object.");
        assertThat(check.definition())
                .contains(scheduler.tool("book_table").orElseThrow().spec());
    }

    @Test
    void anUnknownFunctionNamesTheAssistantAndListsItsFunctions() {
        ToolCallCheck check = check("book_tabel", "{}");
        assertThat(check.status()).isEqualTo(Status.UNKNOWN_FUNCTION);
        assertThat(check.basis()).isEqualTo(BASIS);
        assertThat(check.definition()).isEmpty();
        assertThat(check.problems())
                .containsExactly(new Problem(
                        "",
                        "book_tabel is not a function of Scheduler, version 20260729T054457360842 (Summer menu); its"
                                + " functions are: book_table, find_slots, show_menu, transfer, hangup, skip_turn,"
                                + " send_dtmf, send_message, handoff, refer, invite, retrieval, pay, remember_caller,"
                                + " check_availability, book_dentist."));
    }

    @Test
    void withoutABasisTheCheckSaysWhichAssistantItUsed() {
        ToolCallCheck check = checker.check(call("book_tabel", "{}"), scheduler, "");
        assertThat(check.basis()).isEqualTo("Checked against Scheduler, version 20260729T054457360842 (Summer menu).");
        AssistantDefinition empty = AssistantFixtures.read("{\"name\": \"Empty\", \"tools\": []}");
        assertThat(checker.check(call("x", "{}"), empty, null).problems())
                .extracting(Problem::message)
                .containsExactly("x is not a function of Empty; it has no functions.");
        assertThat(checker.check(call("", "{}"), empty, null).problems())
                .extracting(Problem::message)
                .containsExactly("The call names no function; Empty has none.");
    }

    @Test
    void argumentsThatAreNotJsonSayWhereTheyBreak() {
        ToolCallCheck check = check("book_table", "{\"date\": \"2026-08-01\", \"party_size\": }");
        assertThat(check.status()).isEqualTo(Status.INVALID_JSON);
        assertThat(check.definition()).isPresent();
        assertThat(check.problems())
                .containsExactly(new Problem(
                        "",
                        "The arguments are not valid JSON: they break at line 1, column 38 (at the end of …-08-01\","
                                + " \"party_size\": })."));
    }

    @Test
    void argumentsThatEndTooEarlyOrGoOnAfterTheValue() {
        assertThat(check("book_table", "{\"date\": \"2026-08-01\"").problems())
                .extracting(Problem::message)
                .containsExactly("The arguments are not valid JSON: they end too early, at line 1, column 22,"
                        + " before the JSON is complete.");
        assertThat(check("book_table", "{\"date\": \"2026-08-01\"} {}").problems())
                .extracting(Problem::message)
                .containsExactly("The arguments are not valid JSON: more follows after the JSON value ends, at line 1,"
                        + " column 24.");
        assertThat(check("hangup", "{\n  'reason': 'done'\n}").problems())
                .extracting(Problem::message)
                .containsExactly(
                        "The arguments are not valid JSON: they break at line 2, column 3 (at the end of { ').");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{}", "{\"reason\": \"done\"}", "[1, 2]", "\"bye\"", "null", "42"})
    void builtInsWithoutParametersTakeAnyJson(String arguments) {
        for (String builtIn : List.of(
                "hangup", "skip_turn", "send_dtmf", "send_message", "handoff", "refer", "invite", "retrieval", "pay")) {
            ToolCallCheck check = check(builtIn, arguments);
            assertThat(check.status()).as(builtIn).isEqualTo(Status.OK);
            assertThat(check.basis()).isEqualTo(BASIS + " " + builtIn + " takes no parameters.");
        }
    }

    @Test
    void argumentsThatAreNotJsonAreInvalidForEveryTool() {
        for (String builtIn : List.of("hangup", "transfer", "check_availability", "book_table")) {
            assertThat(check(builtIn, "done").status()).as(builtIn).isEqualTo(Status.INVALID_JSON);
        }
    }

    @Test
    void unknownToolTypesTakeAnyJsonAndAreNeverAnError() {
        assertThat(check("check_availability", "{\"event_type_id\": 12345}").status())
                .isEqualTo(Status.OK);
        assertThat(check("book_dentist", "[]").status()).isEqualTo(Status.OK);
    }

    @Test
    void anUnknownTypeWithParametersIsCheckedAgainstThem() {
        AssistantDefinition assistant = AssistantFixtures.withTool(
                "{\"type\": \"function\", \"function\": {\"name\": \"lookup\", \"parameters\": {\"type\": \"object\","
                        + " \"properties\": {\"q\": {\"type\": \"string\"}}, \"required\": [\"q\"]}}}");
        ToolCallCheck check = checker.check(call("lookup", "{}"), assistant, "b.");
        assertThat(check.problems()).containsExactly(new Problem("/q", "q is required but missing."));
    }

    @Test
    void aToolWithParametersWantsAnObject() {
        ToolCallCheck check = check("show_menu", "[\"mains\"]");
        assertThat(check.status()).isEqualTo(Status.INVALID_JSON);
        assertThat(check.problems())
                .containsExactly(new Problem(
                        "",
                        "The arguments should be a JSON object holding show_menu's parameters; they are a list"
                                + " of 1 item."));
        assertThat(check("show_menu", "\"mains\"").problems())
                .extracting(Problem::message)
                .containsExactly("The arguments should be a JSON object holding show_menu's parameters; they are the"
                        + " text \"mains\".");
        assertThat(check("show_menu", "\"{\\\"section\\\": \\\"mains\\\"}\"").problems())
                .extracting(Problem::message)
                .containsExactly("The arguments should be a JSON object holding show_menu's parameters; they are a"
                        + " JSON string that itself holds an object (the arguments were encoded twice).");
    }

    @Test
    void emptyArgumentsCountAsAnEmptyObject() {
        ToolCallCheck check = check("show_menu", "");
        assertThat(check.status()).isEqualTo(Status.SCHEMA_MISMATCH);
        assertThat(check.problems()).containsExactly(new Problem("/section", "section is required but missing."));
    }

    @Test
    void problemsPointAtTheArgumentTheyAreAboutSortedByPointer() {
        ToolCallCheck check = check(
                "book_table",
                "{\"party_size\": 40, \"discount\": 10, \"patient\": {}, \"items\": [{\"quantity\": 1},"
                        + " {\"quantity\": 2}, {\"quantity\": 2.5}], \"restaurant_id\": \"r-12\"}");
        assertThat(check.status()).isEqualTo(Status.SCHEMA_MISMATCH);
        assertThat(check.problems())
                .containsExactly(
                        new Problem("/date", "date is required but missing."),
                        new Problem("/discount", "discount is not a parameter of book_table."),
                        new Problem("/items/2/quantity", "items[2].quantity should be a whole number; it is 2.5."),
                        new Problem("/party_size", "party_size should be from 1 to 12; it is 40."),
                        new Problem("/patient/name", "patient.name is required but missing."));
    }

    @Test
    void pointersEscapeTildeAndSlash() {
        AssistantDefinition assistant = AssistantFixtures.clientTool(
                "odd",
                "{\"type\": \"object\", \"properties\": {\"a/b~c\": {\"type\": \"string\"}},"
                        + " \"additionalProperties\": false}");
        ToolCallCheck check = checker.check(call("odd", "{\"a/b~c\": 1, \"x~/y\": 2}"), assistant, "b.");
        assertThat(check.problems())
                .containsExactly(
                        new Problem("/a~1b~0c", "a/b~c should be text; it is 1."),
                        new Problem("/x~0~1y", "x~/y is not a parameter of odd."));
    }

    @Test
    void theWholeArgumentsHaveTheEmptyPointer() {
        AssistantDefinition assistant =
                AssistantFixtures.clientTool("note", "{\"type\": \"object\", \"minProperties\": 1}");
        ToolCallCheck check = checker.check(call("note", "{}"), assistant, "b.");
        assertThat(check.problems())
                .containsExactly(new Problem("", "The arguments should have at least 1 field; they have 0."));
    }

    @Test
    void severalPartsAreMergedSoThatOnePartsClosedListDoesNotRejectTheOthers() {
        ToolCallCheck check = check("book_table", GOOD_BOOKING);
        assertThat(check.status()).isEqualTo(Status.OK);
        ToolCallCheck missingPath = check("book_table", "{\"date\": \"2026-08-01\", \"party_size\": 4, \"x\": 1}");
        assertThat(missingPath.problems())
                .containsExactly(
                        new Problem("/restaurant_id", "restaurant_id is required but missing."),
                        new Problem("/x", "x is not a parameter of book_table."));
    }

    @Test
    void aMergedSchemaIsClosedOnlyWhenEveryPartIsClosed() {
        AssistantDefinition closed = AssistantFixtures.withTool("{\"type\": \"webhook\", \"webhook\": {\"name\":"
                + " \"book\", \"body_parameters\": {\"type\": \"object\", \"properties\": {\"date\": {\"type\":"
                + " \"string\"}}, \"additionalProperties\": false}, \"query_parameters\": {\"type\": \"object\","
                + " \"properties\": {\"notify\": {\"type\": \"boolean\"}}, \"additionalProperties\": false}}}");
        assertThat(checker.check(call("book", "{\"date\": \"d\", \"notify\": true, \"extra\": 1}"), closed, "b.")
                        .problems())
                .containsExactly(new Problem("/extra", "extra is not a parameter of book."));
        AssistantDefinition open = AssistantFixtures.withTool("{\"type\": \"webhook\", \"webhook\": {\"name\":"
                + " \"book\", \"body_parameters\": {\"type\": \"object\", \"properties\": {\"date\": {\"type\":"
                + " \"string\"}}, \"additionalProperties\": false}, \"query_parameters\": {\"type\": \"object\","
                + " \"properties\": {\"notify\": {\"type\": \"boolean\"}}}}}");
        assertThat(checker.check(call("book", "{\"date\": \"d\", \"notify\": true, \"extra\": 1}"), open, "b.")
                        .status())
                .isEqualTo(Status.OK);
    }

    @Test
    void argumentsSplitByPartAreCheckedPartByPart() {
        ToolCallCheck check = check(
                "book_table",
                "{\"body\": {\"date\": \"2026-08-01\", \"party_size\": \"4\"}, \"query\": {\"notify\": true,"
                        + " \"debug\": 1}}");
        assertThat(check.basis()).isEqualTo(BASIS + " Arguments checked part by part (body, query).");
        assertThat(check.problems())
                .containsExactly(
                        new Problem(
                                "/body/party_size",
                                "body.party_size should be a whole number from 1 to 12; it is the text \"4\"."),
                        new Problem("/path/restaurant_id", "path.restaurant_id is required but missing."),
                        new Problem("/query/debug", "query.debug is not a parameter of book_table."));
    }

    @Test
    void partByPartEachPartKeepsItsOwnRules() {
        ToolCallCheck check = check(
                "book_table",
                "{\"body\": {\"date\": \"2026-08-01\", \"party_size\": 2, \"notify\": true}, \"path\":"
                        + " {\"restaurant_id\": \"r-1\"}}");
        assertThat(check.problems())
                .containsExactly(new Problem("/body/notify", "body.notify is not a parameter of book_table."));
    }

    @Test
    void aPartTheToolDoesNotDeclareIsAProblemUnlessEmpty() {
        ToolCallCheck check = check("find_slots", "{\"query\": {\"date\": \"2026-08-01\"}, \"body\": {\"x\": 1}}");
        assertThat(check.problems())
                .containsExactly(new Problem(
                        "/body", "body is not a part of find_slots's parameters: it takes no body parameters."));
        assertThat(check("find_slots", "{\"query\": {\"date\": \"2026-08-01\"}, \"body\": {}}")
                        .status())
                .isEqualTo(Status.OK);
    }

    @Test
    void argumentsWithOtherKeysThanPartsAreOneObject() {
        ToolCallCheck check = check("find_slots", "{\"query\": {\"date\": \"2026-08-01\"}, \"party_size\": 2}");
        assertThat(check.basis()).endsWith("Arguments checked as one object.");
        assertThat(check.problems())
                .containsExactly(
                        new Problem("/date", "date is required but missing."),
                        new Problem("/query", "query is not a parameter of find_slots."));
    }

    @Test
    void aToolThatDeclaresOnePartIsCheckedExactlyAsThatPartSays() {
        ToolCallCheck check = check("find_slots", "{\"date\": \"2026-08-01\", \"party_size\": 0, \"time\": \"19:00\"}");
        assertThat(check.basis()).endsWith("Arguments checked as one object.");
        assertThat(check.problems())
                .containsExactly(
                        new Problem("/party_size", "party_size should be at least 1; it is 0."),
                        new Problem("/time", "time is not a parameter of find_slots."));
    }

    @Test
    void aClientSideToolIsCheckedAgainstItsParameters() {
        assertThat(check("show_menu", "{\"section\": \"mains\"}").status()).isEqualTo(Status.OK);
        assertThat(check("show_menu", "{\"section\": \"drinks\"}").problems())
                .containsExactly(new Problem(
                        "/section", "section should be one of: starters, mains, desserts; it is \"drinks\"."));
    }

    @Test
    void dynamicVariablesAreCheckedAgainstTheUpdatableVariables() {
        assertThat(check("remember_caller", "{\"caller_name\": \"Ann\", \"mood\": 3}")
                        .status())
                .isEqualTo(Status.OK);
        assertThat(check("remember_caller", "{\"visits\": \"two\", \"shoe_size\": 9}")
                        .problems())
                .containsExactly(
                        new Problem("/shoe_size", "shoe_size is not a parameter of remember_caller."),
                        new Problem("/visits", "visits should be a whole number; it is the text \"two\"."));
    }

    @Test
    void aTransferToADeclaredDestinationIsOk() {
        ToolCallCheck check = check("transfer", "{\"to\": \"+13125550123\"}");
        assertThat(check.status()).isEqualTo(Status.OK);
        assertThat(check.basis())
                .isEqualTo(BASIS + " Destinations checked against the 2 destinations the transfer declares.");
        assertThat(check("transfer", "{\"to\": \"+1 (312) 555-0124\"}").status())
                .isEqualTo(Status.OK);
        assertThat(check("transfer", "{}").status()).isEqualTo(Status.OK);
    }

    @Test
    void aTransferToAnUndeclaredDestinationIsAProblemAtItsPointer() {
        String destinations = "one of this transfer's destinations: +13125550123 (Billing), +13125550124 (Support).";
        assertThat(check("transfer", "{\"to\": \"+13125550999\"}").problems())
                .containsExactly(new Problem("/to", "+13125550999 is not " + destinations));
        ToolCallCheck check = check(
                "transfer",
                "{\"targets\": [{\"to\": \"+13125550123\"}, {\"to\": \"sip:boss@example.com\"}], \"destination\":"
                        + " \"\"}");
        assertThat(check.status()).isEqualTo(Status.SCHEMA_MISMATCH);
        assertThat(check.problems())
                .containsExactly(
                        new Problem("/destination", "destination is empty, not " + destinations),
                        new Problem("/targets/1/to", "sip:boss@example.com is not " + destinations));
        assertThat(check("transfer", "{\"to\": {\"number\": \"+13125550123\"}}").problems())
                .containsExactly(new Problem("/to", "to is an object, not " + destinations));
    }

    @Test
    void aTransferWhoseTargetsAreATemplateAcceptsAnyDestination() {
        AssistantDefinition assistant = AssistantFixtures.withTool(
                "{\"type\": \"transfer\", \"transfer\": {\"targets\": \"{{transfer_to}}\"}}");
        ToolCallCheck check = checker.check(call("transfer", "{\"to\": \"+19995550000\"}"), assistant, "b.");
        assertThat(check.status()).isEqualTo(Status.OK);
        assertThat(check.basis())
                .isEqualTo("b. The transfer's destinations are a template, so any destination is accepted.");
        AssistantDefinition templated = AssistantFixtures.withTool("{\"type\": \"transfer\", \"transfer\":"
                + " {\"targets\": [{\"to\": \"{{agent_number}}\", \"name\": \"Agent\"}]}}");
        assertThat(checker.check(call("transfer", "{\"to\": \"+19995550000\"}"), templated, "b.")
                        .status())
                .isEqualTo(Status.OK);
        assertThat(templated.tool("transfer").orElseThrow().spec().targets())
                .containsExactly("{{agent_number}} (Agent) (a template: any destination is accepted)");
    }

    @Test
    void aTransferThatDeclaresNoDestinationsAcceptsAny() {
        AssistantDefinition assistant = AssistantFixtures.withTool("{\"type\": \"transfer\", \"transfer\": {}}");
        ToolCallCheck check = checker.check(call("transfer", "{\"to\": \"+19995550000\"}"), assistant, "b.");
        assertThat(check.status()).isEqualTo(Status.OK);
        assertThat(check.basis())
                .isEqualTo("b. The transfer declares no destinations, so any destination is accepted.");
    }

    @Test
    void hugeArgumentsAreCheckedFine() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            items.append(i == 0 ? "" : ",")
                    .append("{\"quantity\": ")
                    .append(i == 40_000 ? "1.5" : i)
                    .append('}');
        }
        String note = "x".repeat(3_000_000);
        AssistantDefinition assistant = AssistantFixtures.clientTool(
                "order",
                "{\"type\": \"object\", \"properties\": {\"note\": {\"type\": \"string\", \"maxLength\": 10},"
                        + " \"items\": {\"type\": \"array\", \"items\": {\"type\": \"object\", \"properties\":"
                        + " {\"quantity\": {\"type\": \"integer\"}}}}}}");
        String arguments = "{\"note\": \"" + note + "\", \"items\": [" + items + "]}";
        assertThat(arguments.length()).isGreaterThan(3_000_000);
        ToolCallCheck check = checker.check(call("order", arguments), assistant, "b.");
        assertThat(check.problems())
                .containsExactly(
                        new Problem(
                                "/items/40000/quantity", "items[40000].quantity should be a whole number; it is 1.5."),
                        new Problem(
                                "/note",
                                "note should be at most 10 characters long; it is \"" + "x".repeat(80)
                                        + "…\" (3,000,000 characters)."));
    }

    @Test
    void deeplyNestedArgumentsAreOneProblemNotAStackOverflow() {
        String deep = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);
        ToolCallCheck check = check("show_menu", deep);
        assertThat(check.status()).isEqualTo(Status.SCHEMA_MISMATCH);
        assertThat(check.problems())
                .containsExactly(new Problem(
                        "",
                        "The arguments nest more than 200 levels deep, too deep to check against show_menu's"
                                + " parameters."));
        assertThat(check("hangup", deep).status()).isEqualTo(Status.OK);
        String shallowEnough = "{\"section\": \"mains\", \"x\":" + "[".repeat(150) + "]".repeat(150) + "}";
        assertThat(check("show_menu", shallowEnough).status()).isEqualTo(Status.OK);
    }

    @Test
    void aSchemaThatCannotBeUsedSaysSoInsteadOfJudgingTheCall() {
        AssistantDefinition assistant = AssistantFixtures.clientTool(
                "fetcher",
                "{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"https://example.com/a.json\"}}}");
        ToolCallCheck check = checker.check(call("fetcher", "{\"a\": 1}"), assistant, "b.");
        assertThat(check.status()).isEqualTo(Status.NO_DEFINITION);
        assertThat(check.basis()).startsWith("b. The parameters fetcher declares could not be used as a JSON Schema (");
        assertThat(check.definition()).isPresent();
    }

    @Test
    void anInvalidPatternMakesTheSchemaUnusable() {
        AssistantDefinition assistant = AssistantFixtures.clientTool(
                "f", "{\"type\": \"object\", \"properties\": {\"b\": {\"pattern\": \"([a-z\"}}}");
        ToolCallCheck check = checker.check(call("f", "{\"b\": \"x\"}"), assistant, "b.");
        assertThat(check.status()).isEqualTo(Status.NO_DEFINITION);
        assertThat(check.basis())
                .isEqualTo("b. The parameters f declares could not be used as a JSON Schema"
                        + " (java.util.regex.PatternSyntaxException: Unclosed character class near index 4), so its"
                        + " arguments were not checked.");
    }

    @Test
    void argumentsTooComplexForAPatternAreNotJudged() {
        AssistantDefinition assistant = AssistantFixtures.clientTool(
                "f", "{\"type\": \"object\", \"properties\": {\"b\": {\"pattern\": \"^(a|b)*$\"}}}");
        ToolCallCheck check = checker.check(call("f", "{\"b\": \"" + "ab".repeat(500_000) + "c\"}"), assistant, "b.");
        assertThat(check.status()).isEqualTo(Status.NO_DEFINITION);
        assertThat(check.basis())
                .isEqualTo("b. The arguments are too complex to check against f's parameters (a pattern or nesting the"
                        + " validator could not finish), so they were not checked.");
        assertThat(checker.check(call("f", "{\"b\": \"abc\"}"), assistant, "b.").problems())
                .extracting(Problem::message)
                .containsExactly("b should match the pattern ^(a|b)*$; it is \"abc\".");
    }

    @Test
    void theDraftIsTheOneTheSchemaNamesElse2020_12() {
        AssistantDefinition draft4 = AssistantFixtures.clientTool(
                "f",
                "{\"$schema\": \"http://json-schema.org/draft-04/schema#\", \"type\": \"object\", \"properties\":"
                        + " {\"price\": {\"type\": \"number\", \"minimum\": 0, \"exclusiveMinimum\": true}}}");
        assertThat(checker.check(call("f", "{\"price\": 0}"), draft4, "b.").problems())
                .extracting(Problem::message)
                .containsExactly("price should be greater than 0; it is 0.");
        AssistantDefinition unknownDialect = AssistantFixtures.clientTool(
                "f",
                "{\"$schema\": \"https://example.com/my-dialect\", \"type\": \"object\", \"properties\":"
                        + " {\"pair\": {\"prefixItems\": [{\"type\": \"string\"}]}}}");
        assertThat(checker.check(call("f", "{\"pair\": [1]}"), unknownDialect, "b.")
                        .problems())
                .as("an unknown $schema is set aside and the schema read as 2020-12 (prefixItems counts)")
                .extracting(Problem::message)
                .containsExactly("pair[0] should be text; it is 1.");
    }

    @Test
    void theDefinitionDoesNotChangeWhenTheTreeItWasReadFromDoes() {
        ObjectNode json = (ObjectNode) AssistantFixtures.schedulerJson();
        AssistantDefinition before = AssistantFixtures.read(json);
        ((ObjectNode) json.at("/tools/2/client_side_tool/parameters/properties/section")).put("type", "integer");
        assertThat(checker.check(call("show_menu", "{\"section\": \"mains\"}"), before, BASIS)
                        .status())
                .isEqualTo(Status.OK);
    }

    @Test
    void checkingIsDeterministicAndThreadSafe() throws Exception {
        List<String> arguments = List.of(
                GOOD_BOOKING, "{\"party_size\": 40, \"discount\": 10}", "{\"body\": {\"date\": \"x\"}}", "not json");
        List<ToolCallCheck> expected =
                arguments.stream().map(a -> check("book_table", a)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            ToolCallChecker shared = new ToolCallChecker();
            List<Future<ToolCallCheck>> futures = IntStream.range(0, 400)
                    .mapToObj(i -> pool.submit(() ->
                            shared.check(call("book_table", arguments.get(i % arguments.size())), scheduler, BASIS)))
                    .toList();
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % arguments.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachSchemaIsCompiledOnce() {
        CompiledSchemas schemas = new CompiledSchemas();
        ParameterSchema parameters =
                scheduler.tool("book_table").orElseThrow().parameters().orElseThrow();
        CompiledSchemas.Compiled first = schemas.get(parameters.combined(), parameters.combinedText());
        ParameterSchema again =
                scheduler().tool("book_table").orElseThrow().parameters().orElseThrow();
        assertThat(schemas.get(again.combined(), again.combinedText())).isSameAs(first);
    }
}
