package com.transcriptviewer.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * Reads byte ranges of a transcript file again after it was indexed: a page's messages, a message's raw JSON. The
 * file's size and modification time are taken when its indexing starts, and every read checks them first, so a file
 * replaced or changed since gives a clear error rather than some other bytes. Thread-safe.
 */
final class FileBytes {

    private final Path file;
    private final String name;
    private volatile long size = -1;
    private volatile FileTime modified;

    FileBytes(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    /** Takes the file's size and time, which every later read expects; returns the size. */
    long remember() throws IOException {
        BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
        modified = now.lastModifiedTime();
        size = now.size();
        return size;
    }

    /** The bytes {@code [from, from + length)}. */
    byte[] read(long from, int length) throws IOException {
        BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
        if (now.size() != size || !now.lastModifiedTime().equals(modified)) {
            throw new IOException(name + " has changed since it was opened; open it again to read it");
        }
        byte[] bytes = new byte[length];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long position = from;
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, position);
                if (read < 0) {
                    throw new IOException(name + " ends before the message it held; open it again to read it");
                }
                position += read;
            }
        }
        return bytes;
    }
}
