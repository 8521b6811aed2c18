package com.transcriptviewer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CallAlignmentTest {

    /** The alignment as text: "a=a" for a pair, "a>" only left, "<b" only right. */
    private static List<String> shown(String left, String right) {
        List<String> a = left.isEmpty() ? List.of() : Arrays.asList(left.split(" "));
        List<String> b = right.isEmpty() ? List.of() : Arrays.asList(right.split(" "));
        List<String> out = new ArrayList<>();
        for (CallAlignment.Step step : CallAlignment.align(a, b)) {
            if (step.paired()) {
                assertThat(a.get(step.left())).isEqualTo(b.get(step.right()));
                out.add(a.get(step.left()) + "=" + b.get(step.right()));
            } else if (step.left() >= 0) {
                out.add(a.get(step.left()) + ">");
            } else {
                out.add("<" + b.get(step.right()));
            }
        }
        return out;
    }

    @Test
    void sameSequencesPairEveryCall() {
        assertThat(shown("lookup book hangup", "lookup book hangup"))
                .containsExactly("lookup=lookup", "book=book", "hangup=hangup");
    }

    @Test
    void aMissingCallIsOnOneSideOnly() {
        assertThat(shown("order hours answer", "order answer"))
                .containsExactly("order=order", "hours>", "answer=answer");
        assertThat(shown("order answer", "order tracking answer"))
                .containsExactly("order=order", "<tracking", "answer=answer");
    }

    @Test
    void reorderedCallsPairTheLongestCommonOrderAndLeaveTheRestOnEachSide() {
        assertThat(shown("a b c", "a c b")).containsExactly("a=a", "b>", "c=c", "<b");
        assertThat(shown("x y", "y x")).containsExactly("x>", "y=y", "<x");
    }

    @Test
    void repeatedCallsPairAsFarAsTheOtherSideRepeatsThem() {
        assertThat(shown("check check check book", "check book"))
                .containsExactly("check=check", "check>", "check>", "book=book");
        // The common start and end pair first: the first check with the first, the last book with the last.
        assertThat(shown("check book", "check check book book"))
                .containsExactly("check=check", "<check", "<book", "book=book");
    }

    @Test
    void emptySidesAndNothingInCommon() {
        assertThat(shown("", "")).isEmpty();
        assertThat(shown("a b", "")).containsExactly("a>", "b>");
        assertThat(shown("", "a")).containsExactly("<a");
        assertThat(shown("a b", "c d")).containsExactly("a>", "b>", "<c", "<d");
    }

    @Test
    void theCommonPartIsAsLongAsTheLongestCommonSubsequenceAndKeepsBothOrders() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<String> a = randomNames(random, random.nextInt(30));
            List<String> b = randomNames(random, random.nextInt(30));
            List<CallAlignment.Step> steps = CallAlignment.align(a, b);
            int paired = 0;
            int lastLeft = -1;
            int lastRight = -1;
            for (CallAlignment.Step step : steps) {
                if (step.left() >= 0) {
                    assertThat(step.left()).isEqualTo(lastLeft + 1);
                    lastLeft = step.left();
                }
                if (step.right() >= 0) {
                    assertThat(step.right()).isEqualTo(lastRight + 1);
                    lastRight = step.right();
                }
                if (step.paired()) {
                    assertThat(a.get(step.left())).isEqualTo(b.get(step.right()));
                    paired++;
                }
            }
            assertThat(lastLeft).isEqualTo(a.size() - 1);
            assertThat(lastRight).isEqualTo(b.size() - 1);
            assertThat(paired).as("%s / %s", a, b).isEqualTo(lcsLength(a, b));
        }
    }

    private static List<String> randomNames(Random random, int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(String.valueOf((char) ('a' + random.nextInt(4))));
        }
        return names;
    }

    /** The textbook table, for checking. */
    private static int lcsLength(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                table[i][j] = a.get(i - 1).equals(b.get(j - 1))
                        ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        return table[a.size()][b.size()];
    }
}
