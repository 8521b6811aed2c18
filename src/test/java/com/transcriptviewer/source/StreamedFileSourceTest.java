package com.transcriptviewer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.testing.TranscriptFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transcript file read as a stream: pages are served as soon as the indexer has passed them, the indexer's
 * progress is told and can be cancelled, a file broken half-way keeps its first pages, and every message's raw JSON
 * is read back from the file byte for byte. The indexer is held at a gate where the order of events matters.
 */
class StreamedFileSourceTest {

    private static final int PAGE = 100;

    @TempDir
    Path dir;

    private final CountDownLatch gate = new CountDownLatch(1);
    /** Counted down when the indexer has reached the gate and waits there. */
    private final CountDownLatch atGate = new CountDownLatch(1);

    private final List<IndexProgress> told = new CopyOnWriteArrayList<>();
    private final List<Thread> indexers = new ArrayList<>();

    @AfterEach
    void openGateAndStopIndexers() throws InterruptedException {
        gate.countDown();
        for (Thread indexer : indexers) {
            indexer.join(10_000);
        }
    }

    /** A source whose indexer tells its progress every 100 messages and stops at the gate once it told {@code at}. */
    private FileTranscriptSource gatedAt(Path file, int at) {
        List<Runnable> work = new ArrayList<>();
        FileTranscriptSource source = new FileTranscriptSource(file, WireFormat.shared(), work::add, PAGE);
        FileIndexing indexing = source.indexing().orElseThrow();
        indexing.addListener(progress -> {
            told.add(progress);
            if (progress.messages() == at && !progress.isOver()) {
                atGate.countDown();
                await(gate);
            }
        });
        // Started only now, so the listener hears from the first message on.
        Thread indexer = new Thread(work.get(0), "test-indexer");
        indexers.add(indexer);
        indexer.start();
        return source;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path transcript(String name, int messages, TranscriptFiles.Shape shape) throws IOException {
        return TranscriptFiles.write(dir.resolve(name), messages, shape);
    }

    private static List<String> texts(Page<Message> page) {
        return page.items().stream().map(Message::text).toList();
    }

    private static void awaitOver(FileTranscriptSource source) throws Exception {
        source.whenReadable(Integer.MAX_VALUE / PAGE, PAGE).get(30, TimeUnit.SECONDS);
    }

    @Test
    void theFirstPageIsServedWhileTheRestOfTheFileIsStillBeingIndexed() throws Exception {
        Path file = transcript("big.json", 1_000, TranscriptFiles.Shape.ENVELOPE);
        FileTranscriptSource source = gatedAt(file, 200);

        Page<Message> first = source.page("big.json", 1, PAGE, new CancelToken());
        Page<Message> second = source.page("big.json", 2, PAGE, new CancelToken());

        IndexProgress held = source.indexing().orElseThrow().progress();
        assertThat(held.phase()).as("the indexer waits at the gate").isEqualTo(IndexProgress.Phase.INDEXING);
        assertThat(held.messages()).isEqualTo(200);
        assertThat(texts(first)).hasSize(PAGE).first().isEqualTo(TranscriptFiles.textOf(0));
        assertThat(texts(second)).hasSize(PAGE).first().isEqualTo(TranscriptFiles.textOf(100));
        assertThat(first.isLast()).as("more may come").isFalse();
        assertThat(first.meta().totalResults()).as("not known yet").isNull();
        CompletableFuture<Void> third = source.whenReadable(3, PAGE);
        assertThat(third).as("page 3 is not indexed yet").isNotDone();

        gate.countDown();
        third.get(30, TimeUnit.SECONDS);
        Page<Message> last = source.page("big.json", 10, PAGE, new CancelToken());
        Page<Message> beyond = source.page("big.json", 11, PAGE, new CancelToken());
        assertThat(texts(last)).hasSize(PAGE).last().isEqualTo(TranscriptFiles.textOf(999));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.isLast()).isTrue();
        assertThat(beyond.meta().totalResults()).isEqualTo(1_000L);
        assertThat(beyond.meta().totalPages()).isEqualTo(10L);
    }

    @Test
    void progressIsToldAsTheIndexerGoesAndOnceAtTheEnd() throws Exception {
        Path file = transcript("progress.json", 450, TranscriptFiles.Shape.ENVELOPE);
        FileTranscriptSource source = gatedAt(file, -1);
        awaitOver(source);

        assertThat(told).extracting(IndexProgress::messages).containsExactly(100, 200, 300, 400, 450);
        assertThat(told.subList(0, 4)).allSatisfy(p -> {
            assertThat(p.phase()).isEqualTo(IndexProgress.Phase.INDEXING);
            assertThat(p.share()).isBetween(0.0, 1.0);
        });
        assertThat(told.subList(0, 4))
                .extracting(IndexProgress::bytesRead)
                .isSorted()
                .doesNotHaveDuplicates();
        IndexProgress end = told.get(4);
        assertThat(end.phase()).isEqualTo(IndexProgress.Phase.DONE);
        assertThat(end.share()).isEqualTo(1.0);
        assertThat(end.fileSize()).isEqualTo(Files.size(file));
    }

