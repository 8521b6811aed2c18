package com.transcriptviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.text.ToolKind;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

class ToolKindAndThemeTest {

    @Test
    void builtInToolNamesMapToTheirKind() {
        assertThat(ToolKind.ofFunctionName("transfer")).isEqualTo(ToolKind.TRANSFER);
        assertThat(ToolKind.ofFunctionName("Send_DTMF")).isEqualTo(ToolKind.SEND_DTMF);
        assertThat(ToolKind.ofFunctionName("hangup")).isEqualTo(ToolKind.HANGUP);
        assertThat(ToolKind.ofFunctionName("update_dynamic_variables")).isEqualTo(ToolKind.UPDATE_DYNAMIC_VARIABLES);
    }

    @Test
    void customerToolsAndBlankNamesAreWebhooks() {
        assertThat(ToolKind.ofFunctionName("check_availability")).isEqualTo(ToolKind.WEBHOOK);
        assertThat(ToolKind.ofFunctionName("webhook")).isEqualTo(ToolKind.WEBHOOK);
        assertThat(ToolKind.ofFunctionName(" ")).isEqualTo(ToolKind.WEBHOOK);
        assertThat(ToolKind.ofFunctionName(null)).isEqualTo(ToolKind.WEBHOOK);
    }

    @Test
    void everyToolKindAndRoleHasAnIcon() {
        for (ToolKind kind : ToolKind.values()) {
            assertThat(Icons.toolIkon(kind)).as(kind.name()).isNotNull();
        }
        for (com.transcriptviewer.model.Role.Kind kind : com.transcriptviewer.model.Role.Kind.values()) {
            assertThat(Icons.roleIkon(kind)).as(kind.name()).isNotNull();
        }
        assertThat(Icons.channelIkon("phone_call")).isNotEqualTo(Icons.channelIkon("web_chat"));
        assertThat(Icons.channelIkon("sms")).isEqualTo(Icons.channelIkon("sms_chat"));
    }

    @Test
    void themeManagerAppliesTheAtlantaFxStylesheetOnChange() {
        List<String> applied = new ArrayList<>();
        ThemeManager manager = new ThemeManager(applied::add);
        manager.applyCurrent();
        manager.setTheme(Theme.DARK);
        manager.setTheme(Theme.LIGHT);
        assertThat(applied)
                .containsExactly(
                        Theme.LIGHT.userAgentStylesheet(),
                        Theme.DARK.userAgentStylesheet(),
                        Theme.LIGHT.userAgentStylesheet());
        assertThat(applied.get(1)).contains("primer-dark");
        assertThat(ThemeManager.appStylesheet()).matches(".*com/transcriptviewer/ui/app\\.[bc]ss");
    }

    @Test
    void theBinaryStylesheetHoldsTheRulesOfTheCss() throws Exception {
        Stylesheet css = new CssParser().parse(ThemeManager.class.getResource("app.css"));
        URL binaryUrl = ThemeManager.class.getResource(StylesheetCompiler.binaryName("app.css"));
        assertThat(binaryUrl).as("app.bss, made by the build").isNotNull();
        Stylesheet binary = Stylesheet.loadBinary(binaryUrl);
        assertThat(binary.getRules().stream()
                        .map(ToolKindAndThemeTest::describe)
                        .toList())
                .isEqualTo(css.getRules().stream()
                        .map(ToolKindAndThemeTest::describe)
                        .toList());
        assertThat(ThemeManager.appStylesheet()).isEqualTo(binaryUrl.toExternalForm());
    }

    /** Selectors and declared properties (a binary rule reads its declarations only when asked for them). */
    private static String describe(Rule rule) {
        return rule.getSelectors() + " "
                + rule.getDeclarations().stream().map(Declaration::getProperty).toList();
    }
}
