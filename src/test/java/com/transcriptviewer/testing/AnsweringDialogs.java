package com.transcriptviewer.testing;

import com.transcriptviewer.ui.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link DialogService} for tests: file choosers answer at once with what the test decides, and the dialogs asked
 * for are counted (or kept) instead of shown.
 */
public final class AnsweringDialogs implements DialogService {

    private final Function<FileRequest, Optional<Path>> answer;
    private final List<FileRequest> asked = new ArrayList<>();
    private int settingsShown;
    private int aboutShown;
    private final List<javafx.scene.control.Dialog<?>> dialogs = new ArrayList<>();

    /** @param answer the file a chooser "picks" for a request; empty for Cancel */
    public AnsweringDialogs(Function<FileRequest, Optional<Path>> answer) {
        this.answer = answer;
    }

    @Override
    public Optional<Path> askFileToOpen(FileRequest request) {
        asked.add(request);
        return answer.apply(request);
    }

    @Override
    public Optional<Path> askFileToSave(FileRequest request) {
        asked.add(request);
        return answer.apply(request);
    }

    @Override
    public void showSettings() {
        settingsShown++;
    }

    @Override
    public void showAbout() {
        aboutShown++;
    }

    /** Kept, not shown: the test looks at it, or shows it itself. */
    @Override
    public void showDialog(javafx.scene.control.Dialog<?> dialog) {
        dialogs.add(dialog);
    }

    /** The features' dialogs asked for, in order. */
    public List<javafx.scene.control.Dialog<?>> dialogs() {
        return List.copyOf(dialogs);
    }

    /** Every file chooser asked for, in order. */
    public List<FileRequest> asked() {
        return List.copyOf(asked);
    }

    public int settingsShown() {
        return settingsShown;
    }

    public int aboutShown() {
        return aboutShown;
    }
}
