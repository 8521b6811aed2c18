package com.transcriptviewer.conversations;

import com.transcriptviewer.concurrent.FxExecutors;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last {@value #MAX} conversations opened, newest first, kept across restarts. The file is read and every change
 * written in the background; the FX side never waits for the disk (nor sets up the JSON reader before the window's
 * first frame). What was opened before the file was read stays first, the file's entries follow.
 */
public final class RecentConversationsViewModel {

    public static final int MAX = 50;
    private static final Logger LOG = Logger.getLogger(RecentConversationsViewModel.class.getName());

    private final RecentConversationsStore store;
    private final FxExecutors executors;
    private final Clock clock;
    private final ObservableList<RecentConversation> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper loadNotice = new ReadOnlyStringWrapper(this, "loadNotice", "");
    private long version;
    /** Cleared: what the file held, should it be read only now, is not wanted. */
    private boolean cleared;

    /** Reads the file in the background; a corrupt one leaves {@link #loadNoticeProperty()} for the user. */
    public RecentConversationsViewModel(RecentConversationsStore store, FxExecutors executors, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.clock = Objects.requireNonNull(clock, "clock");
        executors.background().execute(() -> {
            RecentConversationsStore.Loaded loaded = store.load();
            executors.fx().execute(() -> loaded(loaded));
        });
    }

    private void loaded(RecentConversationsStore.Loaded loaded) {
        loaded.notice().ifPresent(loadNotice::set);
        if (cleared) {
            return;
        }
        if (version == 0) {
            items.setAll(loaded.entries().stream().limit(MAX).toList());
            return;
        }
        // Opened before the file was read: those stay first (with the name the file knew, if they had none), the
        // file's others follow.
        List<RecentConversation> merged = new ArrayList<>();
        for (RecentConversation opened : items) {
            String known = loaded.entries().stream()
                    .filter(entry -> entry.id().equals(opened.id()))
                    .map(RecentConversation::name)
                    .findFirst()
                    .orElse("");
            merged.add(
                    opened.name().isBlank() && !known.isBlank()
                            ? new RecentConversation(opened.id(), known, opened.openedAt())
                            : opened);
        }
        loaded.entries().stream()
                .filter(entry -> merged.stream().noneMatch(r -> r.id().equals(entry.id())))
                .forEach(merged::add);
        items.setAll(merged.stream().limit(MAX).toList());
        persist();
    }

    /** Moves (or adds) the conversation to the top; a blank name keeps the one already known. */
    public void opened(String id, String name) {
        String known = items.stream()
                .filter(r -> r.id().equals(id))
                .map(RecentConversation::name)
                .findFirst()
                .orElse("");
        String best = name == null || name.isBlank() ? known : name;
        List<RecentConversation> next = new ArrayList<>(items.size() + 1);
        next.add(new RecentConversation(id, best, clock.instant()));
        items.stream().filter(r -> !r.id().equals(id)).limit(MAX - 1).forEach(next::add);
        items.setAll(next);
        persist();
    }

    /** The name arrived after the conversation was opened (opened by id): fill it in without reordering. */
    public void nameKnown(String id, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            RecentConversation entry = items.get(i);
            if (entry.id().equals(id) && !entry.name().equals(name.strip())) {
                items.set(i, new RecentConversation(id, name, entry.openedAt()));
                persist();
                return;
            }
        }
    }

    public void clear() {
        cleared = true;
        items.clear();
        persist();
    }

    private void persist() {
        long thisVersion = ++version;
        List<RecentConversation> snapshot = List.copyOf(items);
        executors.background().execute(() -> {
            try {
                store.save(thisVersion, snapshot);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not save recent conversations: " + e.getMessage());
            }
        });
    }

    public ObservableList<RecentConversation> items() {
        return items;
    }

    /** Set when the file could not be read at start. */
    public Optional<String> loadNotice() {
        return loadNotice.get().isEmpty() ? Optional.empty() : Optional.of(loadNotice.get());
    }

    /** A sentence for the user once the file turned out unreadable at start (moved aside); "" while there is none. */
    public ReadOnlyStringProperty loadNoticeProperty() {
        return loadNotice.getReadOnlyProperty();
    }
}
