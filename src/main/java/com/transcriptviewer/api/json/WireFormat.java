package com.transcriptviewer.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.model.PageMeta;
import com.transcriptviewer.model.RawJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The Telnyx wire format, read with Jackson's streaming parser: message pages, conversation lists, single
 * conversations and error bodies. Streaming (no databind, no reflection per message) keeps a 100-message page well
 * inside a millisecond. Reading is tolerant of what real servers do (unknown fields, nulls, missing meta, odd
 * timestamps, unknown roles) and strict only about the envelope: a body that is not JSON or has no {@code data} of
 * the right shape fails with a {@link WireFormatException} saying what was wrong.
 *
 * <p>Thread-safe: one shared, never reconfigured {@link ObjectMapper}.
 */
public final class WireFormat {

    private static final WireFormat SHARED = new WireFormat();

    private final ObjectMapper mapper;
    private final JsonFactory factory;

    public WireFormat() {
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.factory = mapper.getFactory();
    }

    public static WireFormat shared() {
        return SHARED;
    }

    /** Parses a message page; the requested number and size are unknown (0), as in a benchmark. */
    public Page<Message> parseMessagePage(byte[] body) throws WireFormatException {
        return parseMessagePage(body, 0, 0);
    }

    public Page<Message> parseMessagePage(InputStream body, int requestedNumber, int requestedSize)
            throws WireFormatException {
        return parseMessagePage(readAll(body), requestedNumber, requestedSize);
    }

    /** Parses {@code {"data":[Message...],"meta":{...}}}; a missing meta gives {@link PageMeta#UNKNOWN}. */
    public Page<Message> parseMessagePage(byte[] body, int requestedNumber, int requestedSize)
            throws WireFormatException {
        Envelope<List<Message>> envelope = parse(
                body, parser -> readEnvelope(parser, (p, token) -> readMessageArray(p, token, body), MetaField.READ));
        return new Page<>(envelope.data(), envelope.meta(), requestedNumber, requestedSize);
    }

