package com.transcriptviewer.recording;

import java.util.List;

/** What looking for a conversation's recording found: the recordings and how they matched, or why there are none. */
public sealed interface RecordingSearch {

    /** How the recordings were tied to the conversation, the first way that found any. */
    enum Match {
        CALL_CONTROL_ID("matched by call"),
        CALL_SESSION_ID("matched by call session"),
        CALL_LEG_ID("matched by call leg"),
        TIME_AND_NUMBER("matched by time and number");

        private final String label;

        Match(String label) {
            this.label = label;
        }

        /** Shown beside the player; the last one says the match is only a guess. */
        public String label() {
            return label;
        }
    }

    /** Why a conversation has no recording to play. */
    enum Reason {
        /** Chat, SMS or a transcript file: nothing to hear, and nothing is said about it. */
        NO_AUDIO(""),
        NONE_FOUND("No recording found for this call."),
        RECORDING_OFF("No recording: recording is off for this call's assistant."),
        NO_PERMISSION("No recording shown: this API key may not list recordings."),
        FAILED("Couldn't look for this call's recording.");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    record Found(List<Recording> recordings, Match match) implements RecordingSearch {
        public Found {
            recordings = List.copyOf(recordings);
            if (recordings.isEmpty()) {
                throw new IllegalArgumentException("found nothing");
            }
        }
    }

    /** @param detail a plain sentence to add (why the look-up failed), or empty */
    record None(Reason reason, String detail) implements RecordingSearch {
        public String text() {
            return detail.isEmpty() ? reason.text() : reason.text() + " " + detail;
        }
    }
}
