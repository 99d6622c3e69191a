package org.xuefa.studylive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xuefa.base.BusinessException;
import org.xuefa.course.LawRef;
import org.xuefa.course.Option;
import org.xuefa.course.Question;
import org.xuefa.course.QuestionType;

class LiveQuizRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    private static Question multiple() {
        return new Question("m1", QuestionType.MULTIPLE, "哪些是行政处罚？",
                List.of(new Option("A", "警告"), new Option("B", "罚款"), new Option("C", "批评教育"),
                        new Option("D", "行政拘留")), Set.of("A", "B", "D"), "第九条", 2, List.of(),
                new LawRef("admin-penalty-2021", 9), 0);
    }

    private static Question single() {
        return new Question("s1", QuestionType.SINGLE, "限制人身自由的行政处罚只能由什么设定？",
                List.of(new Option("A", "法律"), new Option("B", "行政法规"), new Option("C", "地方性法规")),
                Set.of("A"), "第十条", 1, List.of(), new LawRef("admin-penalty-2021", 10), 0);
    }

    private static String tokenOf(LiveQuestionRun run, String key) {
        return run.tokens().get(run.keys().indexOf(key));
    }

    @Test
    void only_exactly_the_key_is_right_and_a_partly_right_multiple_choice_is_wrong() {
        LiveQuestionRun run = new LiveQuestionRun(1L, 1, "c", multiple(), NOW, new Random(7));
        assertThat(run.isCorrect(Set.of("A", "B", "D"))).isTrue();
        assertThat(run.isCorrect(Set.of("A", "B"))).isFalse();
        assertThat(run.isCorrect(Set.of("A", "B", "C", "D"))).isFalse();
        assertThat(run.keysFor(Set.of(tokenOf(run, "A"), tokenOf(run, "D")))).containsExactly("A", "D");
    }

    @Test
    void answering_later_scores_the_same_as_answering_first() {
        LiveQuestionRun run = new LiveQuestionRun(1L, 1, "c", single(), NOW, new Random(7));
        LiveAnswer quick = new LiveAnswer(run, 10L, 100L);
        LiveAnswer slow = new LiveAnswer(run, 11L, 101L);
        quick.choose(run, Set.of("A"), NOW.plusSeconds(1));
        slow.choose(run, Set.of("A"), NOW.plusSeconds(55));
        assertThat(quick.correct()).isTrue();
        assertThat(slow.correct()).isEqualTo(quick.correct());
    }

    @Test
    void a_changed_answer_replaces_the_first_and_is_graded_anew() {
        LiveQuestionRun run = new LiveQuestionRun(1L, 1, "c", single(), NOW, new Random(7));
        LiveAnswer a = new LiveAnswer(run, 10L, 100L);
        a.choose(run, Set.of("B"), NOW);
        assertThat(a.correct()).isFalse();
        a.choose(run, Set.of("A"), NOW.plusSeconds(5));
        assertThat(a.correct()).isTrue();
        assertThat(a.chosenKeys()).containsExactly("A");
    }

    @Test
    void tokens_say_nothing_about_the_options_and_unknown_or_too_many_choices_are_refused() {
        LiveQuestionRun run = new LiveQuestionRun(1L, 1, "c", single(), NOW, new Random(7));
        assertThat(run.tokens()).doesNotContainAnyElementsOf(run.keys()).allMatch(t -> t.length() == 10)
                .doesNotHaveDuplicates();
        assertThatThrownBy(() -> run.keysFor(Set.of("zzzzzzzzzz"))).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("live.error.bad-option");
        assertThatThrownBy(() -> run.keysFor(Set.of(tokenOf(run, "A"), tokenOf(run, "B"))))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("live.error.one-choice");
        assertThatThrownBy(() -> run.keysFor(Set.of())).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("live.error.no-choice");
    }

    @Test
    void after_the_reveal_no_answer_is_taken_and_a_second_reveal_changes_nothing() {
        LiveQuestionRun run = new LiveQuestionRun(1L, 1, "c", single(), NOW, new Random(7));
        assertThat(run.reveal(NOW.plusSeconds(30))).isTrue();
        assertThat(run.reveal(NOW.plusSeconds(40))).isFalse();
        assertThat(run.status()).isEqualTo(LiveRunStatus.REVEALED);
        assertThatThrownBy(() -> run.keysFor(Set.of(tokenOf(run, "A"))))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("live.error.revealed");
    }

    @Test
    void true_false_keeps_its_order_and_the_key_maps_to_its_token() {
        Question tf = new Question("t1", QuestionType.TRUEFALSE, "乡镇人民政府可以承接行政处罚权。", List.of(),
                Set.of("true"), "第二十四条", 1, List.of(), new LawRef("admin-penalty-2021", 24), 0);
        LiveQuestionRun run = new LiveQuestionRun(1L, 1, "c", tf, NOW, new Random(3));
        assertThat(run.keys()).containsExactly("true", "false");
        assertThat(run.tokensOf(run.answerKeys())).containsExactly(run.tokens().get(0));
    }

    @Test
    void opening_after_the_end_resumes_the_quiz_with_the_next_position() {
        LiveQuizState state = new LiveQuizState(1L, NOW);
        assertThat(state.nextPosition()).isEqualTo(1);
        state.end(NOW.plusSeconds(60));
        assertThat(state.ended()).isTrue();
        assertThat(state.nextPosition()).isEqualTo(2);
        assertThat(state.ended()).isFalse();
    }
}
