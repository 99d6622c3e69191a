package org.xuefa.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.base.i18n.Messages;

class VerifyViewTest extends KaribuTestBase {
    @Autowired
    private Messages messages;

    @Test
    void anyone_checking_an_unknown_code_is_told_it_is_unknown() {
        navigate("verify/ZZZZ-ZZZZ-ZZZZ");

        Paragraph unknown = _get(Paragraph.class, spec -> spec.withId("verify-unknown"));
        assertThat(unknown.getText())
                .isEqualTo(messages.getTranslation("verify.unknown", Messages.CHINESE, "ZZZZ-ZZZZ-ZZZZ"));
        assertThat(_find(Div.class, spec -> spec.withId("verify-details"))).isEmpty();
    }

    @Test
    void a_malformed_code_is_unknown_too_and_shown_in_english_when_asked() {
        useLocale(Messages.ENGLISH);
        navigate("verify/not-a-code");

        Paragraph unknown = _get(Paragraph.class, spec -> spec.withId("verify-unknown"));
        assertThat(unknown.getText())
                .isEqualTo(messages.getTranslation("verify.unknown", Messages.ENGLISH, "NOT-A-CODE"));
    }
}
