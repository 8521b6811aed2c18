package com.transcriptviewer.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Why a file could not be written, in one plain sentence (no exception class names, no stack traces). */
public final class WriteFailures {

    private WriteFailures() {}

    /**
     * A problem that can be seen before any work is done: the folder is missing or is not a folder, the target is a
     * folder, or the folder cannot be written to.
     */
    public static Optional<String> precheck(Path target) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || absolute.getFileName() == null) {
            return Optional.of(target + " is not a file name.");
        }
        if (Files.isDirectory(absolute)) {
            return Optional.of(target + " is a folder; give a file name.");
        }
        if (!Files.exists(folder)) {
            return Optional.of("The folder " + folder + " does not exist.");
        }
        if (!Files.isDirectory(folder)) {
            return Optional.of(folder + " is not a folder.");
        }
        if (!Files.isWritable(folder)) {
            return Optional.of("No permission to write in " + folder + ".");
        }
        return Optional.empty();
    }

    /** "Could not write /x/y.html: no permission to write in /x." */
    public static String describe(Path target, IOException failure) {
        Optional<String> visible = precheck(target);
        String reason;
        if (visible.isPresent()) {
            reason = lowerFirst(visible.get());
        } else if (failure instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (failure instanceof NoSuchFileException) {
            reason = "the folder does not exist";
        } else if (failure instanceof FileSystemException fs && fs.getReason() != null) {
            reason = lowerFirst(fs.getReason());
        } else if (failure.getMessage() != null && !failure.getMessage().isBlank()) {
            reason = lowerFirst(failure.getMessage());
        } else {
            reason = "the disk refused it";
        }
        return "Could not write " + target + ": " + stripPeriod(reason) + ".";
    }

    /** "The folder ..." becomes "the folder ..."; a path or an acronym at the start is left alone. */
    private static String lowerFirst(String text) {
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || !Character.isLowerCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String stripPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
