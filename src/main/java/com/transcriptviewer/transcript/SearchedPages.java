package com.transcriptviewer.transcript;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TextMask;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Privacy mode's part in showing pages: each page's texts are searched for personal data off the FX thread (the first
 * search also loads libphonenumber's metadata, most of a second), so the bubbles only look the answers up. A page is
 * searched through the mask in force when it arrives; if the mask was replaced before the FX thread shows it (the
 * mode switched on, another conversation's mask), it is searched again on the background pool first, and the pages
 * and steps after it wait for it, so they are shown in the order they came. With the mode off, pages pass straight
 * through. Searching runs on any thread; showing on the FX thread.
 */
final class SearchedPages {

    /** A page (null for a step without one, such as the end of the rest) and what to do once it can be shown. */
    private record Waiting(Page<Message> page, TextMask searchedWith, Runnable show) {}

    private final CurrentMask mask;
    private final Executor background;
    private final Executor fxThread;
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    /** True while the first page waiting is searched again in the background. */
    private boolean searching;
    /** Goes up with {@link #clear()}: a search for a page dropped meanwhile is not shown. */
    private int generation;

    SearchedPages(CurrentMask mask, Executor background, Executor fxThread) {
        this.mask = mask;
        this.background = background;
        this.fxThread = fxThread;
    }

    /** True while privacy mode is on: pages are then searched in the background before they are handed over. */
    boolean masking() {
        return mask.get().isActive();
    }

    /** Searches {@code page}'s texts through the mask now, on the calling thread; returns that mask. Blocking. */
    TextMask search(Page<Message> page) {
        TextMask now = mask.get();
        if (now.isActive() && page != null) {
            page.items().forEach(now::prepare);
        }
        return now;
    }

    /**
     * On the FX thread: runs {@code show} for {@code page} (searched through {@code searchedWith}; null for a step
     * without a page) now, or once the page was searched through the mask now in force, after what waits before it.
     */
    void show(Page<Message> page, TextMask searchedWith, Runnable show) {
        waiting.add(new Waiting(page, searchedWith, show));
        showWhatIsSearched();
    }

    /** Another conversation: what waits is dropped. On the FX thread. */
    void clear() {
        waiting.clear();
        searching = false;
        generation++;
    }

    private void showWhatIsSearched() {
        while (!waiting.isEmpty() && !searching) {
            Waiting next = waiting.peek();
            TextMask now = mask.get();
            if (next.page() == null || now == next.searchedWith() || knowsAll(now, next.page())) {
                waiting.poll();
                next.show().run();
                continue;
            }
            searching = true;
            int asked = generation;
            try {
                background.execute(() -> {
                    TextMask searched = search(next.page());
                    fxThread.execute(() -> searchedAgain(asked, next, searched));
                });
            } catch (RejectedExecutionException closing) {
                // The window is closing: nothing more is shown.
                return;
            }
        }
    }

    private void searchedAgain(int asked, Waiting page, TextMask searched) {
        if (asked != generation) {
            return;
        }
        searching = false;
        waiting.poll();
        waiting.addFirst(new Waiting(page.page(), searched, page.show()));
        showWhatIsSearched();
    }

    /** True when showing every text of {@code page} through {@code mask} needs no search (a mask made by revealing). */
    private static boolean knowsAll(TextMask mask, Page<Message> page) {
        for (Message message : page.items()) {
            if (!mask.knows(message.text())) {
                return false;
            }
            for (var call : message.toolCalls()) {
                if (!mask.knows(call.arguments())) {
                    return false;
                }
            }
        }
        return true;
    }
}
