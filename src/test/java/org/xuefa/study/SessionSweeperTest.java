package org.xuefa.study;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

/** The sweeper leaves sessions alone until the application is ready (start-up work may still be filling them). */
class SessionSweeperTest {
    @Test
    void closes_ended_sessions_only_once_the_application_is_ready() {
        SessionClosing closing = mock(SessionClosing.class);
        when(closing.closeEnded()).thenReturn(0);
        SessionSweeper sweeper = new SessionSweeper(closing);
        sweeper.sweep();
        verify(closing, never()).closeEnded();
        sweeper.ready();
        sweeper.sweep();
        verify(closing).closeEnded();
    }
}
