package com.transcriptviewer.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * Brings a recording's audio onto this computer right before it is played or saved. Its download link is pre-signed
 * and expires within minutes, so each fetch asks {@code GET /recordings/{id}} for a fresh one and uses it at once;
 * when the link is refused anyway (expired on the way, 403), it asks once more. The link lives only in this method's
 * local variables: it is never logged, stored or passed on. Blocks: run it off the FX thread.
 */
public final class RecordingFetcher {

    /** A fresh link per attempt: the first, and one more when the first was refused. */
    static final int ATTEMPTS = 2;

    private final RecordingApi api;

    public RecordingFetcher(RecordingApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** Writes the recording's audio, as served, to {@code target} (replacing it). */
    public void fetch(Recording recording, Path target, CancelToken cancel) throws ApiException {
        ApiException refused = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            JsonNode fresh = api.recording(recording.id(), cancel);
            String url = RecordingReader.downloadUrl(fresh, recording.format())
                    .orElseThrow(() -> new ApiException(
                            ErrorKind.NOT_FOUND,
                            "The recording has no " + recording.format().toUpperCase(java.util.Locale.ROOT)
                                    + " to download any more.",
                            0,
                            null,
                            List.of(),
                            null,
                            null));
            try {
                api.download(url, target, cancel);
                return;
            } catch (ApiException failure) {
                if (failure.kind() != ErrorKind.FORBIDDEN) {
                    throw failure;
                }
                refused = failure;
            }
        }
        throw refused;
    }

    /**
     * Saves the recording to {@code chosen} whole or not at all: it is fetched into a file beside it, then moved into
     * place in one step, so a failure or a cancel leaves no partial file (and an existing file as it was).
     */
    public void save(Recording recording, Path chosen, CancelToken cancel) throws ApiException, IOException {
        Path dir = chosen.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(dir, "." + chosen.getFileName(), ".part");
        try {
            fetch(recording, partial, cancel);
            try {
                Files.move(partial, chosen, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notHere) {
                Files.move(partial, chosen, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
