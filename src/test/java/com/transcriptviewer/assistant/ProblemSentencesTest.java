package com.transcriptviewer.assistant;

import static com.transcriptviewer.assistant.AssistantFixtures.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallCheck.Problem;
import com.transcriptviewer.model.ToolCallCheck.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence each JSON Schema keyword gives when an argument breaks it. */
class ProblemSentencesTest {

    private final ToolCallChecker checker = new ToolCallChecker();

    /** The problems of calling book_table, which takes one parameter declared by {@code property}, with arguments. */
    private List<Problem> problems(String property, String arguments) {
        return problemsAgainst("{\"type\": \"object\", \"properties\": {" + property + "}}", arguments);
    }

    private List<Problem> problemsAgainst(String schema, String arguments) {
        ToolCallCheck check =
                checker.check(call("book_table", arguments), AssistantFixtures.clientTool("book_table", schema), "b.");
        assertThat(check.status()).isIn(Status.OK, Status.SCHEMA_MISMATCH);
        return check.problems();
    }

    private String sentence(String property, String arguments) {
        List<Problem> problems = problems(property, arguments);
        assertThat(problems).hasSize(1);
        return problems.get(0).message();
    }

    @Test
    void required() {
        assertThat(problemsAgainst(
                        "{\"type\": \"object\", \"properties\": {\"date\": {\"type\": \"string\"}}, \"required\":"
                                + " [\"date\"]}",
                        "{}"))
                .containsExactly(new Problem("/date", "date is required but missing."));
    }

    @Test
    void nestedRequired() {
        assertThat(problems(
                        "\"patient\": {\"type\": \"object\", \"properties\": {\"name\": {\"type\": \"string\"}},"
                                + " \"required\": [\"name\"]}",
                        "{\"patient\": {}}"))
                .containsExactly(new Problem("/patient/name", "patient.name is required but missing."));
    }

    @Test
    void typeWithBoundsNamesTheTextAsText() {
        assertThat(sentence(
                        "\"party_size\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 12}",
                        "{\"party_size\": \"4\"}"))
                .isEqualTo("party_size should be a whole number from 1 to 12; it is the text \"4\".");
        assertThat(sentence("\"party_size\": {\"type\": \"integer\", \"minimum\": 1}", "{\"party_size\": true}"))
                .isEqualTo("party_size should be a whole number of at least 1; it is true.");
        assertThat(sentence("\"name\": {\"type\": \"string\"}", "{\"name\": {\"first\": \"Ann\"}}"))
                .isEqualTo("name should be text; it is an object.");
        assertThat(sentence("\"tags\": {\"type\": \"array\"}", "{\"tags\": \"vip\"}"))
                .isEqualTo("tags should be a list; it is the text \"vip\".");
        assertThat(sentence("\"note\": {\"type\": [\"string\", \"null\"]}", "{\"note\": 5}"))
                .isEqualTo("note should be text or null; it is 5.");
        assertThat(sentence("\"ok\": {\"type\": \"boolean\"}", "{\"ok\": \"yes\"}"))
                .isEqualTo("ok should be true or false; it is the text \"yes\".");
        assertThat(sentence("\"price\": {\"type\": \"number\", \"exclusiveMinimum\": 0}", "{\"price\": null}"))
                .isEqualTo("price should be a number greater than 0; it is null.");
    }

    @Test
    void minimumMaximumAndBoth() {
        assertThat(sentence("\"party_size\": {\"type\": \"integer\", \"maximum\": 12}", "{\"party_size\": 40}"))
                .isEqualTo("party_size should be at most 12; it is 40.");
        assertThat(sentence("\"party_size\": {\"type\": \"integer\", \"minimum\": 1}", "{\"party_size\": 0}"))
                .isEqualTo("party_size should be at least 1; it is 0.");
        assertThat(sentence(
                        "\"party_size\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 12}",
                        "{\"party_size\": 40}"))
                .isEqualTo("party_size should be from 1 to 12; it is 40.");
        assertThat(sentence(
                        "\"rate\": {\"type\": \"number\", \"exclusiveMinimum\": 0, \"maximum\": 1.5}",
                        "{\"rate\": 2.25}"))
                .isEqualTo("rate should be greater than 0 and at most 1.5; it is 2.25.");
        assertThat(sentence("\"rate\": {\"exclusiveMaximum\": 100}", "{\"rate\": 100}"))
                .isEqualTo("rate should be less than 100; it is 100.");
    }

