package com.transcriptviewer.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching the demo conversations kept in a real library file: words, phrases, prefixes, arguments, filters. */
class LibrarySearchTest {

    @TempDir
    static Path folder;

    private static LibraryStore library;

    @BeforeAll
    static void keepTheDemo() throws Exception {
        library = LibraryStore.open(folder.resolve("transcript-viewer.db"));
        DemoData data = DemoData.generate();
        for (Conversation conversation : data.conversations()) {
            if (data.messageCount(conversation.id()) < 2_000) {
                library.keep(conversation, "", data.messages(conversation.id()), Instant.now());
            }
        }
        Instant created = Instant.parse("2025-07-01T10:00:00Z");
        library.keep(
                LibraryMessages.conversation("sparse", "a", "web_chat", created),
                "",
                LibraryMessages.read(LibraryMessages.text(
                        "user",
                        "I wrote to you last week about the parcel, and about the invoice, and about the "
                                + "address that changed when we moved, and the courier named Zephyr who never came "
                                + "back with the signed papers or the receipt for the second parcel",
                        "2025-07-01T10:00:01Z")),
                Instant.now());
        library.keep(
                LibraryMessages.conversation("dense", "a", "web_chat", created),
                "",
                LibraryMessages.read(LibraryMessages.text("user", "Zephyr again, zephyr!", "2025-07-01T10:00:01Z")),
                Instant.now());
    }

    @AfterAll
    static void close() {
        library.close();
    }

    private static List<SearchHit> search(String text) throws Exception {
        return library.search(SearchQuery.parse(text), 50);
    }

    @Test
    void findsAPhraseWithItsWordsMarked() throws Exception {
        List<SearchHit> hits = search("\"charged twice\"");

        assertThat(hits).hasSize(1);
        SearchHit hit = hits.get(0);
        assertThat(hit.conversationId()).isEqualTo(DemoData.BILLING_TRANSFER_ID);
        assertThat(hit.role()).isEqualTo("user");
        assertThat(hit.messageIndex()).isEqualTo(1);
        assertThat(hit.snippet("[", "]")).isEqualTo("Hi, I was [charged twice] on my March bill.");
        assertThat(search("\"twice charged\"")).isEmpty();
    }

    @Test
    void findsByPrefix() throws Exception {
        assertThat(search("refun*")).extracting(SearchHit::conversationId).contains(DemoData.BILLING_TRANSFER_ID);
        assertThat(search("refun")).isEmpty();
    }

    @Test
    void findsToolCallArgumentsAndFunctionNames() throws Exception {
        // The order conversations of the shop assistant's two versions (the comparison's demo pair) ask the same.
        List<SearchHit> byArgument = search("elm-street sunday");
        assertThat(byArgument).extracting(SearchHit::conversationId).contains(DemoData.PARALLEL_TOOLS_ID);
        assertThat(byArgument.get(0).conversationId())
                .isIn(DemoData.PARALLEL_TOOLS_ID, DemoData.ORDER_OLD_VERSION_ID, DemoData.ORDER_NEW_VERSION_ID);

        List<SearchHit> byName = search("get_order_status");
        assertThat(byName).extracting(SearchHit::conversationId).contains(DemoData.PARALLEL_TOOLS_ID);
        assertThat(byName.get(0).snippet("[", "]")).contains("[get_order_status]");
    }

    @Test
    void ranksAFunctionNameAboveTheSameWordsInPassing() throws Exception {
        List<SearchHit> hits = search("\"book appointment\"");

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).role()).isEqualTo("assistant");
        assertThat(hits.get(0).snippet()).contains("book_appointment");
    }

    @Test
    void ranksMessagesWhereTheWordsAreDenseFirst() throws Exception {
        List<SearchHit> hits = search("zephyr");

        assertThat(hits).extracting(SearchHit::conversationId).containsExactly("dense", "sparse");
    }

    @Test
    void filtersByRoleFunctionChannelAssistantAndDate() throws Exception {
        assertThat(search("order role:user"))
                .allMatch(hit -> hit.role().equals("user"))
                .isNotEmpty();
        assertThat(search("A-10293 role:tool")).extracting(SearchHit::role).containsOnly("tool");
        // The call and the result that answered it, in each conversation that calls it.
        assertThat(search("function:get_order_status"))
                .filteredOn(hit -> hit.conversationId().equals(DemoData.PARALLEL_TOOLS_ID))
                .extracting(SearchHit::messageIndex)
                .containsExactlyInAnyOrder(1, 2);
        assertThat(search("cleaning channel:phone_call"))
                .allMatch(hit -> hit.channel().equals("phone_call"));
        assertThat(search("cleaning channel:web_chat")).isEmpty();
        assertThat(search("refund since:2025-04-15 until:2025-04-15")).hasSize(1);
        assertThat(search("refund since:2025-04-16")).isEmpty();
        String shop = library.conversation(DemoData.PARALLEL_TOOLS_ID)
                .orElseThrow()
                .conversation()
                .assistantId();
        assertThat(search("order assistant:" + shop))
                .isNotEmpty()
                .allMatch(hit -> hit.assistantId().equals(shop));
    }

    @Test
    void whatIsTypedIsNeverReadAsFts5Syntax() throws Exception {
        assertThat(search("NEAR( \"unclosed")).isEmpty();
        assertThat(search("order_id: AND OR")).isNotEmpty();
        assertThat(search("-- ; DROP TABLE library_message")).isEmpty();
        assertThat(search("order")).isNotEmpty();
        assertThatThrownBy(() -> SearchQuery.parse("since:yesterday"))
                .hasMessage("since:yesterday is not a date: write it as 2026-03-01 or 2026-03-01T09:30:00Z.");
    }

    /** A word in more messages than a search ranks: the best of the newest are found, and no older one. */
    @Test
    void aCommonWordRanksItsNewestMatches(@TempDir Path other) throws Exception {
        try (LibraryStore many = LibraryStore.open(other.resolve("many.db"))) {
            int conversations = LibrarySearchSql.RANKED / 10 + 10;
            for (int c = 0; c < conversations; c++) {
                List<Message> messages = new ArrayList<>();
                for (int m = 0; m < 10; m++) {
                    String text = m == 0 ? "refund refund refund" : "a refund for order " + c + "-" + m;
                    messages.add(new Message(Role.of("user"), text, List.of(), null, null, Map.of()));
                }
                many.keep(
                        LibraryMessages.conversation(
                                "c" + c, "asst", "phone_call", Instant.parse("2026-03-01T00:00:00Z")),
                        "",
                        messages,
                        Instant.now());
            }

            List<SearchHit> hits = many.search(SearchQuery.parse("refund"), 50);

            assertThat(hits).hasSize(50);
            // The first conversation kept is older than the newest candidates: its best message is not ranked.
            assertThat(hits).noneMatch(hit -> hit.conversationId().equals("c0"));
            // Among the candidates, the messages that say it three times rank first.
            assertThat(hits.get(0).messageIndex()).isZero();
        }
    }
}