    @Test
    void cancelStopsTheIndexerAndKeepsWhatWasIndexed() throws Exception {
        Path file = transcript("cancel.json", 1_000, TranscriptFiles.Shape.ENVELOPE);
        FileTranscriptSource source = gatedAt(file, 300);
        Page<Message> first = source.page("cancel.json", 1, PAGE, new CancelToken());
        // The first page is served at 100 messages: cancel once the indexer holds at 300, not before.
        assertThat(atGate.await(30, TimeUnit.SECONDS)).isTrue();

        source.indexing().orElseThrow().cancel();
        gate.countDown();
        awaitOver(source);

        IndexProgress end = source.indexing().orElseThrow().progress();
        assertThat(end.phase()).isEqualTo(IndexProgress.Phase.CANCELLED);
        assertThat(end.messages()).isEqualTo(300);
        assertThat(end.problem()).contains("cancelled after 300 messages");
        assertThat(texts(first)).hasSize(PAGE);
        assertThat(texts(source.page("cancel.json", 3, PAGE, new CancelToken())))
                .as("indexed pages are still served")
                .hasSize(PAGE);
        assertThatThrownBy(() -> source.page("cancel.json", 4, PAGE, new CancelToken()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
                    assertThat(e.userMessage()).contains("cancelled after 300 messages");
                });
    }

    @Test
    void aPageRequestWaitingForTheIndexerCanBeCancelled() throws Exception {
        Path file = transcript("wait.json", 1_000, TranscriptFiles.Shape.ENVELOPE);
        FileTranscriptSource source = gatedAt(file, 100);
        CancelToken token = new CancelToken();
        ExecutorService requester = Executors.newSingleThreadExecutor();
        try {
            var waiting = requester.submit(() -> source.page("wait.json", 5, PAGE, token));
            token.cancel();
            assertThatThrownBy(() -> waiting.get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ApiException.class)
                    .cause()
                    .satisfies(e -> assertThat(((ApiException) e).kind()).isEqualTo(ErrorKind.CANCELLED));
            assertThat(source.indexing().orElseThrow().progress().phase())
                    .as("only the request stopped, not the indexer")
                    .isEqualTo(IndexProgress.Phase.INDEXING);
        } finally {
            requester.shutdownNow();
        }
    }

    @Test
    void aFileBrokenHalfWayServesItsFirstPagesAndThenSaysWhereItBroke() throws Exception {
        Path whole = transcript("whole.json", 500, TranscriptFiles.Shape.ENVELOPE);
        String text = Files.readString(whole);
        // Message 250 (on line 252) loses the colon after "role": malformed JSON in the middle of the file.
        int at = nthIndexOf(text, "{\"role\"", 250);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, text.substring(0, at) + "{\"role\" \"user\"" + text.substring(at + 14));
        FileTranscriptSource source = gatedAt(broken, -1);

