package com.transcriptviewer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.transcriptviewer.api.ConversationQuery.Condition;
import com.transcriptviewer.api.ConversationQuery.Field;
import com.transcriptviewer.api.ConversationQuery.Operator;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversationQueryTest {

    @Test
    void describesTheQueryAsPeopleWriteIt() {
        ConversationQuery query = ConversationQuery.all()
                .like(Field.NAME, "Voice%")
                .order(Field.CREATED_AT, false)
                .limit(20);

        assertThat(query.describe()).isEqualTo("name=like.Voice%&order=created_at.desc&limit=20");
    }

    @Test
    void coversEveryFieldOperatorAndMetadata() {
        ConversationQuery query = ConversationQuery.all()
                .eq(Field.ID, "8c2f")
                .gte(Field.CREATED_AT, Instant.parse("2025-01-01T00:00:00Z"))
                .lte(Field.LAST_MESSAGE_AT, "2025-06-01")
                .metadataEq("telnyx_agent_target", "+13125550100")
                .eq(Field.metadata("call_control_id"), "v3:abc")
                .order(Field.LAST_MESSAGE_AT, true);

        assertThat(query.toQueryParameters())
                .containsExactly(
                        Map.entry("id", "eq.8c2f"),
                        Map.entry("created_at", "gte.2025-01-01T00:00:00Z"),
                        Map.entry("last_message_at", "lte.2025-06-01"),
                        Map.entry("metadata->telnyx_agent_target", "eq.+13125550100"),
                        Map.entry("metadata->call_control_id", "eq.v3:abc"),
                        Map.entry("order", "last_message_at.asc"));
    }

    @Test
    void orBuildsALogicTreeAndQuotesReservedCharacters() {
        ConversationQuery query = ConversationQuery.all()
                .or(
                        Condition.of(Field.CREATED_AT, Operator.GTE, "2025-04-01"),
                        Condition.of(Field.LAST_MESSAGE_AT, Operator.GTE, "2025-04-01"),
                        Condition.of(Field.NAME, Operator.LIKE, "a,b (\"c\")"));

        assertThat(query.describe())
                .isEqualTo(
                        "or=(created_at.gte.2025-04-01,last_message_at.gte.2025-04-01,name.like.\"a,b (\\\"c\\\")\")");
    }

    @Test
    void isImmutable() {
        ConversationQuery base = ConversationQuery.all().limit(5);
        ConversationQuery narrowed = base.like(Field.NAME, "x%");

        assertThat(base.describe()).isEqualTo("limit=5");
        assertThat(narrowed.describe()).isEqualTo("name=like.x%&limit=5");
        assertThat(narrowed).isEqualTo(ConversationQuery.all().limit(5).like(Field.NAME, "x%"));
        assertThat(ConversationQuery.all().describe()).isEmpty();
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> ConversationQuery.all().limit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Field.metadata(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConversationQuery.all().or()).isInstanceOf(IllegalArgumentException.class);
    }
}