    /** Parses a bare JSON array of messages, as a transcript saved without its envelope. */
    public List<Message> parseMessageArray(byte[] body) throws WireFormatException {
        return parse(body, parser -> {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new WireFormatException("the text is " + JsonValues.describe(first) + ", not a JSON array");
            }
            List<Message> messages = readArray(parser, (p, token) -> MessageReader.read(p, token, body));
            if (parser.nextToken() != null) {
                throw new WireFormatException("there is more after the array of messages");
            }
            return messages;
        });
    }

    /**
     * Finds where each message object of a transcript lies, reading {@code in} as a stream without keeping it: the
     * messages endpoint's JSON ({@code {"data":[...],"meta":{...}}}) or a bare array. Each message's byte range (from
     * the start of the stream, so multi-byte UTF-8 is counted as bytes) goes to {@code spans} as soon as its object
     * ends; the JSON is checked as it is read, so a file cut short or broken half-way fails there, with its line and
     * column, after the messages before it were handed over. Returns the number of messages, or stops early (and
     * returns the number so far) when {@code spans} says so.
     */
    public int scanMessages(InputStream in, MessageSpans spans) throws WireFormatException {
        try (JsonParser parser = factory.createParser(in)) {
            return MessageScanner.scan(parser, spans);
        } catch (JsonProcessingException malformed) {
            throw malformed(malformed);
        } catch (WireFormatException wrongShape) {
            throw wrongShape;
        } catch (IOException unreadable) {
            throw new WireFormatException(
                    "it could not be read (" + unreadable.getClass().getSimpleName() + ")", unreadable);
        }
    }

    /**
     * Reads the one message object at {@code bytes[offset, offset + length)} (a range {@link #scanMessages} found),
     * giving it {@code raw} as its raw JSON.
     */
    public Message parseMessage(byte[] bytes, int offset, int length, RawJson raw) throws WireFormatException {
        try (JsonParser parser = factory.createParser(bytes, offset, length)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new WireFormatException("the message is " + JsonValues.describe(first) + ", not an object");
            }
            return MessageReader.read(parser, first, (from, to) -> raw);
        } catch (JsonProcessingException malformed) {
            throw malformed(malformed);
        } catch (WireFormatException wrongShape) {
            throw wrongShape;
        } catch (IOException unreadable) {
            throw new WireFormatException("the message could not be read", unreadable);
        }
    }

    /** Parses {@code {"data":[Conversation...]}} (the list endpoint has no page meta). */
    public List<Conversation> parseConversationList(byte[] body) throws WireFormatException {
        return parse(body, parser -> readEnvelope(parser, WireFormat::readConversationArray, MetaField.SKIP))
                .data();
    }

    /** Parses {@code {"data":Conversation}}. */
    public Conversation parseConversation(byte[] body) throws WireFormatException {
        return parse(body, parser -> readEnvelope(parser, WireFormat::readConversationObject, MetaField.SKIP))
                .data();
    }

    /**
     * Reads a JSON object as a tree, for answers the app reads loosely (assistants, their tools' JSON Schemas,
     * insights): unknown fields and types must never fail them.
     */
    public JsonNode parseTree(byte[] body) throws WireFormatException {
        String notJson = describeNonJson(body);
        if (notJson != null) {
            throw new WireFormatException(notJson);
        }
        try {
            JsonNode tree = mapper.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw new WireFormatException("the answer is not a JSON object");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new WireFormatException("the answer is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new WireFormatException(
                    "the answer could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Reads an error answer in Telnyx's or FastAPI's shape; anything else (HTML, garbage) gives an empty result. */
    public ErrorBody parseErrorBody(byte[] body) {
        if (body == null || describeNonJson(body) != null) {
            return ErrorBody.EMPTY;
        }
        try (JsonParser parser = factory.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return ErrorBody.EMPTY;
            }
            return ErrorBodyReader.read(parser);
        } catch (IOException | RuntimeException unreadable) {
            return ErrorBody.EMPTY;
        }
    }

    /**
     * Why a body cannot be JSON at all, or null when it might be: "the body was empty", "an HTML page instead of
     * JSON (often a proxy or captive portal)".
     */
    public static String describeNonJson(byte[] body) {
        int first = firstNonWhitespace(body);
        if (first < 0) {
            return "the body was empty";
        }
        byte b = body[first];
        if (b == '<') {
            return "an HTML page came back instead of JSON (often a proxy, firewall or captive portal)";
        }
        if (b != '{' && b != '[') {
            return "the body is not JSON";
        }
        return null;
    }

    private static int firstNonWhitespace(byte[] body) {
        if (body == null) {
            return -1;
        }
        int i = 0;
        // Skip a UTF-8 byte order mark, which some proxies add.
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        for (; i < body.length; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return i;
            }
        }
        return -1;
    }

    private static void checkLooksLikeJson(byte[] body) throws WireFormatException {
        String problem = describeNonJson(body);
        if (problem != null) {
            throw new WireFormatException(problem);
        }
    }

    @FunctionalInterface
    private interface BodyReader<T> {
        T read(JsonParser parser) throws IOException;
    }

    /** A reader of one JSON value, called with the value's first token already read. */
    @FunctionalInterface
    private interface ValueReader<T> {
        T read(JsonParser parser, JsonToken token) throws IOException;
    }

    /** Whether an envelope's {@code meta} is read as page meta or skipped (only message pages carry one). */
    private enum MetaField {
        READ,
        SKIP
    }

    /** What an envelope held: its {@code data} and its page meta ({@link PageMeta#UNKNOWN} when none was read). */
    private record Envelope<T>(T data, PageMeta meta) {}

    /**
     * Runs {@code reader} over the body and turns what can go wrong into a {@link WireFormatException}: a body that
     * cannot be JSON, malformed JSON (with its line and column), or JSON of the wrong shape.
     */
    private <T> T parse(byte[] body, BodyReader<T> reader) throws WireFormatException {
        checkLooksLikeJson(body);
        try (JsonParser parser = factory.createParser(body)) {
            return reader.read(parser);
        } catch (JsonProcessingException malformed) {
            throw malformed(malformed);
        } catch (WireFormatException wrongShape) {
            throw wrongShape;
        } catch (IOException unreadable) {
            throw new WireFormatException("the body could not be read", unreadable);
        }
    }

    /** Reads {@code {"data":...,"meta":{...}}}, skipping any other field; the {@code data} field must be there. */
    private static <T> Envelope<T> readEnvelope(JsonParser parser, ValueReader<T> dataReader, MetaField metaField)
            throws IOException {
        expectTopObject(parser);
        T data = null;
        PageMeta meta = PageMeta.UNKNOWN;
        String field;
        while ((field = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            if ("data".equals(field)) {
                data = dataReader.read(parser, token);
            } else if ("meta".equals(field) && metaField == MetaField.READ && token == JsonToken.START_OBJECT) {
                meta = readMeta(parser);
            } else {
                parser.skipChildren();
            }
        }
        if (data == null) {
            throw new WireFormatException("the answer has no \"data\" field");
        }
        return new Envelope<>(data, meta);
    }

    private static void expectTopObject(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw new WireFormatException("the answer is " + JsonValues.describe(first) + ", not a JSON object");
        }
    }

    private static List<Message> readMessageArray(JsonParser parser, JsonToken token, byte[] body) throws IOException {
        expectDataArray(token);
        return readArray(parser, (p, item) -> MessageReader.read(p, item, body));
    }

    private static List<Conversation> readConversationArray(JsonParser parser, JsonToken token) throws IOException {
        expectDataArray(token);
        return readArray(parser, ConversationReader::read);
    }

    private static Conversation readConversationObject(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            throw new WireFormatException("\"data\" is " + JsonValues.describe(token) + ", not a conversation object");
        }
        return ConversationReader.read(parser, token);
    }

    private static void expectDataArray(JsonToken token) throws WireFormatException {
        if (token != JsonToken.START_ARRAY) {
            throw new WireFormatException("\"data\" is " + JsonValues.describe(token) + ", not an array");
        }
    }

    private static <T> List<T> readArray(JsonParser parser, ValueReader<T> reader) throws IOException {
        List<T> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                throw new WireFormatException(
                        "\"data[" + items.size() + "]\" is " + JsonValues.describe(token) + ", not an object");
            }
            items.add(reader.read(parser, token));
        }
        return items;
    }

    private static PageMeta readMeta(JsonParser parser) throws IOException {
        Long totalPages = null;
        Long totalResults = null;
        Long pageNumber = null;
        Long pageSize = null;
        String field;
        while ((field = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            switch (field) {
                case "total_pages" -> totalPages = JsonValues.count(parser, token);
                case "total_results" -> totalResults = JsonValues.count(parser, token);
                case "page_number" -> pageNumber = JsonValues.count(parser, token);
                case "page_size" -> pageSize = JsonValues.count(parser, token);
                default -> parser.skipChildren();
            }
        }
        return new PageMeta(totalPages, totalResults, pageNumber, pageSize);
    }

    private static WireFormatException malformed(JsonProcessingException cause) {
        JsonLocation location = cause.getLocation();
        String where =
                location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new WireFormatException("the body is malformed JSON" + where, cause);
    }

    private static byte[] readAll(InputStream body) throws WireFormatException {
        try (InputStream in = body) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new WireFormatException("the body could not be read", unreadable);
        }
    }
}
