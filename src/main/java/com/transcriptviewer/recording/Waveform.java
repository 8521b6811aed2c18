package com.transcriptviewer.recording;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The loudness outline of a WAV recording: for each of a fixed number of slices of time, the peak of each channel
 * (0 to 1). Read from 8- or 16-bit PCM as a stream, so a long call takes no more memory than the outline. MP3 and
 * other encodings have no outline ({@link #NONE}). Runs off the FX thread.
 */
public record Waveform(float[][] peaks) {

    public static final Waveform NONE = new Waveform(new float[0][0]);

    public int channels() {
        return peaks.length;
    }

    public int buckets() {
        return peaks.length == 0 ? 0 : peaks[0].length;
    }

    /** The outline of {@code wav} in {@code buckets} slices; {@link #NONE} when it is not PCM WAV. */
    public static Waveform read(Path wav, int buckets) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(wav), 1 << 16)) {
            return read(in, buckets);
        }
    }

    static Waveform read(InputStream in, int buckets) throws IOException {
        byte[] riff = in.readNBytes(12);
        if (riff.length < 12
                || !new String(riff, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("RIFF")
                || !new String(riff, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WAVE")) {
            return NONE;
        }
        int channels = 0;
        int bits = 0;
        int format = 0;
        while (true) {
            byte[] header = in.readNBytes(8);
            if (header.length < 8) {
                return NONE;
            }
            String id = new String(header, 0, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long size =
                    ByteBuffer.wrap(header, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
            if (id.equals("fmt ")) {
                byte[] fmt = in.readNBytes((int) size);
                ByteBuffer b = ByteBuffer.wrap(fmt).order(ByteOrder.LITTLE_ENDIAN);
                format = b.getShort(0) & 0xffff;
                channels = b.getShort(2) & 0xffff;
                bits = b.getShort(14) & 0xffff;
                if ((size & 1) == 1) {
                    in.skipNBytes(1);
                }
            } else if (id.equals("data")) {
                if (format != 1 || channels < 1 || channels > 8 || (bits != 8 && bits != 16)) {
                    return NONE;
                }
                return peaks(in, size, channels, bits / 8, buckets);
            } else {
                in.skipNBytes(size + (size & 1));
            }
        }
    }

    private static Waveform peaks(InputStream in, long size, int channels, int bytes, int buckets) throws IOException {
        long frames = size / ((long) channels * bytes);
        float[][] peaks = new float[channels][buckets];
        if (frames == 0 || buckets <= 0) {
            return new Waveform(peaks);
        }
        byte[] buffer = new byte[channels * bytes * 4096];
        long frame = 0;
        while (frame < frames) {
            int want = (int) Math.min(buffer.length / (channels * bytes), frames - frame) * channels * bytes;
            int got = in.readNBytes(buffer, 0, want);
            if (got <= 0) {
                break;
            }
            int read = got / (channels * bytes);
            for (int f = 0; f < read; f++) {
                int bucket = (int) ((frame + f) * buckets / frames);
                for (int c = 0; c < channels; c++) {
                    int at = (f * channels + c) * bytes;
                    float value = bytes == 2
                            ? Math.abs((short) ((buffer[at] & 0xff) | (buffer[at + 1] << 8))) / 32768f
                            : Math.abs((buffer[at] & 0xff) - 128) / 128f;
                    if (value > peaks[c][bucket]) {
                        peaks[c][bucket] = value;
                    }
                }
            }
            frame += read;
        }
        return new Waveform(peaks);
    }
}
