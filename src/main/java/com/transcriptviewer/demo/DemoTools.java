package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.JsonTree.object;

import java.util.List;
import java.util.Map;

/**
 * The entries of an assistant's {@code tools[]} in the API's shape: {@code {"type": T, T: {config}}}, the config
 * under a key named like the type. Webhook and client-side tools carry JSON Schema parameters (see {@link Schemas});
 * the built-in kinds carry their own settings (a transfer's allowed targets, a handoff's assistants).
 */
final class DemoTools {

    private DemoTools() {}

    /** A webhook tool, finished with {@link Webhook#build()}. */
    static Webhook webhook(String name, String description) {
        return new Webhook(name, description);
    }

    static Map<String, Object> clientSide(String name, String description, Map<String, Object> parameters) {
        return tool("client_side_tool", object("name", name, "description", description, "parameters", parameters));
    }

    /** A transfer that may only dial the given targets (see {@link #target}). */
    @SafeVarargs
    static Map<String, Object> transfer(String from, String description, Map<String, Object>... targets) {
        return tool("transfer", object("from", from, "targets", List.of(targets), "description", description));
    }

    static Map<String, Object> target(String to, String name) {
        return object("to", to, "name", name);
    }

    static Map<String, Object> hangup(String description) {
        return tool("hangup", object("description", description));
    }

    static Map<String, Object> skipTurn(String description) {
        return tool("skip_turn", object("description", description));
    }

    static Map<String, Object> sendDtmf() {
        return tool("send_dtmf", Map.of());
    }

    static Map<String, Object> sendMessage(String messageTemplate) {
        return tool("send_message", object("message_template", messageTemplate));
    }

    /** A handoff to the given assistants (see {@link #assistant}). */
    @SafeVarargs
    static Map<String, Object> handoff(String voiceMode, Map<String, Object>... assistants) {
        return tool("handoff", object("ai_assistants", List.of(assistants), "voice_mode", voiceMode));
    }

    static Map<String, Object> assistant(String id, String name) {
        return object("id", id, "name", name);
    }

    /** A SIP REFER to the given targets (see {@link #sipTarget}). */
    @SafeVarargs
    static Map<String, Object> refer(Map<String, Object>... targets) {
        return tool("refer", object("targets", List.of(targets)));
    }

    static Map<String, Object> sipTarget(String name, String sipAddress) {
        return object("name", name, "sip_address", sipAddress);
    }

    /** Invites the given targets into the call (see {@link #target}). */
    @SafeVarargs
    static Map<String, Object> invite(String from, Map<String, Object>... targets) {
        return tool("invite", object("from", from, "targets", List.of(targets)));
    }

    static Map<String, Object> retrieval(int maxResults, String... bucketIds) {
        return tool("retrieval", object("bucket_ids", List.of(bucketIds), "max_num_results", maxResults));
    }

    static Map<String, Object> pay(String connectorName, String currency, String paymentMethod, String description) {
        return tool(
                "pay",
                object(
                        "connector_name",
                        connectorName,
                        "currency",
                        currency,
                        "payment_method",
                        paymentMethod,
                        "description",
                        description));
    }

    /** Lets the model change the given dynamic variables (see {@link #variable}). */
    @SafeVarargs
    static Map<String, Object> updateDynamicVariables(
            String name, String description, Map<String, Object>... variables) {
        return tool(
                "update_dynamic_variables",
                object("name", name, "description", description, "updatable_variables", List.of(variables)));
    }

    static Map<String, Object> variable(String name, String type, String description) {
        return object("name", name, "description", description, "type", type);
    }

    /**
     * A tool of a type older assistants carry and the current API no longer documents in full ({@code
     * book_appointment}, {@code check_availability} with a calendar's {@code event_type_id}): readers must show it
     * generically and never fail on it.
     */
    static Map<String, Object> legacy(String type, Map<String, Object> config) {
        return tool(type, config);
    }

    private static Map<String, Object> tool(String type, Map<String, Object> config) {
        return object("type", type, type, config);
    }

    /** A webhook tool being written: its endpoint and the parameters it takes in the path, query and body. */
    static final class Webhook {

        private final String name;
        private final String description;
        private String method = "POST";
        private String url;
        private Map<String, Object> pathParameters;
        private Map<String, Object> queryParameters;
        private Map<String, Object> bodyParameters;

        private Webhook(String name, String description) {
            this.name = name;
            this.description = description;
        }

        Webhook get(String url) {
            return at("GET", url);
        }

        Webhook post(String url) {
            return at("POST", url);
        }

        Webhook at(String method, String url) {
            this.method = method;
            this.url = url;
            return this;
        }

        Webhook path(Map<String, Object> parameters) {
            this.pathParameters = parameters;
            return this;
        }

        Webhook query(Map<String, Object> parameters) {
            this.queryParameters = parameters;
            return this;
        }

        Webhook body(Map<String, Object> parameters) {
            this.bodyParameters = parameters;
            return this;
        }

        Map<String, Object> build() {
            return object(
                    "type",
                    "webhook",
                    "webhook",
                    object(
                            "name",
                            name,
                            "description",
                            description,
                            "url",
                            url,
                            "method",
                            method,
                            "path_parameters",
                            pathParameters,
                            "query_parameters",
                            queryParameters,
                            "body_parameters",
                            bodyParameters,
                            "async",
                            false),
                    "timeout_ms",
                    5_000);
        }
    }
}
