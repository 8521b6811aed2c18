package com.transcriptviewer.testing;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes transcript files as the messages endpoint returns them ({@code {"data":[...],"meta":{...}}}) or as a bare
 * array, of any length, for the tests and benchmarks of big files. The messages repeat a five-message turn like the
 * demo data's: the caller asks, the assistant answers, calls a tool with nested JSON arguments, the tool's result
 * comes back as JSON text, and the assistant sums it up; some text is not ASCII. Seeded, so a file is the same at
 * every run; about 1.1 KB per message.
 */
public final class TranscriptFiles {

    /** The envelope's shape. */
    public enum Shape {
        ENVELOPE,
        BARE_ARRAY
    }

    private static final JsonFactory JSON = new JsonFactory();
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String[] CITIES = {"Zürich", "São Paulo", "Kraków", "Chicago", "Tōkyō", "Reykjavík"};
    private static final String[] QUESTIONS = {
        "Hi, I'd like to book a table for %d people on Friday evening, somewhere near %s if possible.",
        "Can you check the status of my order %d? It was supposed to arrive in %s yesterday.",
        "I need to change the delivery address for order %d to our office in %s — the old one is wrong.",
        "What's the balance on account %d? I'm travelling to %s next week and want to be sure.",
    };

    private TranscriptFiles() {}

