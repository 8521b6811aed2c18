package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.model.ToolCallCheck.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The destinations a transfer tool declares ({@code targets: [{to, name}]}) and the rule a call to it keeps: every
 * destination it names ({@code to}, {@code targets[].to}, {@code destination}) is one of them. Phone numbers match
 * by their digits ({@code +1 312-555-0123} is {@code +13125550123}). Targets given as a template ({@code
 * "{{transfer_to}}"}) are filled in when the call is made, so then, as when none are declared, any destination is
 * accepted.
 */
final class TransferTargets {

    private static final String TEMPLATE_NOTE = " (a template: any destination is accepted)";

    /** One declared destination and the name it goes by; {@code digits} are its digits when it is a phone number. */
    record Target(String to, String name, String digits) {

        Target(String to, String name) {
            this(to, name, isPhoneLike(to) ? TransferTargets.digits(to) : "");
        }

        String describe() {
            return name.isEmpty() ? to : to + " (" + name + ")";
        }

        boolean isTemplate() {
            return to.contains("{{");
        }
    }

    private final List<Target> declared;
    private final String template;
    private final boolean acceptsAny;
    private final String destinations;
    private final String note;

    private TransferTargets(List<Target> declared, String template) {
        this.declared = List.copyOf(declared);
        this.template = template;
        boolean templated = !template.isEmpty() || declared.stream().anyMatch(Target::isTemplate);
        this.acceptsAny = templated || declared.isEmpty();
        this.destinations = declared.stream().map(Target::describe).collect(Collectors.joining(", "));
        if (templated) {
            note = "The transfer's destinations are a template, so any destination is accepted.";
        } else if (declared.isEmpty()) {
            note = "The transfer declares no destinations, so any destination is accepted.";
        } else {
            note = "Destinations checked against the "
                    + ValueWords.count(declared.size(), "destination", "destinations") + " the transfer declares.";
        }
    }

    static TransferTargets read(JsonNode targets, String what) throws AssistantFormatException {
        if (targets == null || targets.isNull()) {
            return new TransferTargets(List.of(), "");
        }
        if (targets.isTextual()) {
            String text = targets.asText().trim();
            if (text.contains("{{")) {
                return new TransferTargets(List.of(), text);
            }
            return new TransferTargets(text.isEmpty() ? List.of() : List.of(new Target(text, "")), "");
        }
        if (!targets.isArray()) {
            throw new AssistantFormatException(what + " has targets that are neither a list nor a template.");
        }
        List<Target> list = new ArrayList<>();
        int number = 0;
        for (JsonNode target : targets) {
            number++;
            if (target.isTextual() || target.isNumber()) {
                list.add(new Target(target.asText().trim(), ""));
                continue;
            }
            JsonNode to = target.get("to");
            if (!target.isObject() || to == null || !(to.isTextual() || to.isNumber())) {
                throw new AssistantFormatException(what + ": target " + number + " has no destination (to).");
            }
            list.add(new Target(
                    to.asText().trim(), target.path("name").asText("").trim()));
        }
        return new TransferTargets(list, "");
    }

    /** True when a call may name any destination: the targets are a template, or none are declared. */
    boolean acceptsAny() {
        return acceptsAny;
    }

    /** The destinations as the Definition table lists them, a template saying that it accepts any. */
    List<String> describe() {
        if (!template.isEmpty()) {
            return List.of(template + TEMPLATE_NOTE);
        }
        return declared.stream()
                .map(target -> target.isTemplate() ? target.describe() + TEMPLATE_NOTE : target.describe())
                .toList();
    }

    /** What the check's basis says about the destinations. */
    String note() {
        return note;
    }

    /** A problem for every destination the arguments name that is not declared; none for non-object arguments. */
    List<Problem> check(JsonNode arguments) {
        if (acceptsAny() || !arguments.isObject()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        checkOne(arguments.get("to"), ArgumentPath.WHOLE.child("to"), problems);
        checkOne(arguments.get("destination"), ArgumentPath.WHOLE.child("destination"), problems);
        JsonNode targets = arguments.get("targets");
        if (targets != null && targets.isArray()) {
            for (int i = 0; i < targets.size(); i++) {
                JsonNode target = targets.get(i);
                if (target.isObject()) {
                    checkOne(
                            target.get("to"),
                            ArgumentPath.WHOLE.child("targets").index(i).child("to"),
                            problems);
                }
            }
        }
        return problems;
    }

    private void checkOne(JsonNode value, ArgumentPath path, List<Problem> problems) {
        if (value == null || value.isNull()) {
            return;
        }
        boolean scalar = value.isTextual() || value.isNumber();
        if (scalar && isDeclared(value.asText())) {
            return;
        }
        String subject;
        if (scalar && !value.asText().isBlank()) {
            subject = ValueWords.clip(value.asText().trim()) + " is not";
        } else {
            subject = path.displayName() + " is " + (scalar ? "empty" : ValueWords.describe(value)) + ", not";
        }
        problems.add(
                new Problem(path.pointer(), subject + " one of this transfer's destinations: " + destinations + "."));
    }

    private boolean isDeclared(String named) {
        String wanted = named.trim();
        String wantedDigits = null;
        for (Target target : declared) {
            if (target.to().equals(wanted)) {
                return true;
            }
            if (!target.digits().isEmpty()) {
                if (wantedDigits == null) {
                    wantedDigits = isPhoneLike(wanted) ? digits(wanted) : "";
                }
                if (target.digits().equals(wantedDigits)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPhoneLike(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && " +-().".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String digits(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
