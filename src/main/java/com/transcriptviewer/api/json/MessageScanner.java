package com.transcriptviewer.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Walks a transcript's tokens without building anything: each message object is skipped whole (which still checks
 * its JSON) and only where it starts and ends is passed on. The envelope is read as {@link WireFormat} reads a page:
 * any field but {@code data} is skipped, and {@code data} must be an array of objects.
 */
final class MessageScanner {

    private MessageScanner() {}

    static int scan(JsonParser parser, MessageSpans spans) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            int count = scanArray(parser, spans);
            if (count >= 0 && parser.nextToken() != null) {
                throw new WireFormatException("there is more after the array of messages");
            }
            return Math.abs(count);
        }
        if (first != JsonToken.START_OBJECT) {
            throw new WireFormatException("the text is " + JsonValues.describe(first) + ", not a JSON object or array");
        }
        String field;
        while ((field = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            if ("data".equals(field)) {
                if (token != JsonToken.START_ARRAY) {
                    throw new WireFormatException("\"data\" is " + JsonValues.describe(token) + ", not an array");
                }
                int count = scanArray(parser, spans);
                if (count < 0) {
                    return -count;
                }
                // The rest (meta) is still read: a file cut short after its messages is not whole.
                while (parser.nextFieldName() != null) {
                    parser.nextToken();
                    parser.skipChildren();
                }
                return count;
            }
            parser.skipChildren();
        }
        throw new WireFormatException("it has no \"data\" field");
    }

    /** The number of messages; negative (minus the number) when {@code spans} stopped the scan. */
    private static int scanArray(JsonParser parser, MessageSpans spans) throws IOException {
        int count = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                throw new WireFormatException(
                        "\"data[" + count + "]\" is " + JsonValues.describe(token) + ", not an object");
            }
            long from = parser.currentTokenLocation().getByteOffset();
            parser.skipChildren();
            long to = parser.currentLocation().getByteOffset();
            if (!spans.found(count++, from, to)) {
                return -count;
            }
        }
        return count;
    }
}
