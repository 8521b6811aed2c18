package com.transcriptviewer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataTest {

    private static Map<String, Object> sent() {
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("telnyx_conversation_channel", "phone_call");
        sent.put("nil", null);
        sent.put("count", 3);
        sent.put("tags", Arrays.asList("a", null));
        sent.put("a_last", true);
        return sent;
    }

    @Test
    void aCopyKeepsTheKeysInTheOrderSentNullsIncludedAndEqualsTheOriginal() {
        Map<String, Object> copy = Metadata.copyOf(sent());

        assertThat(copy.keySet()).containsExactly("telnyx_conversation_channel", "nil", "count", "tags", "a_last");
        assertThat(copy).isEqualTo(sent()).hasSameHashCodeAs(sent());
        assertThat(copy.get("nil")).isNull();
        assertThat(copy.containsKey("nil")).isTrue();
        assertThat(copy.containsKey("absent")).isFalse();
        assertThat(copy.get("tags")).isEqualTo(Arrays.asList("a", null));
        assertThat(Metadata.string(copy, "count")).isEqualTo("3");
        assertThat(copy.toString()).isEqualTo(sent().toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCopyCannotBeChanged() {
        Map<String, Object> copy = Metadata.copyOf(sent());

        assertThatThrownBy(() -> copy.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.remove("count")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.entrySet().iterator().next().setValue(1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<Object>) copy.get("tags")).add("b"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void manyKeysAreKeptInOrderToo() {
        Map<String, Object> many = new LinkedHashMap<>();
        for (int i = 99; i >= 0; i--) {
            many.put("key" + i, i);
        }
        Map<String, Object> copy = Metadata.copyOf(many);

        assertThat(copy).isEqualTo(many);
        assertThat(copy.keySet()).containsExactlyElementsOf(many.keySet());
        assertThatThrownBy(() -> copy.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
