package com.transcriptviewer.testing;

import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallCheck.Problem;
import com.transcriptviewer.model.ToolCallCheck.Status;
import com.transcriptviewer.model.ToolSpec;
import com.transcriptviewer.model.ToolSpec.Parameter;
import java.util.List;
import java.util.Optional;

/** Checks of tool calls as the checker makes them, for the demo's appointment booking and for component tests. */
public final class Checks {

    public static final String BASIS = "Checked against Lakeside Dental Scheduler, version 20250415T130000000000.";

    private Checks() {}

    /** The booking tool as the scheduler assistant declares it: a webhook with body and path parameters. */
    public static ToolSpec bookAppointment() {
        return new ToolSpec(
                "webhook",
                "book_appointment",
                "Books a slot found by check_availability for a patient. Call it only after the caller has confirmed"
                        + " the slot.",
                List.of(
                        new Parameter("patient", "object", true, "", "Who the appointment is for.", "body"),
                        new Parameter("patient.name", "string", true, "", "Full name as the caller said it.", "body"),
                        new Parameter("patient.date_of_birth", "string", true, "YYYY-MM-DD", "Date of birth.", "body"),
                        new Parameter(
                                "patient.email",
                                "string",
                                true,
                                "an email address",
                                "Where the reminder goes.",
                                "body"),
                        new Parameter(
                                "slot", "string", true, "", "The slot, as check_availability returned it.", "body"),
                        new Parameter(
                                "service",
                                "string",
                                true,
                                "one of: checkup, whitening, filling",
                                "What the appointment is for.",
                                "body"),
                        new Parameter(
                                "clinic_id",
                                "string",
                                false,
                                "",
                                "Which clinic; the caller's usual one if left out.",
                                "path")),
                List.of());
    }

    public static ToolSpec checkAvailability() {
        return new ToolSpec(
                "webhook",
                "check_availability",
                "Finds free slots on a day.",
                List.of(
                        new Parameter("date", "string", true, "YYYY-MM-DD", "The day to look at.", "body"),
                        new Parameter("time_range", "object", false, "", "Part of the day.", "body"),
                        new Parameter("service", "string", true, "", "What the appointment is for.", "body")),
                List.of());
    }

    public static ToolCallCheck ok() {
        return new ToolCallCheck(Status.OK, List.of(), BASIS, Optional.of(checkAvailability()));
    }

    /** book_appointment with a service the tool does not offer and no email for the patient. */
    public static ToolCallCheck twoProblems() {
        return new ToolCallCheck(
                Status.SCHEMA_MISMATCH,
                List.of(
                        new Problem(
                                "/service",
                                "service should be one of: checkup, whitening, filling; it is \"cleaning\"."),
                        new Problem("/patient/email", "patient.email is required and missing.")),
                BASIS,
                Optional.of(bookAppointment()));
    }

    public static ToolCallCheck unknownFunction(String name) {
        return new ToolCallCheck(
                Status.UNKNOWN_FUNCTION,
                List.of(),
                "Lakeside Dental Scheduler, version 20250415T130000000000, declares no function " + name + ".",
                Optional.empty());
    }

    public static ToolCallCheck noDefinition() {
        return ToolCallCheck.noDefinition("No definition: hangup is a built-in tool the assistant does not describe.");
    }

    public static ToolCallCheck invalidJson() {
        return new ToolCallCheck(
                Status.INVALID_JSON,
                List.of(),
                "The arguments are not valid JSON, so they were not checked.",
                Optional.empty());
    }

    /** A transfer with its declared targets. */
    public static ToolCallCheck transferOk() {
        return new ToolCallCheck(
                Status.OK,
                List.of(),
                BASIS,
                Optional.of(new ToolSpec(
                        "transfer",
                        "transfer",
                        "Transfers the call to a person.",
                        List.of(new Parameter("to", "string", true, "a declared target", "Where to.", "")),
                        List.of("+13125550100 (Front desk)", "+13125550111 (Billing)"))));
    }
}
