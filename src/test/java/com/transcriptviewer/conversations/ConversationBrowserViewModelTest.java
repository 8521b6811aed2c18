package com.transcriptviewer.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.Connection;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoServer;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.ReviewProgress;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.privacy.PrivacyMask;
import com.transcriptviewer.privacy.PrivacyMasks;
import com.transcriptviewer.testing.SettableConnection;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.ReviewTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser's view-models without a scene, against the demo server; background work runs inline. */
class ConversationBrowserViewModelTest {

    private static DemoServer server;
    private static Connection connection;

    private final List<Runnable> timers = new ArrayList<>();
    private final FxExecutors executors = new FxExecutors(Runnable::run, Runnable::run, (delay, task) -> {
        timers.add(task);
        return () -> timers.remove(task);
    });

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        server = DemoServer.start(DemoData.generate());
        connection = Connection.api(server.baseUrl(), ApiKey.of("demo-key"));
    }

    @AfterAll
    static void stopServer() {
        connection.close();
        server.close();
    }

    private ConversationListViewModel browser(int pageSize) {
        return new ConversationListViewModel(SettableConnection.of(connection), executors, ZoneOffset.UTC, pageSize);
    }

    @Test
    void filtersBecomeThePostgrestQuery() {
        BrowseFilter filter = new BrowseFilter(
                " Billing ",
                "assistant-1",
                "+13125550100",
                "phone_call",
                BrowseFilter.DateField.LAST_MESSAGE,
                LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 4, 30),
                "tier",
                "gold",
                BrowseFilter.DateField.LAST_MESSAGE);
        assertThat(filter.toQuery(20, ZoneOffset.UTC).describe())
                .isEqualTo("name=like.%Billing%&metadata->assistant_id=eq.assistant-1"
                        + "&or=(metadata->telnyx_agent_target.eq.+13125550100,"
                        + "metadata->telnyx_end_user_target.eq.+13125550100)"
                        + "&metadata->telnyx_conversation_channel=eq.phone_call"
                        + "&last_message_at=gte.2025-04-01T00:00:00Z&last_message_at=lte.2025-04-30T23:59:59.999Z"
                        + "&metadata->tier=eq.gold&order=last_message_at.desc&limit=20");
        assertThat(filter.activeCount()).isEqualTo(5);
        assertThat(BrowseFilter.none().toQuery(50, ZoneOffset.UTC).describe())
                .isEqualTo("order=created_at.desc&limit=50");
    }

    @Test
    void listsNewestFirstAndTypingNarrowsAfterThePause() {
        ConversationListViewModel browser = browser(50);
        browser.refresh();
        assertThat(browser.conversations()).hasSizeGreaterThan(3);
        List<Instant> created =
                browser.conversations().stream().map(Conversation::createdAt).toList();
        assertThat(created).isSortedAccordingTo((a, b) -> b.compareTo(a));

        browser.nameProperty().set("Billing");
        assertThat(browser.queryTextProperty().get()).startsWith("name=like.%Billing%");
        assertThat(timers).hasSize(1);
        timers.remove(0).run();
        assertThat(browser.conversations())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.name()).contains("Billing"));
    }

    @Test
    void inPrivacyModeTheListIsSearchedWhereItWasReadBeforeItIsShown() {
        CurrentMask mask = new CurrentMask();
        PrivacyMask privacy = PrivacyMasks.forConversation(null);
        mask.set(privacy);
        List<String> notSearched = new ArrayList<>();
        ConversationListViewModel browser =
                new ConversationListViewModel(SettableConnection.of(connection), executors, ZoneOffset.UTC, 50, mask);
        browser.conversations().addListener((ListChangeListener<Conversation>) change -> {
            while (change.next()) {
                for (Conversation added : change.getAddedSubList()) {
                    for (String text : List.of(ConversationTitles.of(added), ConversationTitles.numbers(added))) {
                        if (!privacy.knows(text)) {
                            notSearched.add(text);
                        }
                    }
                }
            }
        });

        browser.refresh();

        assertThat(browser.conversations()).anyMatch(c -> c.endUserTarget() != null);
        assertThat(notSearched).isEmpty();
    }

    @Test
    void phoneFilterMatchesEitherNumberAndChannelFilterApplies() {
        ConversationListViewModel browser = browser(50);
        browser.refresh();
        Conversation withNumber = browser.conversations().stream()
                .filter(c -> c.endUserTarget() != null)
                .findFirst()
                .orElseThrow();
        browser.phoneProperty().set(withNumber.endUserTarget());
        timers.remove(0).run();
        assertThat(browser.conversations()).extracting(Conversation::id).contains(withNumber.id());
        assertThat(browser.conversations())
                .allSatisfy(c -> assertThat(List.of(String.valueOf(c.endUserTarget()), String.valueOf(c.agentTarget())))
                        .contains(withNumber.endUserTarget()));

        browser.phoneProperty().set("");
        browser.channelProperty().set("web_chat");
        assertThat(browser.conversations())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.channel()).isEqualTo("web_chat"));
    }

    @Test
    void loadMoreAsksForALargerLimitUntilTheListIsShort() {
        ConversationListViewModel browser = browser(3);
        browser.refresh();
        assertThat(browser.conversations()).hasSize(3);
        assertThat(browser.hasMoreProperty().get()).isTrue();
        List<String> firstThree =
                browser.conversations().stream().map(Conversation::id).toList();

        browser.loadMore();
        assertThat(browser.limit()).isEqualTo(6);
        assertThat(browser.conversations()).hasSize(6);
        assertThat(browser.conversations().subList(0, 3))
                .extracting(Conversation::id)
                .isEqualTo(firstThree);
        while (browser.hasMoreProperty().get()) {
            browser.loadMore();
        }
        assertThat(browser.conversations().size()).isLessThan(browser.limit());
        assertThat(browser.conversations()).extracting(Conversation::id).doesNotHaveDuplicates();
    }

    @Test
    void aRejectedKeyIsAnErrorInTheUsersWords() {
        try (Connection noKey = Connection.api(server.baseUrl(), ApiKey.of(""))) {
            SettableConnection settable = SettableConnection.of(noKey);
            ConversationListViewModel browser = new ConversationListViewModel(settable, executors, ZoneOffset.UTC, 10);
            browser.refresh();
            assertThat(browser.errorKindProperty().get()).isEqualTo(ErrorKind.UNAUTHORIZED);
            assertThat(browser.errorMessageProperty().get()).isNotBlank().doesNotContain("Exception");
            assertThat(browser.loadingProperty().get()).isFalse();
            settable.replace(connection);
            assertThat(browser.errorMessageProperty().get()).isEmpty();
            assertThat(browser.conversations()).isNotEmpty();
        }
    }

    @Test
    void recentConversationsAreKeptAcrossRestartsAndCleared() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        RecentConversationsViewModel recents =
                new RecentConversationsViewModel(new RecentConversationsStore(dir, clock), executors, clock);
        recents.opened("a", "First");
        recents.opened("b", "");
        recents.nameKnown("b", "Second");
        recents.opened("a", "");
        assertThat(recents.items()).extracting(RecentConversation::id).containsExactly("a", "b");
        assertThat(recents.items()).extracting(RecentConversation::name).containsExactly("First", "Second");

        RecentConversationsViewModel afterRestart =
                new RecentConversationsViewModel(new RecentConversationsStore(dir, clock), executors, clock);
        assertThat(afterRestart.items()).containsExactlyElementsOf(recents.items());
        assertThat(afterRestart.loadNotice()).isEmpty();

        afterRestart.clear();
        assertThat(new RecentConversationsViewModel(new RecentConversationsStore(dir, clock), executors, clock).items())
                .isEmpty();
    }

    @Test
    void eachLoadReadsTheReviewProgressOfItsRowsInOneBatchAndTheNewestReadWins() {
        ConversationListViewModel browser = browser(5);
        List<List<String>> asked = new ArrayList<>();
        List<CompletableFuture<Map<String, ReviewProgress>>> answers = new ArrayList<>();
        browser.setReviewProgress(ids -> {
            asked.add(ids);
            CompletableFuture<Map<String, ReviewProgress>> answer = new CompletableFuture<>();
            answers.add(answer);
            return answer;
        });
        assertThat(asked).as("no rows yet, nothing to ask").isEmpty();

        browser.refresh();
        assertThat(asked)
                .singleElement()
                .isEqualTo(
                        browser.conversations().stream().map(Conversation::id).toList());
        String first = asked.get(0).get(0);
        // A save asks again before the first answer came: the older answer, arriving last, is dropped.
        browser.refreshProgress();
        answers.get(1).complete(Map.of(first, new ReviewProgress(first, 5, 12, Verdict.WRONG)));
        answers.get(0).complete(Map.of(first, new ReviewProgress(first, 1, -1, null)));
        ReviewProgress shown = browser.reviewProgress().get(first);
        assertThat(shown).isEqualTo(new ReviewProgress(first, 5, 12, Verdict.WRONG));
        assertThat(ReviewTexts.browser(shown)).isEqualTo("5/12 reviewed");
        assertThat(ReviewTexts.browser(new ReviewProgress(first, 5, -1, null))).isEqualTo("5 reviewed");
        assertThat(ReviewTexts.browser(new ReviewProgress(first, 0, 12, null)))
                .as("nothing before any review")
                .isEmpty();

        // A failed read leaves what was shown.
        browser.refreshProgress();
        answers.get(2).completeExceptionally(new IllegalStateException("database gone"));
        assertThat(browser.reviewProgress().get(first)).isEqualTo(shown);
    }

    @Test
    void whatIsOpenedBeforeTheRecentFileIsReadStaysFirstAndTheFilesEntriesFollow() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        RecentConversationsViewModel before =
                new RecentConversationsViewModel(new RecentConversationsStore(dir, clock), executors, clock);
        before.opened("a", "A");
        before.opened("b", "B");

        List<Runnable> background = new ArrayList<>();
        FxExecutors slowDisk = new FxExecutors(background::add, Runnable::run, executors.timer());
        RecentConversationsViewModel recents =
                new RecentConversationsViewModel(new RecentConversationsStore(dir, clock), slowDisk, clock);
        recents.opened("a", "");
        assertThat(recents.items()).extracting(RecentConversation::id).containsExactly("a");

        // The file is read (and then the merged list written) only now.
        while (!background.isEmpty()) {
            background.remove(0).run();
        }
        assertThat(recents.items()).extracting(RecentConversation::id).containsExactly("a", "b");
        assertThat(recents.items()).extracting(RecentConversation::name).containsExactly("A", "B");
        assertThat(new RecentConversationsStore(dir, clock).load().entries())
                .extracting(RecentConversation::id)
                .containsExactly("a", "b");
        assertThat(recents.loadNoticeProperty().get()).isEmpty();
    }

    @Test
    void recentListKeepsTheLastFifty() {
        Clock clock = Clock.systemUTC();
        RecentConversationsViewModel recents =
                new RecentConversationsViewModel(new RecentConversationsStore(dir, clock), executors, clock);
        for (int i = 0; i < 60; i++) {
            recents.opened("id-" + i, "n" + i);
        }
        assertThat(recents.items()).hasSize(RecentConversationsViewModel.MAX);
        assertThat(recents.items().get(0).id()).isEqualTo("id-59");
        assertThat(recents.items().get(49).id()).isEqualTo("id-10");
    }

    @Test
    void aCorruptRecentFileIsMovedAsideWithANotice() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        RecentConversationsStore store = new RecentConversationsStore(dir, clock);
        Files.writeString(store.file(), "{\"recent\": [ {\"id\": ");
        RecentConversationsViewModel recents = new RecentConversationsViewModel(store, executors, clock);
        assertThat(recents.items()).isEmpty();
        assertThat(recents.loadNotice())
                .hasValueSatisfying(
                        text -> assertThat(text).contains("recent-conversations.json.corrupt-20260102-030405"));
        assertThat(dir.resolve("recent-conversations.json.corrupt-20260102-030405"))
                .exists();
        recents.opened("x", "X");
        assertThat(store.load().entries()).extracting(RecentConversation::id).containsExactly("x");
    }
}
