package com.transcriptviewer.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConversationIdParserTest {

    private static final String ID = "3f1c2a9e-8b7d-4c6e-9f10-2a3b4c5d6e7f";

    @Test
    void bareUuid() {
        assertThat(ConversationIdParser.extract("  " + ID + "\n")).contains(ID);
    }

    @Test
    void upperCaseUuidIsNormalised() {
        assertThat(ConversationIdParser.extract(ID.toUpperCase())).contains(ID);
    }

    @Test
    void portalUrlPrefersTheConversationSegment() {
        String url = "https://portal.telnyx.com/#/ai/assistants/edit/assistant-11111111-2222-3333-4444-555555555555"
                + "/conversations/" + ID + "?tab=transcript";
        assertThat(ConversationIdParser.extract(url)).contains(ID);
    }

    @Test
    void apiUrl() {
        assertThat(ConversationIdParser.extract("https://api.telnyx.com/v2/ai/conversations/" + ID + "/messages"))
                .contains(ID);
    }

    @Test
    void uuidInsideALogLine() {
        assertThat(ConversationIdParser.extract("call ended, conversation_id=" + ID + " status=done"))
                .contains(ID);
    }

    @Test
    void plainTokenWithoutUuidIsKept() {
        assertThat(ConversationIdParser.extract("conv_42")).contains("conv_42");
    }

    @Test
    void nothingUsable() {
        assertThat(ConversationIdParser.extract(null)).isEmpty();
        assertThat(ConversationIdParser.extract("   ")).isEmpty();
        assertThat(ConversationIdParser.extract("hello there")).isEmpty();
    }
}
