package com.transcriptviewer.export;

import com.transcriptviewer.api.CancelToken;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Writes a file so that readers only ever see the old content or the complete new one: the text goes to a
 * temporary file in the target's folder (same file system, so the move cannot turn into a copy), which is then moved
 * over the target in one step. A failure or a cancel deletes the temporary file and leaves any existing target as it
 * was.
 */
public final class AtomicFileWrite {

    /** Writes the content; {@code out} is buffered UTF-8. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Thrown when the write was cancelled through its token; nothing was written. */
    public static final class CancelledException extends InterruptedIOException {
        private static final long serialVersionUID = 1L;

        CancelledException() {
            super("Cancelled.");
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFileWrite() {}

    /**
     * Writes {@code content} to {@code target} atomically and returns the number of bytes written.
     *
     * @throws CancelledException when {@code cancel} fired while writing
     * @throws IOException        when the folder is missing or not writable, the disk is full, the move failed...
     */
    public static long write(Path target, Content content, CancelToken cancel) throws IOException {
        Objects.requireNonNull(content, "content");
        CancelToken token = cancel == null ? new CancelToken() : cancel;
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path fileName = absolute.getFileName();
        if (folder == null || fileName == null) {
            throw new IOException(target + " is not a file path.");
        }
        // Not createTempFile: its owner-only permissions would end up on the export. A new file gets the usual ones.
        Path temporary = folder.resolve("." + fileName + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
        OutputStream file = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        boolean moved = false;
        try {
            try (Writer out = new BufferedWriter(
                    new CancellableWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8), token), 64 * 1024)) {
                content.writeTo(out);
            }
            if (token.isCancelled()) {
                throw new CancelledException();
            }
            keepPermissions(absolute, temporary);
            long size = Files.size(temporary);
            move(temporary, absolute);
            moved = true;
            return size;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Replacing a file keeps who may read it (where the file system has POSIX permissions). */
    private static void keepPermissions(Path target, Path temporary) {
        if (!Files.exists(target)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Windows, or a file system without them: the new file keeps the folder's defaults.
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notHere) {
            // Some file systems (certain network shares) cannot rename atomically: a plain replace is the best left.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Stops a long write soon after a cancel: every chunk that reaches the file looks at the token first. */
    private static final class CancellableWriter extends Writer {
        private final Writer delegate;
        private final CancelToken cancel;

        CancellableWriter(Writer delegate, CancelToken cancel) {
            this.delegate = delegate;
            this.cancel = cancel;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            check();
            delegate.write(buffer, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            check();
            delegate.write(text, offset, length);
        }

        @Override
        public void flush() throws IOException {
            delegate.flush();
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }

        private void check() throws CancelledException {
            if (cancel.isCancelled()) {
                throw new CancelledException();
            }
        }
    }
}
