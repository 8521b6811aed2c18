package com.transcriptviewer.library;

import static com.transcriptviewer.library.LibraryMessages.call;
import static com.transcriptviewer.library.LibraryMessages.conversation;
import static com.transcriptviewer.library.LibraryMessages.read;
import static com.transcriptviewer.library.LibraryMessages.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's search past its first page, on a real database file: pages through every match, how many match (the
 * count told apart from the search), the filters as the index's tags (times within a day too), prefixes read as the
 * index's words, OR and NOT, and each phrase's weight.
 */
class LibrarySearchPagesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path folder;

    private LibraryStore library;

    @BeforeEach
    void open() throws Exception {
        library = LibraryStore.open(folder.resolve("transcript-viewer.db"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** {@code conversations} conversations of ten messages each, every message mentioning a parcel. */
    private void keepParcels(int conversations) throws Exception {
        List<LibraryStore.Keeping> batch = new ArrayList<>();
        for (int c = 0; c < conversations; c++) {
            List<Message> messages = new ArrayList<>();
            for (int m = 0; m < 10; m++) {
                String text = m == 0 ? "parcel parcel parcel" : "the parcel " + c + " went out, message " + m;
                messages.add(new Message(Role.of("user"), text, List.of(), null, null, Map.of()));
            }
            batch.add(new LibraryStore.Keeping(
                    conversation("p" + c, "asst", "phone_call", T0.plusSeconds(c)), "", messages));
        }
        library.keepAll(batch, T0, 0);
    }

    @Test
    void pagesThroughEveryMatchOnceAndCountsThem() throws Exception {
        keepParcels(250);
        SearchQuery query = SearchQuery.parse("parcel");

        SearchResults first = library.search(query, 0, 200);
        assertThat(first.hits()).hasSize(200);
        // The best of the newest matches first: those that say it three times.
        assertThat(first.hits().get(0).messageIndex()).isZero();
        assertThat(first.hits().get(0).snippet("[", "]")).isEqualTo("[parcel] [parcel] [parcel]");
        // Known so far: the matches ranked for this page, and that there are more.
        assertThat(first.matches()).isEqualTo(LibrarySearchSql.RANKED);
        assertThat(first.more()).isTrue();
        assertThat(first.hasMore()).isTrue();
        SearchResults counted = first.counted(library.count(query));
        assertThat(counted.matches()).isEqualTo(2_500);
        assertThat(counted.more()).isFalse();

        Set<String> seen = new HashSet<>();
        SearchResults page = first;
        int pages = 1;
        while (true) {
            for (SearchHit hit : page.hits()) {
                assertThat(seen.add(hit.conversationId() + "#" + hit.messageIndex()))
                        .as("shown once: " + hit)
                        .isTrue();
            }
            if (!page.hasMore()) {
                break;
            }
            page = library.search(query, page.offset() + page.hits().size(), 200);
            pages++;
        }
        assertThat(seen).hasSize(2_500);
        assertThat(pages).isEqualTo(13);
        assertThat(page.matches()).isEqualTo(2_500);
        assertThat(page.more()).isFalse();
    }

    @Test
    void aCountPastItsLimitSaysMore() throws Exception {
        keepParcels(SearchResults.COUNTED / 10 + 1);

        int counted = library.count(SearchQuery.parse("parcel"));

        assertThat(counted).isEqualTo(SearchResults.COUNTED + 1);
        SearchResults results =
                library.search(SearchQuery.parse("parcel"), 0, 50).counted(counted);
        assertThat(results.matches()).isEqualTo(SearchResults.COUNTED);
        assertThat(results.more()).isTrue();
        assertThat(library.count(SearchQuery.parse("\"parcel parcel parcel\"")))
                .isEqualTo(SearchResults.COUNTED / 10 + 1);
    }

    @Test
    void filtersAreMatchedToTheMinuteAndToTheDay() throws Exception {
        library.keep(
                conversation("morning", "asst-a", "phone_call", T0),
                "",
                read(
                        text("user", "where is my parcel", "2026-03-02T09:00:01Z"),
                        text("assistant", "your parcel left", "2026-03-02T10:00:00Z"),
                        text("user", "a parcel again", "2026-03-03T00:00:00Z")),
                T0);
        library.keep(
                conversation("other", "asst-b", "web_chat", T0.minusSeconds(86_400 * 40)),
                "",
                read(text("user", "parcel from january", "2026-01-21T12:00:00Z")),
                T0);

        assertThat(indexes("parcel since:2026-03-02T09:30:00Z until:2026-03-02T23:59:59Z"))
                .containsExactly(1);
        assertThat(indexes("parcel since:2026-03-02 until:2026-03-02")).containsExactlyInAnyOrder(0, 1);
        assertThat(indexes("parcel since:2026-03-03")).containsExactly(2);
        assertThat(ids("parcel until:2026-02-28")).containsExactly("other");
        assertThat(ids("until:2026-01-31")).containsExactly("other");
        assertThat(ids("parcel since:2026-01-01 until:2026-12-31")).containsOnly("morning", "other");
        assertThat(ids("parcel since:2026-04-01")).isEmpty();
        assertThat(ids("parcel assistant:asst-b")).containsExactly("other");
        assertThat(ids("parcel channel:web_chat role:user")).containsExactly("other");
        assertThat(indexes("parcel role:assistant assistant:asst-a")).containsExactly(1);
        // Filters only: the newest first.
        assertThat(indexes("assistant:asst-a")).containsExactly(2, 1, 0);
    }

    @Test
    void aFunctionFilterFindsTheCallAndTheResultThatAnsweredIt() throws Exception {
        library.keep(
                conversation("calls", "asst", "phone_call", T0),
                "",
                read(
                        text("user", "track order A-1", "2026-03-02T09:00:01Z"),
                        call("call_1", "track.order-v2", "{\"order\": \"A-1\"}", "2026-03-02T09:00:02Z"),
                        text("tool", "{\"order\": \"A-1\", \"status\": \"shipped\"}", "2026-03-02T09:00:03Z"),
                        call("call_2", "notify", "{\"order\": \"A-1\"}", "2026-03-02T09:00:04Z"),
                        text("tool", "{\"sent\": true, \"order\": \"A-1\"}", "2026-03-02T09:00:05Z")),
                T0);

        assertThat(indexes("function:track.order-v2")).containsExactly(2, 1);
        assertThat(indexes("order function:notify")).containsExactlyInAnyOrder(3, 4);
        assertThat(indexes("shipped function:notify")).isEmpty();
        assertThat(indexes("function:track")).isEmpty();
    }

    @Test
    void aPrefixStandsForTheIndexsWordsThatStartWithIt() throws Exception {
        library.keep(
                conversation("words", "asst", "web_chat", T0),
                "",
                read(
                        text("user", "two parcels", "2026-03-02T09:00:01Z"),
                        text("user", "the parchment", "2026-03-02T09:00:02Z"),
                        text("user", "one parcel", "2026-03-02T09:00:03Z"),
                        text("user", "a Café Crème", "2026-03-02T09:00:04Z"),
                        text("user", "nothing here", "2026-03-02T09:00:05Z")),
                T0);
        // More words than a prefix is read as: the index reads the prefix itself.
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < LibrarySearchSql.PREFIX_WORDS + 6; i++) {
            many.append("zq").append(i).append("x ");
        }
        library.keep(
                conversation("many", "asst", "web_chat", T0.plusSeconds(60)),
                "",
                read(text("user", many.toString().strip(), "2026-03-02T09:01:00Z")),
                T0);

        assertThat(indexes("parc*")).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(indexes("PARCEL*")).containsExactlyInAnyOrder(0, 2);
        assertThat(indexes("caf*")).containsExactly(3);
        assertThat(indexes("café*")).containsExactly(3);
        assertThat(indexes("crem*")).containsExactly(3);
        assertThat(ids("zq*")).containsExactly("many");
        assertThat(ids("zq5*")).containsExactly("many");
        assertThat(library.search(SearchQuery.parse("parc*"), 10).get(0).snippet("[", "]"))
                .isEqualTo("one [parcel]");

        // A word kept later is found by its prefix too.
        library.keep(
                conversation("later", "asst", "web_chat", T0.plusSeconds(120)),
                "",
                read(text("user", "a parcelling machine", "2026-03-02T09:02:00Z")),
                T0);
        assertThat(ids("parcell*")).containsExactly("later");
        assertThat(ids("parc*")).contains("later", "words");
    }

    @Test
    void orAllowsEitherAndNotExcludes() throws Exception {
        library.keep(
                conversation("either", "asst", "web_chat", T0),
                "",
                read(
                        text("user", "the parcel", "2026-03-02T09:00:01Z"),
                        text("user", "the invoice", "2026-03-02T09:00:02Z"),
                        text("user", "the parcel and the invoice", "2026-03-02T09:00:03Z")),
                T0);

        assertThat(indexes("parcel OR invoice")).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(indexes("parcel NOT invoice")).containsExactly(0);
        assertThat(indexes("parcel invoice")).containsExactly(2);
        assertThat(indexes("parcel AND OR invoice")).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(indexes("parcel NOT")).containsExactlyInAnyOrder(0, 2);
    }

    @Test
    void aRareWordWeighsMoreThanACommonOne() throws Exception {
        List<LibraryStore.Keeping> batch = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            List<Message> filler = new ArrayList<>();
            for (int m = 0; m < 10; m++) {
                filler.add(
                        new Message(Role.of("user"), "common words " + c + " " + m, List.of(), null, null, Map.of()));
            }
            batch.add(new LibraryStore.Keeping(conversation("f" + c, "asst", "web_chat", T0), "", filler));
        }
        library.keepAll(batch, T0, 0);
        // The same length, the same number of matches: only the words' weights tell them apart. The newer one says
        // the common word twice, the older the rare word twice.
        library.keep(
                conversation("rare-twice", "asst", "web_chat", T0),
                "",
                read(text("user", "zephyr zephyr common", "2026-03-02T09:00:01Z")),
                T0);
        library.keep(
                conversation("common-twice", "asst", "web_chat", T0),
                "",
                read(text("user", "zephyr common common", "2026-03-02T09:00:01Z")),
                T0);

        assertThat(ids("common zephyr")).containsExactly("rare-twice", "common-twice");
        assertThat(ids("zephyr common")).containsExactly("rare-twice", "common-twice");
    }

    @Test
    void aRemovedOrReplacedConversationLeavesNothingBehindInTheIndex() throws Exception {
        library.keep(
                conversation("c1", "asst", "phone_call", T0),
                "",
                read(
                        text("user", "first words", "2026-03-02T09:00:01Z"),
                        call("call_1", "lookup", "{}", "2026-03-02T09:00:02Z"),
                        text("tool", "looked up", "2026-03-02T09:00:03Z")),
                T0);
        library.keep(
                conversation("c1", "asst", "web_chat", T0),
                "",
                read(text("user", "second words", "2026-03-02T09:00:01Z")),
                T0);

        assertThat(ids("first")).isEmpty();
        assertThat(ids("function:lookup")).isEmpty();
        assertThat(ids("second channel:phone_call")).isEmpty();
        assertThat(ids("second channel:web_chat")).containsExactly("c1");

        assertIndexIntact();
        library.remove("c1");
        assertThat(ids("second")).isEmpty();
        assertThat(ids("channel:web_chat")).isEmpty();
        assertThat(library.count(SearchQuery.parse("words"))).isZero();
        assertIndexIntact();
    }

    /** FTS5's own check that the index (tags too) says what the view of the kept messages says. */
    private void assertIndexIntact() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + library.file());
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO library_search (library_search, rank) VALUES ('integrity-check', 1)");
        }
    }

    private List<Integer> indexes(String query) throws Exception {
        return library.search(SearchQuery.parse(query), 50).stream()
                .map(SearchHit::messageIndex)
                .toList();
    }

    private List<String> ids(String query) throws Exception {
        return library.search(SearchQuery.parse(query), 50).stream()
                .map(SearchHit::conversationId)
                .distinct()
                .toList();
    }
}
