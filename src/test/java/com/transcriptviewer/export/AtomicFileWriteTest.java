package com.transcriptviewer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.transcriptviewer.api.CancelToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers see the old file or the whole new one, never a part, and no temporary file is left behind. */
class AtomicFileWriteTest {

    @TempDir
    Path folder;

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void writesTheContentAndReturnsItsSize() throws Exception {
        Path target = folder.resolve("call.md");
        long bytes = AtomicFileWrite.write(target, out -> out.write("héllo\n"), new CancelToken());

        assertThat(Files.readString(target)).isEqualTo("héllo\n");
        assertThat(bytes).isEqualTo("héllo\n".getBytes(StandardCharsets.UTF_8).length);
        assertThat(filesInFolder()).containsExactly(target);
    }

    @Test
    void replacesAnExistingFileAndKeepsItsPermissions() throws Exception {
        Path target = folder.resolve("call.md");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFileWrite.write(target, out -> out.write("new"), new CancelToken());

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r-----");
        assertThat(filesInFolder()).containsExactly(target);
    }

    @Test
    void aNewFileGetsTheUsualPermissionsNotOwnerOnly() throws Exception {
        Path target = folder.resolve("new.html");
        Path plain = Files.createFile(folder.resolve("plain.txt"));

        AtomicFileWrite.write(target, out -> out.write("x"), new CancelToken());

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aFailureMidWriteLeavesTheOldFileIntactAndNoTemporaryFile() throws Exception {
        Path target = folder.resolve("call.html");
        Files.writeString(target, "old content");

        assertThatThrownBy(() -> AtomicFileWrite.write(
                        target,
                        out -> {
                            out.write("<!DOCTYPE html>".repeat(10_000));
                            out.flush();
                            throw new IOException("No space left on device");
                        },
                        new CancelToken()))
                .hasMessage("No space left on device");

        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(filesInFolder()).containsExactly(target);
    }

    @Test
    void aRuntimeFailureInTheRendererAlsoCleansUp() throws Exception {
        Path target = folder.resolve("call.json");

        assertThatThrownBy(() -> AtomicFileWrite.write(
                        target,
                        out -> {
                            out.write("{\"data\":[");
                            throw new IllegalStateException("renderer bug");
                        },
                        new CancelToken()))
                .isInstanceOf(IllegalStateException.class);

        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void cancellingMidWriteStopsWritingAndLeavesTheOldFile() throws Exception {
        Path target = folder.resolve("call.html");
        Files.writeString(target, "old content");
        CancelToken cancel = new CancelToken();
        int[] chunksAfterCancel = {0};

        assertThatThrownBy(() -> AtomicFileWrite.write(
                        target,
                        out -> {
                            for (int i = 0; i < 1_000; i++) {
                                out.write("x".repeat(100_000));
                                if (i == 3) {
                                    cancel.cancel();
                                }
                                if (i > 3) {
                                    chunksAfterCancel[0]++;
                                }
                            }
                        },
                        cancel))
                .isInstanceOf(AtomicFileWrite.CancelledException.class);

        assertThat(chunksAfterCancel[0]).as("writing stops at the next chunk").isLessThanOrEqualTo(1);
        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(filesInFolder()).containsExactly(target);
    }

    @Test
    void aMissingFolderFailsWithoutCreatingAnything() {
        Path target = folder.resolve("no-such-folder").resolve("call.md");

        assertThatThrownBy(() -> AtomicFileWrite.write(target, out -> out.write("x"), new CancelToken()))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(Files.exists(target.getParent())).isFalse();
    }

    @Test
    void failuresAreDescribedInPlainWords() throws Exception {
        Path missing = folder.resolve("gone").resolve("call.md");
        assertThat(WriteFailures.precheck(missing)).contains("The folder " + missing.getParent() + " does not exist.");
        assertThat(WriteFailures.describe(missing, new NoSuchFileException(missing.toString())))
                .isEqualTo("Could not write " + missing + ": the folder " + missing.getParent() + " does not exist.");
        assertThat(WriteFailures.precheck(folder)).contains(folder + " is a folder; give a file name.");
        Path fine = folder.resolve("ok.md");
        assertThat(WriteFailures.precheck(fine)).isEmpty();
        assertThat(WriteFailures.describe(
                        fine, new java.nio.file.FileSystemException(fine.toString(), null, "No space left on device")))
                .isEqualTo("Could not write " + fine + ": no space left on device.");
    }
}
