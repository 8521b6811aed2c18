package com.transcriptviewer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    private final SecretRedactor redactor = new SecretRedactor();

    @Test
    void masksBearerTokensButKeepsTheWordForContext() {
        String out = redactor.redact("GET /v2/ai/conversations Authorization: Bearer abc.DEF-123_xyz/+= done");

        assertThat(out)
                .doesNotContain("abc.DEF-123_xyz")
                .contains("Bearer [redacted]")
                .endsWith(" done");
    }

    @Test
    void masksTelnyxShapedKeysAnywhere() {
        String out = redactor.redact("key=KEY0190ABCDEF1234567890_aBcDeFgH and (KEY01234567890ABC)");

        assertThat(out)
                .doesNotContain("KEY0190ABCDEF")
                .doesNotContain("KEY01234567890ABC")
                .contains("[redacted]");
    }

    @Test
    void masksAssignedSecretsInQueryStringsAndJson() {
        String out = redactor.redact("url?api_key=s3cr3tvalue&page=2 {\"token\": \"tok-998877\"} password: hunter22");

        assertThat(out)
                .doesNotContain("s3cr3tvalue")
                .doesNotContain("tok-998877")
                .doesNotContain("hunter22")
                .contains("&page=2");
    }

    @Test
    void masksRegisteredSecretsWhateverTheirShape() {
        redactor.register("  my-odd-secret#42  ");

        assertThat(redactor.redact("tried my-odd-secret#42 twice: my-odd-secret#42"))
                .isEqualTo("tried [redacted] twice: [redacted]");
        assertThat(redactor.registeredCount()).isEqualTo(1);
    }

    @Test
    void ignoresBlankAndVeryShortSecretsSoOrdinaryTextSurvives() {
        redactor.register(null);
        redactor.register("   ");
        redactor.register("ab");

        assertThat(redactor.registeredCount()).isZero();
        assertThat(redactor.redact("about a tab")).isEqualTo("about a tab");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "Loaded page 3 of 13 (conversation 5d8e1a2c) KEYBOARD shortcut, tokens used: 12";

        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void toStringNeverShowsSecrets() {
        redactor.register("super-secret-value");

        assertThat(redactor.toString()).doesNotContain("super-secret-value").contains("1 registered");
    }
}