    @Test
    void boundsReachedThroughARefAreReadFromTheReferencedSchema() {
        assertThat(problemsAgainst(
                        "{\"type\": \"object\", \"properties\": {\"size\": {\"$ref\": \"#/$defs/size\"}}, \"$defs\":"
                                + " {\"size\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 12}}}",
                        "{\"size\": 13}"))
                .containsExactly(new Problem("/size", "size should be from 1 to 12; it is 13."));
    }

    @Test
    void minLengthMaxLengthAndBoth() {
        assertThat(sentence("\"name\": {\"type\": \"string\", \"minLength\": 2}", "{\"name\": \"A\"}"))
                .isEqualTo("name should be at least 2 characters long; it is \"A\" (1 character).");
        assertThat(sentence("\"code\": {\"type\": \"string\", \"maxLength\": 3}", "{\"code\": \"ABCD\"}"))
                .isEqualTo("code should be at most 3 characters long; it is \"ABCD\" (4 characters).");
        assertThat(sentence(
                        "\"name\": {\"type\": \"string\", \"minLength\": 2, \"maxLength\": 40}", "{\"name\": \"\"}"))
                .isEqualTo("name should be 2 to 40 characters long; it is \"\" (0 characters).");
    }

    @Test
    void enumListsTheAllowedValues() {
        assertThat(sentence(
                        "\"service\": {\"type\": \"string\", \"enum\": [\"cleaning\", \"checkup\", \"whitening\"]}",
                        "{\"service\": \"deep clean\"}"))
                .isEqualTo("service should be one of: cleaning, checkup, whitening; it is \"deep clean\".");
        assertThat(sentence("\"level\": {\"enum\": [1, 2, null]}", "{\"level\": 3}"))
                .isEqualTo("level should be one of: 1, 2, null; it is 3.");
    }

    @Test
    void constSaysTheOneValue() {
        assertThat(sentence("\"mode\": {\"const\": \"express\"}", "{\"mode\": \"standard\"}"))
                .isEqualTo("mode should be \"express\"; it is \"standard\".");
    }

    @Test
    void patternShowsThePattern() {
        assertThat(sentence(
                        "\"phone\": {\"type\": \"string\", \"pattern\": \"^\\\\+1\\\\d{10}$\"}",
                        "{\"phone\": \"312-555-0100\"}"))
                .isEqualTo("phone should match the pattern ^\\+1\\d{10}$; it is \"312-555-0100\".");
    }

    @Test
    void additionalProperties() {
        assertThat(problemsAgainst(
                        "{\"type\": \"object\", \"properties\": {\"date\": {}}, \"additionalProperties\": false}",
                        "{\"date\": \"x\", \"discount\": 10}"))
                .containsExactly(new Problem("/discount", "discount is not a parameter of book_table."));
        assertThat(problems(
                        "\"patient\": {\"type\": \"object\", \"properties\": {\"name\": {}}, \"additionalProperties\":"
                                + " false}",
                        "{\"patient\": {\"name\": \"Ann\", \"nickname\": \"A\"}}"))
                .containsExactly(
                        new Problem("/patient/nickname", "patient.nickname is not a parameter of book_table."));
    }

    @Test
    void formatIsAssertedWhereTheValidatorAssertsItByDefault() {
        String draft7 = "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"type\": \"object\","
                + " \"properties\": {\"date\": {\"type\": \"string\", \"format\": \"date\"}, \"email\": {\"format\":"
                + " \"email\"}}}";
        assertThat(problemsAgainst(draft7, "{\"date\": \"next Tuesday\", \"email\": \"ann at example\"}"))
                .containsExactly(
                        new Problem("/date", "date should be a date like 2026-07-29; it is \"next Tuesday\"."),
                        new Problem("/email", "email should be an email address; it is \"ann at example\"."));
        assertThat(problemsAgainst(draft7, "{\"date\": \"2026-07-29\"}")).isEmpty();
        assertThat(problems("\"date\": {\"type\": \"string\", \"format\": \"date\"}", "{\"date\": \"next Tuesday\"}"))
                .as("draft 2020-12 treats format as an annotation unless asked to assert it")
                .isEmpty();
    }