        assertThat(texts(source.page("broken.json", 1, PAGE, new CancelToken())))
                .hasSize(PAGE);
        assertThat(texts(source.page("broken.json", 2, PAGE, new CancelToken())))
                .hasSize(PAGE)
                .last()
                .isEqualTo(TranscriptFiles.textOf(199));
        assertThatThrownBy(() -> source.page("broken.json", 3, PAGE, new CancelToken()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
                    assertThat(e.userMessage())
                            .startsWith("broken.json is not a whole transcript")
                            .contains("malformed JSON at line 252")
                            .endsWith("after its first 250 messages.");
                });
        IndexProgress end = source.indexing().orElseThrow().progress();
        assertThat(end.phase()).isEqualTo(IndexProgress.Phase.FAILED);
        assertThat(end.messages()).isEqualTo(250);
    }

    @Test
    void aFileCutShortIsBrokenToo() throws Exception {
        Path whole = transcript("whole.json", 300, TranscriptFiles.Shape.BARE_ARRAY);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.json"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        FileTranscriptSource source = gatedAt(cut, -1);

        assertThat(texts(source.page("cut.json", 1, PAGE, new CancelToken()))).hasSize(PAGE);
        assertThatThrownBy(() -> source.page("cut.json", 3, PAGE, new CancelToken()))
                .hasMessageContaining("cut.json is not a whole transcript")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void aBareArrayAndTheEndpointsShapeGiveTheSameMessages() throws Exception {
        FileTranscriptSource bare = gatedAt(transcript("bare.json", 250, TranscriptFiles.Shape.BARE_ARRAY), -1);
        FileTranscriptSource envelope = gatedAt(transcript("envelope.json", 250, TranscriptFiles.Shape.ENVELOPE), -1);
        for (int number = 1; number <= 3; number++) {
            Page<Message> a = bare.page("bare.json", number, PAGE, new CancelToken());
            Page<Message> b = envelope.page("envelope.json", number, PAGE, new CancelToken());
            assertThat(a.items()).hasSize(number == 3 ? 50 : PAGE);
            assertThat(texts(a)).isEqualTo(texts(b));
            assertThat(a.items())
                    .extracting(Message::toolCalls)
                    .isEqualTo(b.items().stream().map(Message::toolCalls).toList());
            for (int i = 0; i < a.items().size(); i++) {
                assertThat(a.items().get(i).rawJson().text())
                        .isEqualTo(b.items().get(i).rawJson().text());
            }
        }
        assertThat(bare.page("bare.json", 3, PAGE, null).isLast()).isTrue();
    }

    @Test
    void rawJsonIsReadBackByteForByteWithMultiByteTextAndEscapes() throws Exception {
        List<String> raws = List.of(
                "{\"role\":\"user\",\"text\":\"Grüße aus Zürich — 東京 🎉\",\"created_at\":\"2025-04-01T10:00:00Z\"}",
                "{ \"role\" : \"assistant\" ,\n  \"text\" : \"Tab\\there, quote \\\" and \\\\ and \\u00e9 and \\ud83c\\udf89\\/\" }",
                "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_ü\",\"type\":\"function\",\"function\":"
                        + "{\"name\":\"book\",\"arguments\":\"{\\\"city\\\":\\\"Kraków\\\",\\\"n\\\":2}\"}}]}",
                "{\"role\":\"tool\",\"text\":\"ok ✓\",\"metadata\":{\"note\":\"naïve café\"}}");
        String json = "\uFEFF{\"meta\":{\"total_pages\":1},\n\"data\":[\n  " + String.join(" ,\n\t", raws) + "\n]}";
        Path file = dir.resolve("unicode.json");
        Files.write(file, json.getBytes(StandardCharsets.UTF_8));
        FileTranscriptSource source = gatedAt(file, -1);

        Page<Message> page = source.page("unicode.json", 1, PAGE, new CancelToken());

        assertThat(page.items()).hasSize(4);
        for (int i = 0; i < raws.size(); i++) {
            assertThat(page.items().get(i).rawJson().inMemory()).isFalse();
            assertThat(page.items().get(i).rawJson().text()).isEqualTo(raws.get(i));
            assertThat(page.items().get(i).rawJson().size())
                    .isEqualTo(raws.get(i).getBytes(StandardCharsets.UTF_8).length);
        }
        assertThat(page.items().get(0).text()).isEqualTo("Grüße aus Zürich — 東京 🎉");
        assertThat(page.items().get(1).text()).isEqualTo("Tab\there, quote \" and \\ and é and 🎉/");
        assertThat(page.items().get(2).toolCalls().get(0).arguments()).isEqualTo("{\"city\":\"Kraków\",\"n\":2}");
        assertThat(page.items().get(3).metadata()).containsEntry("note", "naïve café");
    }

    @Test
    void aFileChangedAfterOpeningIsNotReadAsIfItWereTheSame() throws Exception {
        Path file = transcript("changed.json", 10, TranscriptFiles.Shape.ENVELOPE);
        FileTranscriptSource source = gatedAt(file, -1);
        Message first =
                source.page("changed.json", 1, PAGE, new CancelToken()).items().get(0);
        assertThat(first.rawJson().text()).startsWith("{\"role\":\"user\"");

        Files.writeString(file, "[]");

        assertThatThrownBy(() -> first.rawJson().text())
                .isInstanceOf(IOException.class)
                .hasMessage("changed.json has changed since it was opened; open it again to read it");
    }

    @Test
    void theLoaderHandsOverTheFirstPageWhileIndexingAndTheRestOnceIndexed() throws Exception {
        Path file = transcript("loaded.json", 1_000, TranscriptFiles.Shape.ENVELOPE);
        FileTranscriptSource source = gatedAt(file, 200);
        ExecutorService oneThread = Executors.newSingleThreadExecutor();
        try {
            ConversationLoad load = new ConversationLoader(oneThread, PAGE, 4).open(source, "loaded.json");
            Page<Message> first = load.next().get(30, TimeUnit.SECONDS);
            List<Integer> sizes = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> rest =
                    load.rest(page -> sizes.add(page.items().size()));

            // Pages 3 to 6 wait for the indexer without holding the loader's only thread.
            assertThat(oneThread.submit(() -> "free").get(30, TimeUnit.SECONDS)).isEqualTo("free");
            assertThat(rest).isNotDone();
            gate.countDown();
            rest.get(30, TimeUnit.SECONDS);

            assertThat(first.items()).hasSize(PAGE);
            assertThat(sizes).hasSize(9).allSatisfy(size -> assertThat(size).isEqualTo(PAGE));
            assertThat(load.isComplete()).isTrue();
        } finally {
            oneThread.shutdownNow();
        }
    }

    private static int nthIndexOf(String text, String part, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf(part, at + 1);
        }
        return at;
    }
}
