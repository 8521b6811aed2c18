package com.transcriptviewer.recording;

import java.time.Instant;
import java.util.Objects;

/**
 * A call recording as {@code GET /recordings} describes it, without its download links: those are secrets that expire
 * within minutes, so they are asked for again right before each play or save ({@link RecordingFetcher}) and never
 * kept in here.
 *
 * @param startedAt {@code recording_started_at}: a message's place in the audio is its time minus this (may be null)
 * @param durationMillis {@code duration_millis}, or -1 when not given
 * @param format "wav" when a WAV is served (preferred: it can be decoded for the waveform), else "mp3"
 */
public record Recording(
        String id,
        String callControlId,
        String callLegId,
        String callSessionId,
        boolean dual,
        long durationMillis,
        Instant startedAt,
        Instant endedAt,
        String from,
        String to,
        String format) {

    public Recording {
        Objects.requireNonNull(id, "id");
        format = format == null ? "" : format;
    }

    /** The file extension of the audio as served: ".wav" or ".mp3". */
    public String extension() {
        return format.isEmpty() ? "" : "." + format;
    }
}
