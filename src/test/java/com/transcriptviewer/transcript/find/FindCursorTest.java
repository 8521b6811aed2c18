package com.transcriptviewer.transcript.find;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.transcript.find.FindCursor.Move;
import com.transcriptviewer.transcript.find.FindMatch.Where;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where "next" and "previous" go, and when they have to wait for matches still to come. */
class FindCursorTest {

    /** Searched messages when the whole conversation (100 messages) is searched. */
    private static final int ALL = 100;

    /** Matches in messages 4, 56 (twice) and 82, as a search of the whole conversation finds them. */
    private static final List<FindMatch> MATCHES = matchesIn(4, 56, 56, 82);

    private final FindCursor cursor = new FindCursor();

    private static List<FindMatch> matchesIn(Integer... messageIndexes) {
        return Arrays.stream(messageIndexes)
                .map(index -> new FindMatch(index, Where.TEXT, -1, 0, 1))
                .toList();
    }

    private int move(Move move, List<FindMatch> matches, int current, int origin, int searched, boolean more) {
        cursor.request(move);
        return cursor.resolve(matches, current, origin, searched, more);
    }

    @Test
    void nextWithoutACurrentMatchGoesToTheFirstAtOrAfterTheOrigin() {
        assertThat(move(Move.NEXT, MATCHES, -1, 60, ALL, false)).isEqualTo(3);
        assertThat(move(Move.NEXT, MATCHES, -1, 56, ALL, false))
                .as("a match in the origin itself counts")
                .isEqualTo(1);
        assertThat(move(Move.NEXT, MATCHES, -1, -1, ALL, false))
                .as("no origin: from the start")
                .isZero();
    }

    @Test
    void nextGoesOnAndWrapsToTheFirstOnceNothingMoreIsComing() {
        assertThat(move(Move.NEXT, MATCHES, 1, -1, ALL, false)).isEqualTo(2);
        assertThat(move(Move.NEXT, MATCHES, 3, -1, ALL, false)).isZero();
        assertThat(move(Move.NEXT, MATCHES, -1, 90, ALL, false))
                .as("nothing after the origin: wraps")
                .isZero();
    }

    @Test
    void nextWaitsWhileMoreMatchesMayComeAndGoesOnceTheyAreFound() {
        List<FindMatch> firstPage = matchesIn(4);
        assertThat(move(Move.NEXT, firstPage, 0, -1, 10, true)).isEqualTo(FindCursor.NOT_YET);

        assertThat(cursor.resolve(firstPage, 0, -1, 50, true))
                .as("still nothing after it")
                .isEqualTo(FindCursor.NOT_YET);
        assertThat(cursor.resolve(MATCHES, 0, -1, 60, true))
                .as("the waiting move goes to the match that arrived")
                .isEqualTo(1);
        assertThat(cursor.resolve(MATCHES, 1, -1, ALL, false)).as("and is done").isEqualTo(FindCursor.NOWHERE);
    }

    @Test
    void previousWrapsToTheLastOnlyOnceEverythingIsSearched() {
        assertThat(move(Move.PREVIOUS, MATCHES, 2, -1, ALL, false)).isEqualTo(1);

        List<FindMatch> firstPage = matchesIn(4);
        assertThat(move(Move.PREVIOUS, firstPage, 0, -1, 10, true))
                .as("the last match is not known yet")
                .isEqualTo(FindCursor.NOT_YET);
        assertThat(cursor.resolve(MATCHES, 0, -1, 60, true)).isEqualTo(FindCursor.NOT_YET);
        assertThat(cursor.resolve(MATCHES, 0, -1, ALL, false)).isEqualTo(3);
    }

    @Test
    void previousWithoutACurrentMatchGoesToTheLastBeforeTheOrigin() {
        assertThat(move(Move.PREVIOUS, MATCHES, -1, 60, ALL, false)).isEqualTo(2);
        assertThat(move(Move.PREVIOUS, MATCHES, -1, 56, ALL, false))
                .as("a match in the origin itself counts")
                .isEqualTo(2);
        assertThat(move(Move.PREVIOUS, MATCHES, -1, 2, ALL, false))
                .as("nothing before the origin: wraps to the last")
                .isEqualTo(3);
        assertThat(move(Move.PREVIOUS, MATCHES, -1, -1, ALL, false))
                .as("no origin: the last")
                .isEqualTo(3);
    }

    @Test
    void previousFromTheOriginWaitsUntilTheMessagesUpToItAreSearched() {
        List<FindMatch> firstPages = matchesIn(4);
        assertThat(move(Move.PREVIOUS, firstPages, -1, 60, 30, true)).isEqualTo(FindCursor.NOT_YET);
        assertThat(cursor.resolve(MATCHES, -1, 60, 70, true))
                .as("every match up to the origin is known now")
                .isEqualTo(2);

        assertThat(move(Move.PREVIOUS, MATCHES, -1, 2, 70, true))
                .as("nothing before the origin, and the last is not known yet")
                .isEqualTo(FindCursor.NOT_YET);
    }

    @Test
    void withoutMatchesAMoveFindsNothingOnceEverythingIsSearched() {
        assertThat(move(Move.NEXT, List.of(), -1, 5, 10, true)).isEqualTo(FindCursor.NOT_YET);
        assertThat(cursor.resolve(List.of(), -1, 5, ALL, false)).isEqualTo(FindCursor.NOWHERE);
        assertThat(cursor.resolve(MATCHES, -1, 5, ALL, false))
                .as("the move is done, not waiting for later matches")
                .isEqualTo(FindCursor.NOWHERE);

        assertThat(move(Move.PREVIOUS, List.of(), -1, -1, ALL, false)).isEqualTo(FindCursor.NOWHERE);
    }

    @Test
    void aDroppedMoveIsNotCarriedOut() {
        assertThat(move(Move.NEXT, List.of(), -1, -1, 0, true)).isEqualTo(FindCursor.NOT_YET);
        cursor.drop();
        assertThat(cursor.resolve(MATCHES, -1, -1, ALL, false)).isEqualTo(FindCursor.NOWHERE);
    }

    @Test
    void aNewerMoveReplacesAWaitingOne() {
        assertThat(move(Move.NEXT, matchesIn(4), 0, -1, 10, true)).isEqualTo(FindCursor.NOT_YET);
        assertThat(move(Move.PREVIOUS, MATCHES, 1, -1, ALL, false)).isZero();
    }

    @Test
    void firstAtOrAfterFindsTheFirstMatchOfAMessageOrLater() {
        assertThat(FindCursor.firstAtOrAfter(MATCHES, 0)).isZero();
        assertThat(FindCursor.firstAtOrAfter(MATCHES, 4)).isZero();
        assertThat(FindCursor.firstAtOrAfter(MATCHES, 5)).isEqualTo(1);
        assertThat(FindCursor.firstAtOrAfter(MATCHES, 56))
                .as("the first of two")
                .isEqualTo(1);
        assertThat(FindCursor.firstAtOrAfter(MATCHES, 57)).isEqualTo(3);
        assertThat(FindCursor.firstAtOrAfter(MATCHES, 83)).as("none: the size").isEqualTo(4);
        assertThat(FindCursor.firstAtOrAfter(List.of(), 7)).isZero();
    }
}
