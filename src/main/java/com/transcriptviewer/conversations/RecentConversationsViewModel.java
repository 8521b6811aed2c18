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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last {@value #MAX} conversations opened, newest first, kept across restarts. Every change is written in the
 * background; the FX side never waits for the disk.
 */
public final class RecentConversationsViewModel {

    public static final int MAX = 50;
    private static final Logger LOG = Logger.getLogger(RecentConversationsViewModel.class.getName());

    private final RecentConversationsStore store;
    private final FxExecutors executors;
    private final Clock clock;
    private final ObservableList<RecentConversation> items = FXCollections.observableArrayList();
    private final Optional<String> loadNotice;
    private long version;

    /** Reads the file now (it is small); a corrupt one leaves {@link #loadNotice()} for the user. */
    public RecentConversationsViewModel(RecentConversationsStore store, FxExecutors executors, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.clock = Objects.requireNonNull(clock, "clock");
        RecentConversationsStore.Loaded loaded = store.load();
        items.setAll(loaded.entries().stream().limit(MAX).toList());
        loadNotice = loaded.notice();
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
        return loadNotice;
    }
}
