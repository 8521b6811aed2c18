package com.transcriptviewer.source;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.api.json.WireFormatException;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.model.PageMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A transcript saved to a file: JSON as the messages endpoint returns it ({@code {"data":[...],"meta":{...}}}) or a
 * bare array of messages. The file is read once, on the first page request (which the view-model makes off the FX
 * thread), and then served in pages like the API, so the same view and paging code show it. A file that cannot be
 * read or is not a transcript is a {@link ErrorKind#BAD_RESPONSE} with a sentence naming the file and the problem.
 */
public final class FileTranscriptSource implements TranscriptSource {

    private final Path file;
    private final WireFormat wire;
    private List<Message> messages;

    public FileTranscriptSource(Path file, WireFormat wire) {
        this.file = Objects.requireNonNull(file, "file");
        this.wire = Objects.requireNonNull(wire, "wire");
    }

    /** The id the transcript view shows for this file: its name. */
    public String displayId() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    @Override
    public Page<Message> page(String conversationId, int pageNumber, int pageSize, CancelToken cancel)
            throws ApiException {
        List<Message> all = messages();
        int from = Math.min(all.size(), (pageNumber - 1) * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        long totalPages = Math.max(1, (all.size() + pageSize - 1) / pageSize);
        return new Page<>(
                all.subList(from, to),
                new PageMeta(totalPages, (long) all.size(), (long) pageNumber, (long) pageSize),
                pageNumber,
                pageSize);
    }

    @Override
    public Optional<Conversation> conversation(String conversationId, CancelToken cancel) {
        return Optional.of(new Conversation(displayId(), displayId(), null, null, Map.of()));
    }

    @Override
    public Optional<Path> file() {
        return Optional.of(file);
    }

    @Override
    public String label() {
        return "file " + displayId();
    }

    private synchronized List<Message> messages() throws ApiException {
        if (messages == null) {
            messages = List.copyOf(read());
        }
        return messages;
    }

    private List<Message> read() throws ApiException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw problem("The file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw problem(
                    "The file " + file + " could not be read (" + e.getClass().getSimpleName() + ").", e);
        }
        try {
            if (startsWithArray(bytes)) {
                return wire.parseMessageArray(bytes);
            }
            return wire.parseMessagePage(bytes).items();
        } catch (WireFormatException e) {
            throw problem(displayId() + " is not a transcript: " + e.getMessage() + ".", e);
        }
    }

    private static boolean startsWithArray(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '[') {
                return true;
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && (b & 0x80) == 0) {
                return false;
            }
        }
        return false;
    }

    private static ApiException problem(String message, Exception cause) {
        return new ApiException(ErrorKind.BAD_RESPONSE, message, 0, null, List.of(), null, cause);
    }

    @Override
    public String toString() {
        return "FileTranscriptSource[" + file + "]";
    }
}