    /** Writes {@code messages} messages to {@code file} in {@code shape}; returns the file. */
    public static Path write(Path file, int messages, Shape shape) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            if (shape == Shape.ENVELOPE) {
                json.writeStartObject();
                json.writeFieldName("data");
            }
            json.writeStartArray();
            for (int i = 0; i < messages; i++) {
                json.writeRaw('\n');
                message(json, i);
            }
            json.writeRaw('\n');
            json.writeEndArray();
            if (shape == Shape.ENVELOPE) {
                json.writeObjectFieldStart("meta");
                json.writeNumberField("total_pages", 1);
                json.writeNumberField("total_results", messages);
                json.writeNumberField("page_number", 1);
                json.writeNumberField("page_size", messages);
                json.writeEndObject();
                json.writeEndObject();
            }
        }
        return file;
    }

    /** The text of message {@code index} as {@link #write} writes it (null for a tool call). */
    public static String textOf(int index) {
        int turn = index / 5;
        Random random = new Random(turn * 31L + 7);
        int number = 100_000 + random.nextInt(900_000);
        String city = CITIES[random.nextInt(CITIES.length)];
        return switch (index % 5) {
            case 0 -> "Turn " + (turn + 1) + ": " + String.format(QUESTIONS[turn % QUESTIONS.length], number, city);
            case 1 ->
                "Of course. Let me look that up for you — one moment while I check order " + number
                        + ". I can see your account here; I'll confirm the details with you before I change anything.";
            case 2 -> null;
            case 3 ->
                "{\"status\":\"ok\",\"reference\":" + number + ",\"city\":\"" + city
                        + "\",\"items\":[{\"sku\":\"A-" + (number % 977) + "\",\"quantity\":2,\"price\":\"19.90\"},"
                        + "{\"sku\":\"B-" + (number % 613) + "\",\"quantity\":1,\"price\":\"5.00\"}],\"notes\":\"Left "
                        + "the warehouse at 07:42; the courier expects to deliver before noon.\",\"tracking\":{\"carrier\":"
                        + "\"DHL Express\",\"number\":\"JD0146000039" + number + "\",\"events\":[\"picked up\","
                        + "\"in transit\",\"out for delivery\"]}}";
            default ->
                "I found it: order " + number + " is on its way to " + city
                        + " and should arrive before noon tomorrow. The courier will call you about thirty minutes before"
                        + " arriving. Is there anything else I can help you with today?";
        };
    }

    private static void message(JsonGenerator json, int index) throws IOException {
        int turn = index / 5;
        int position = index % 5;
        Random random = new Random(turn * 31L + 7);
        int number = 100_000 + random.nextInt(900_000);
        String city = CITIES[random.nextInt(CITIES.length)];
        String callId = "call_" + Long.toHexString(random.nextLong() & 0xFFFFFFFFFFFFL) + "_" + turn;
        Instant created = START.plusMillis(turn * 45_000L + position * 1_700L);
        json.writeStartObject();
        json.writeStringField("role", position == 0 ? "user" : position == 3 ? "tool" : "assistant");
        json.writeStringField("text", textOf(index));
        if (position == 2) {
            json.writeArrayFieldStart("tool_calls");
            json.writeStartObject();
            json.writeStringField("id", callId);
            json.writeStringField("type", "function");
            json.writeObjectFieldStart("function");
            json.writeStringField(
                    "name", turn % 3 == 0 ? "lookup_order" : turn % 3 == 1 ? "book_table" : "update_address");
            json.writeStringField("arguments", arguments(number, city, turn));
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeStringField("created_at", DateTimeFormatter.ISO_INSTANT.format(created));
        json.writeStringField("sent_at", DateTimeFormatter.ISO_INSTANT.format(created.plusMillis(120)));
        json.writeObjectFieldStart("metadata");
        json.writeStringField("telnyx_conversation_channel", "phone_call");
        json.writeStringField("telnyx_agent_target", "+13125550" + (100 + turn % 900));
        json.writeStringField("telnyx_end_user_target", "+4915155" + (10_000 + turn % 90_000));
        json.writeStringField("telnyx_conversation_id", "6f1c2a9e-3b7d-4e51-9a0c-" + String.format("%012d", turn));
        json.writeStringField("telnyx_call_control_id", "v3:u5OAKGEPT3Dx8SZSSDRWEMdNH2OripQhO_" + callId);
        json.writeStringField("assistant_id", "assistant-2f8e4b1c-9d3a-4c6e-b7f5-0a1d2e3f4b5c");
        json.writeStringField("assistant_version_id", "v2026-02-27T16:04:11.512Z");
        json.writeStringField("model", "meta-llama/Meta-Llama-3.1-70B-Instruct");
        json.writeNumberField("latency_ms", 180 + random.nextInt(900));
        json.writeNumberField("prompt_tokens", 1_200 + random.nextInt(3_000));
        json.writeNumberField("completion_tokens", 20 + random.nextInt(200));
        json.writeStringField("language", turn % 4 == 0 ? "de-DE" : "en-US");
        json.writeStringField("region", "us-central-1");
        json.writeStringField("call_direction", "inbound");
        json.writeStringField("turn_detection", "server_vad");
        json.writeNumberField("transcription_confidence", 0.80 + random.nextInt(20) / 100.0);
        json.writeStringField("end_user_name", "Customer " + turn);
        if (position == 3) {
            json.writeStringField("tool_call_id", callId);
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static String arguments(int number, String city, int turn) {
        return "{\"order_id\":" + number + ",\"customer\":{\"name\":\"Customer " + turn + "\",\"phone\":\"+1312555"
                + (1000 + turn % 9000) + "\",\"email\":\"customer" + turn + "@example.com\"},\"address\":{\"street\":\""
                + (turn % 200 + 1) + " Main Street\",\"city\":\"" + city + "\",\"postal_code\":\""
                + (10_000 + turn % 89_999)
                + "\",\"country\":\"" + (turn % 2 == 0 ? "US" : "DE") + "\"},\"party_size\":" + (turn % 12 + 1)
                + ",\"date\":\"2026-03-" + String.format("%02d", turn % 28 + 1) + "\",\"time\":\"19:30\",\"notes\":"
                + "\"Window seat if possible; one guest uses a wheelchair.\",\"include_history\":true,\"items\":["
                + "{\"sku\":\"A-" + (number % 977) + "\",\"quantity\":2},{\"sku\":\"B-" + (number % 613)
                + "\",\"quantity\":1}]}";
    }
}
