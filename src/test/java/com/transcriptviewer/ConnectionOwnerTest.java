package com.transcriptviewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.Connection;
import com.transcriptviewer.demo.DemoData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The start-up connection reaches the page requests as soon as it is made, on the thread that made it, while the FX
 * side (busy building the window) takes it over when it can; a connection that could not be made fails both.
 */
class ConnectionOwnerTest {

    /** The FX side: runs only when a test drains it. */
    private final List<Runnable> fx = new ArrayList<>();

    private final List<String> notices = new ArrayList<>();
    private ConnectionOwner owner;

    @AfterEach
    void close() {
        if (owner != null) {
            owner.close();
        }
    }

    private ConnectionOwner owner(List<String> args, Connector.DemoServers servers) throws Exception {
        Connector connector =
                new Connector(StartupConfig.of(CommandLine.parse(args), Map.of()), Optional::empty, servers);
        owner = new ConnectionOwner(connector, Runnable::run, fx::add, notices::add);
        return owner;
    }

    @Test
    void pageRequestsGetTheConnectionBeforeTheFxSideTakesItOver() throws Exception {
        ConnectionOwner connection = owner(List.of("--demo"), Connector::startDemoServer);
        connection.connectAtStart(true, "");

        assertThat(connection.readyOffFx()).as("made").isCompleted();
        assertThat(connection.ready()).as("the FX side has not run yet").isNotDone();

        fx.forEach(Runnable::run);
        Connection made = connection.ready().join();
        assertThat(connection.readyOffFx().join()).isSameAs(made);
        assertThat(made.firstConversationId()).contains(DemoData.APPOINTMENT_BOOKING_ID);
    }

    @Test
    void aConnectionThatCouldNotBeMadeFailsThePageRequestsAtOnce() throws Exception {
        ConnectionOwner connection = owner(List.of("--demo"), () -> {
            throw new IOException("no port");
        });
        connection.connectAtStart(true, "");

        assertThat(connection.readyOffFx()).isCompletedExceptionally();
        fx.forEach(Runnable::run);
        assertThat(connection.ready()).isCompletedExceptionally();
        assertThat(notices).hasSize(1);
    }

    @Test
    void onDemoDataTheFirstConversationIsKnownBeforeConnecting() throws Exception {
        Connector.DemoServers none = () -> {
            throw new IOException("not started");
        };
        assertThat(new Connector(
                                StartupConfig.of(CommandLine.parse(List.of("--demo")), Map.of()), Optional::empty, none)
                        .demoFirstConversation())
                .contains(DemoData.APPOINTMENT_BOOKING_ID);
        assertThat(new Connector(StartupConfig.of(CommandLine.parse(List.of()), Map.of()), Optional::empty, none)
                        .demoFirstConversation())
                .as("a saved key may be found: not known before connecting")
                .isEmpty();
    }
}
