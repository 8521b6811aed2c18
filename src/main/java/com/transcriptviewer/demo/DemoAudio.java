package com.transcriptviewer.demo;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A call's audio made from its transcript, as telephone-quality WAV (8 kHz, 16-bit): for each spoken message a
 * speech-like burst (a voiced buzz with a few harmonics, its pitch gliding, its loudness pulsing at syllable rate) that
 * starts at the message's {@code sent_at} and lasts about as long as saying its text would, and silence in between.
 * The caller's voice is higher than the assistant's; in a dual recording the caller (the call's first leg) is on the
 * left channel and the assistant on the right. Tool calls and results are silent, as they are on a real call.
 */
final class DemoAudio {

    static final int SAMPLE_RATE = 8_000;
    /** About how long saying one character takes. */
    private static final int MILLIS_PER_CHAR = 55;

    private static final int MIN_SPEECH_MILLIS = 500;

    private DemoAudio() {}

    /** How long the recording of {@code messages} is when it starts at {@code start}: the last word and a pause. */
    static long durationMillis(List<Message> messages, Instant start) {
        long end = 0;
        for (Message message : messages) {
            if (spoken(message)) {
                long at = offset(message, start);
                end = Math.max(end, at + speechMillis(message));
            }
        }
        return end + 1_500;
    }

    /** The WAV file's bytes. */
    static byte[] wav(List<Message> messages, Instant start, long durationMillis, boolean dual) {
        int channels = dual ? 2 : 1;
        int frames = (int) (durationMillis * SAMPLE_RATE / 1000);
        short[] samples = new short[frames * channels];
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            if (!spoken(message)) {
                continue;
            }
            long at = offset(message, start);
            long length = speechMillis(message);
            for (int j = i + 1; j < messages.size(); j++) {
                if (spoken(messages.get(j))) {
                    long next = offset(messages.get(j), start);
                    if (next > at) {
                        length = Math.min(length, Math.max(MIN_SPEECH_MILLIS / 2, next - at - 150));
                    }
                    break;
                }
            }
            boolean caller = message.role().kind() == Role.Kind.USER;
            int channel = dual && !caller ? 1 : 0;
            speak(samples, channels, channel, at, length, caller ? 205 : 135, i);
        }
        return encode(samples, channels);
    }

    private static boolean spoken(Message message) {
        Role.Kind kind = message.role().kind();
        return message.hasText()
                && !message.hasToolCalls()
                && (kind == Role.Kind.USER || kind == Role.Kind.ASSISTANT)
                && message.displayTime() != null;
    }

    private static long offset(Message message, Instant start) {
        return message.displayTime().toEpochMilli() - start.toEpochMilli();
    }

    private static long speechMillis(Message message) {
        return Math.max(
                MIN_SPEECH_MILLIS, Math.min(20_000, (long) message.text().length() * MILLIS_PER_CHAR));
    }

    /** Adds one burst of voice; a message from before the recording started is heard only from the start on. */
    private static void speak(
            short[] samples, int channels, int channel, long at, long length, double pitch, int seed) {
        int first = (int) (at * SAMPLE_RATE / 1000);
        int count = (int) (length * SAMPLE_RATE / 1000);
        int frames = samples.length / channels;
        double phase = 0;
        double syllableRate = 4.2 + (seed % 5) * 0.3;
        for (int n = 0; n < count; n++) {
            int frame = first + n;
            if (frame < 0) {
                continue;
            }
            if (frame >= frames) {
                break;
            }
            double t = n / (double) SAMPLE_RATE;
            double f0 = pitch * (1 + 0.08 * Math.sin(2 * Math.PI * 0.7 * t + seed));
            phase += 2 * Math.PI * f0 / SAMPLE_RATE;
            double voice = Math.sin(phase)
                    + 0.55 * Math.sin(2 * phase)
                    + 0.35 * Math.sin(3 * phase)
                    + 0.2 * Math.sin(5 * phase);
            double syllables = 0.25 + 0.75 * Math.pow(Math.abs(Math.sin(Math.PI * syllableRate * t)), 0.6);
            double fade = Math.min(1, Math.min(n, count - n) / (0.04 * SAMPLE_RATE));
            double value = voice / 2.1 * syllables * fade * 0.6;
            samples[frame * channels + channel] = (short) Math.round(value * Short.MAX_VALUE);
        }
    }

    private static byte[] encode(short[] samples, int channels) {
        int dataBytes = samples.length * 2;
        ByteBuffer out = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes);
        out.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        out.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        out.putShort((short) 1).putShort((short) channels).putInt(SAMPLE_RATE);
        out.putInt(SAMPLE_RATE * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        out.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        for (short sample : samples) {
            out.putShort(sample);
        }
        return out.array();
    }
}