    @Test
    void minItemsMaxItemsAndBoth() {
        assertThat(sentence("\"items\": {\"type\": \"array\", \"minItems\": 1}", "{\"items\": []}"))
                .isEqualTo("items should have at least 1 item; it has 0.");
        assertThat(sentence("\"items\": {\"type\": \"array\", \"maxItems\": 2}", "{\"items\": [1, 2, 3]}"))
                .isEqualTo("items should have at most 2 items; it has 3.");
        assertThat(sentence(
                        "\"items\": {\"type\": \"array\", \"minItems\": 1, \"maxItems\": 5}",
                        "{\"items\": [1, 2, 3, 4, 5, 6, 7]}"))
                .isEqualTo("items should have 1 to 5 items; it has 7.");
    }

    @Test
    void arrayItemsArePointedAtByIndex() {
        assertThat(problems(
                        "\"items\": {\"type\": \"array\", \"items\": {\"type\": \"object\", \"properties\":"
                                + " {\"quantity\": {\"type\": \"integer\"}}}}",
                        "{\"items\": [{\"quantity\": 1}, {\"quantity\": 2}, {\"quantity\": 2.5}]}"))
                .containsExactly(
                        new Problem("/items/2/quantity", "items[2].quantity should be a whole number; it is 2.5."));
        assertThat(problems(
                        "\"tags\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}", "{\"tags\": [\"a\", 7]}"))
                .containsExactly(new Problem("/tags/1", "tags[1] should be text; it is 7."));
    }

    @Test
    void itemsBeyondTheDeclaredOnes() {
        assertThat(problems(
                        "\"pair\": {\"type\": \"array\", \"prefixItems\": [{\"type\": \"string\"}, {\"type\":"
                                + " \"integer\"}], \"items\": false}",
                        "{\"pair\": [\"a\", 1, true]}"))
                .containsExactly(
                        new Problem("/pair/2", "pair[2] is not allowed: the list holds more items than declared."));
    }

    @Test
    void otherKeywordsHaveSentencesToo() {
        assertThat(sentence("\"qty\": {\"multipleOf\": 5}", "{\"qty\": 12}"))
                .isEqualTo("qty should be a multiple of 5; it is 12.");
        assertThat(sentence("\"tags\": {\"uniqueItems\": true}", "{\"tags\": [\"a\", \"a\"]}"))
                .isEqualTo("tags should not hold the same item twice; it does.");
        assertThat(sentence("\"code\": {\"not\": {\"const\": \"0000\"}}", "{\"code\": \"0000\"}"))
                .isEqualTo("code should not match the form its schema excludes; it is \"0000\".");
        assertThat(problemsAgainst(
                        "{\"type\": \"object\", \"dependentRequired\": {\"card\": [\"expiry\"]}}",
                        "{\"card\": \"4242\"}"))
                .containsExactly(new Problem("/expiry", "expiry is required when card is given, but missing."));
        assertThat(problemsAgainst(
                        "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"type\": \"object\","
                                + " \"dependencies\": {\"card\": [\"expiry\", \"cvc\"]}}",
                        "{\"card\": \"4242\", \"expiry\": \"12/29\"}"))
                .containsExactly(new Problem("/cvc", "cvc is required when card is given, but missing."));
        assertThat(problems("\"x\": false", "{\"x\": 1}")).containsExactly(new Problem("/x", "x is not allowed."));
    }

    @Test
    void problemsAreSortedByPointerThenMessageAndEachSaidOnce() {
        List<Problem> problems = problemsAgainst(
                "{\"type\": \"object\", \"properties\": {\"b\": {\"type\": \"string\", \"minLength\": 3, \"pattern\":"
                        + " \"^[0-9]+$\"}, \"a\": {\"allOf\": [{\"type\": \"integer\"}, {\"type\": \"integer\"}]}},"
                        + " \"required\": [\"c\"]}",
                "{\"b\": \"x\", \"a\": \"1\"}");
        assertThat(problems)
                .containsExactly(
                        new Problem("/a", "a should be a whole number; it is the text \"1\"."),
                        new Problem("/b", "b should be at least 3 characters long; it is \"x\" (1 character)."),
                        new Problem("/b", "b should match the pattern ^[0-9]+$; it is \"x\"."),
                        new Problem("/c", "c is required but missing."));
    }

    @Test
    void longTextIsCutShortAndSaysItsLength() {
        String longName = "N".repeat(200);
        assertThat(sentence("\"name\": {\"enum\": [\"Ann\"]}", "{\"name\": \"" + longName + "\"}"))
                .isEqualTo("name should be one of: Ann; it is \"" + "N".repeat(80) + "…\" (200 characters).");
    }
}
