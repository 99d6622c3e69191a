package org.xuefa.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.Option;
import org.xuefa.course.PracticeMisses;
import org.xuefa.course.Question;
import org.xuefa.course.QuestionType;
import org.xuefa.security.Role;

/** Practice keeps the questions a cadre got wrong, and a retry takes them off when answered right. */
class PracticeMissesTest extends KaribuTestBase {
    @Autowired
    CourseCatalog catalog;
    @Autowired
    PracticeMisses misses;

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private void answer(Question q, boolean right) {
        RadioButtonGroup<Option> choices = _get(RadioButtonGroup.class, s -> s.withId("practice-choices"));
        choices.setValue(q.options().stream().filter(o -> q.answer().contains(o.key()) == right).findFirst()
                .orElseThrow());
        _click(_get(Button.class, s -> s.withId("practice-check")));
    }

    @Test
    void a_wrong_answer_is_kept_to_retry_and_leaves_when_answered_right_in_the_retry() {
        var cadre = fixtures.newPerson(fixtures.newTown().id(), Role.CADRE);
        loginAs(cadre.username());
        List<Question> singles = catalog.course("admin-penalty").orElseThrow().practiceQuestions().stream()
                .filter(x -> x.type() == QuestionType.SINGLE).limit(2).toList();
        navigate("courses/admin-penalty/practice");
        assertThat(_find(Anchor.class, s -> s.withId("practice-mode"))).isEmpty();
        PracticeView view = _get(PracticeView.class);
        view.useOrder(singles);
        assertThat(_find(Component.class, s -> s.withId("practice-feedback")).get(0).getElement()
                .getTextRecursively()).isEmpty();
        answer(singles.get(0), false);
        assertThat(text("practice-feedback")).contains("回答错误", "已加入错题本", singles.get(0).explanation());
        _click(_get(Button.class, s -> s.withId("practice-next")));
        answer(singles.get(1), true);
        assertThat(text("practice-feedback")).contains("回答正确").doesNotContain("错题本");
        assertThat(misses.missed("admin-penalty")).extracting(Question::id).containsExactly(singles.get(0).id());

        navigate("courses/admin-penalty/practice");
        Anchor retry = _get(Anchor.class, s -> s.withId("practice-mode"));
        assertThat(retry.getText()).isEqualTo("错题重练（1 道）");
        assertThat(retry.getHref()).isEqualTo("courses/admin-penalty/practice?missed");
        UI.getCurrent().navigate("courses/admin-penalty/practice", QueryParameters.fromString("missed"));
        assertThat(_get(H3.class, s -> s.withId("practice-stem")).getText()).isEqualTo(singles.get(0).stem());
        answer(singles.get(0), true);
        assertThat(text("practice-feedback")).contains("回答正确", "已移出错题本");
        assertThat(misses.missed("admin-penalty")).isEmpty();
        _click(_get(Button.class, s -> s.withId("practice-next")));
        assertThat(text("practice-empty")).isEqualTo("没有待重练的错题。");
    }
}
