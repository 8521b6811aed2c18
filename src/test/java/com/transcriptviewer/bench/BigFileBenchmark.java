package com.transcriptviewer.bench;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.WindowFixture;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.source.TranscriptSource;
import com.transcriptviewer.testing.TranscriptFiles;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.bubble.MessageBubble;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.IndexedCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Opens a 200,000-message transcript file of about 220 MB, written by the benchmark itself, in the real window (as
 * File > Open does): the time from opening to its first bubbles on screen, the time until the whole file is
 * indexed (a request for the page after the last one answers only then), and the memory the file takes once
 * indexed and once every message is loaded into the transcript (End): the heap used after a full collection, and the
 * process's resident set (VmRSS in /proc/self/status), each as the increase over the window before the file was
 * opened.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class BigFileBenchmark {

    private static final int MESSAGES = 200_000;
    private static final int PAGE_SIZE = 100;

    @TempDir
    Path home;

    @TempDir
    Path files;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void openTwoHundredThousandMessageFile() throws Exception {
        Path file = TranscriptFiles.write(files.resolve("big.json"), MESSAGES, TranscriptFiles.Shape.ENVELOPE);
        Bench.report("big_file_size_mb", Files.size(file) / 1e6, "MB");
        try (WindowFixture window = WindowFixture.demo(stage, home)) {
            window.awaitFirstPage();
            double heapBefore = Bench.usedHeapAfterGcMb();
            double rssBefore = residentMb();
            String id = file.getFileName().toString();

            AtomicLong t1 = new AtomicLong();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (t1.get() == 0 && showsFirstMessageOf(window, id)) {
                    t1.set(System.nanoTime());
                }
            };
            AtomicLong applied = new AtomicLong();
            long t0 = onFx(() -> {
                window.transcript().firstPageShownProperty().addListener((obs, was, shown) -> {
                    if (shown && applied.get() == 0) {
                        applied.set(System.nanoTime());
                    }
                });
                window.scene().addPostLayoutPulseListener(listener[0]);
                long now = System.nanoTime();
                window.desktop().mainViewModel().openFile(file);
                return now;
            });
            waitUntil(() -> t1.get() != 0, 300);
            onFx(() -> window.scene().removePostLayoutPulseListener(listener[0]));
            Bench.report("big_file_open_to_first_page_in_rows_ms", (applied.get() - t0) / 1e6, "ms");
            Bench.report("big_file_open_to_first_bubbles_ms", (t1.get() - t0) / 1e6, "ms");

            // The page after the last can only be answered once the whole file is known.
            TranscriptSource source =
                    onFx(() -> window.transcript().sourceProperty().get());
            Page<Message> beyond = source.page(id, MESSAGES / PAGE_SIZE + 1, PAGE_SIZE, new CancelToken());
            long t2 = System.nanoTime();
            assertThat(beyond.items()).isEmpty();
            Bench.report("big_file_open_to_fully_indexed_ms", (t2 - t0) / 1e6, "ms");

            Bench.report("big_file_indexed_heap_used_mb", Bench.usedHeapAfterGcMb() - heapBefore, "MB");
            Bench.report("big_file_indexed_rss_mb", residentMb() - rssBefore, "MB");
            Bench.report("big_file_indexed_rss_process_mb", residentMb(), "MB");

            // Told by a listener rather than asked on the FX thread: while 2,000 pages are appended, a question
            // queued behind them may wait longer than the FX helpers allow.
            CountDownLatch complete = new CountDownLatch(1);
            long t3 = System.nanoTime();
            onFx(() -> {
                window.transcript().stateProperty().addListener((obs, old, state) -> {
                    if (state == TranscriptState.COMPLETE) {
                        complete.countDown();
                    }
                });
                window.transcript().loadAll();
            });
            assertThat(complete.await(900, TimeUnit.SECONDS)).as("all loaded").isTrue();
            Bench.report("big_file_load_all_ms", (System.nanoTime() - t3) / 1e6, "ms");
            assertThat(onFx(() -> window.transcript().loadedMessagesProperty().get()))
                    .isEqualTo(MESSAGES);
            Bench.report("big_file_all_loaded_heap_used_mb", Bench.usedHeapAfterGcMb() - heapBefore, "MB");
            Bench.report("big_file_all_loaded_rss_mb", residentMb() - rssBefore, "MB");
            Bench.report("big_file_all_loaded_rss_process_mb", residentMb(), "MB");
        }
    }

    private static boolean showsFirstMessageOf(WindowFixture window, String id) {
        List<TranscriptRow> rows = window.transcript().rows();
        if (!id.equals(window.transcript().conversationIdProperty().get())
                || rows.isEmpty()
                || !(rows.get(0) instanceof TranscriptRow.MessageRow first)) {
            return false;
        }
        IndexedCell<?> cell = window.flow() == null ? null : window.flow().getFirstVisibleCell();
        return cell != null
                && cell.getGraphic() instanceof MessageBubble bubble
                && bubble.getViewModel() == first.bubble()
                && cell.isVisible()
                && window.list().isVisible();
    }

    /** The process's resident set from /proc/self/status (Linux); -1 where there is none. */
    private static double residentMb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return -1;
    }
}
