package org.xuefa.studyrecord.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.base.i18n.Messages;
import org.xuefa.security.Role;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionFilter;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;
import org.xuefa.studycalendar.CalendarFeeds;
import org.xuefa.studyrecord.MyStudyRecord;
import org.xuefa.studyrecord.StudyRecords;
import org.xuefa.support.Fixtures;

class StudyRecordScreensTest extends KaribuTestBase {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    StudySessions sessions;

    @Autowired
    SessionRoster rosters;
    @Autowired
    StudyRecords records;
    @Autowired
    CalendarFeeds feeds;

    /** The demo town's case-based study on a forced demolition, which the demo gives a record. */
    private Long demoSession() {
        loginAs("admin");
        return sessions.list(new SessionFilter(null, null, SessionKind.CASE_BASED, null, "违法建设强制拆除"), 0, 1)
                .get(0).id();
    }

    /** The cadre of the test's own town (set by {@link #heldWithReflections()}). */
    private Fixtures.Person cadre;

    /**
     * As the organizer of a town of the test's own: a session held two hours ago, its one cadre present, reflections
     * asked; the demo town's records stay as they were.
     */
    private SessionRecord heldWithReflections() {
        Long town = fixtures.newTown().id();
        cadre = fixtures.newPerson(town, Role.CADRE);
        loginAs(fixtures.newAccount(Role.ORGANIZER, town, null));
        Instant start = TestClockConfig.NOW.minus(Duration.ofHours(2));
        SessionRecord s = sessions.create(new SessionData(town, SessionKind.THEMATIC, "心得测试 " + UUID.randomUUID(),
                start, start.plus(Duration.ofMinutes(60)), "大队会议室", null, "王律师", "法律顾问",
                List.of(new StudiedLaw("admin-penalty-2021", "")), List.of(), Set.of(AudienceRule.unit(town)), null),
                null).get(0);
        rosters.mark(s.id(), cadre.officialId(), AttendanceStatus.PRESENT, null);
        records.requestReflections(s.id(), true, -1);
        return s;
    }

    @Test
    void the_organizer_reads_the_demo_record_with_both_printouts_and_the_list_of_records() {
        Long id = demoSession();
        loginAs("organizer");
        navigate(StudyRecordView.route(id));
        TextArea summary = _get(TextArea.class, s -> s.withId("record-summary"));
        assertThat(summary.getValue()).contains("行政强制法");
        assertThat(_get(Anchor.class, s -> s.withId("sign-in-pdf")).getHref())
                .isEqualTo("/export/sessions/" + id + "/sign-in.pdf");
        assertThat(_get(Anchor.class, s -> s.withId("sign-in-pdf")).getText()).isEqualTo("打印签到表（PDF）");
        assertThat(_get(Anchor.class, s -> s.withId("record-pdf")).getHref())
                .isEqualTo("/export/sessions/" + id + "/record.pdf");
        assertThat(_get(Checkbox.class, s -> s.withId("reflections-requested")).getValue()).isTrue();
        assertThat(_get(StudyRecordView.class).getElement().getTextRecursively()).contains("学法记录：以案说法：一起违法建设强制拆除案",
                "学习心得", "已提交心得", "以案说法");
        navigate("session-records");
        assertThat(_get(StudyRecordsView.class).getElement().getTextRecursively()).contains("管理范围内的学法");
    }

    @Test
    void the_cadre_reads_the_demo_record_and_may_not_print_the_sheet() {
        Long id = demoSession();
        loginAs("cadre");
        navigate(StudyRecordView.route(id));
        assertThat(_get(StudyRecordView.class).getElement().getTextRecursively()).contains("内容摘要", "学习要点")
                .doesNotContain("打印签到表");
        assertThat(_get(TextArea.class, x -> x.withId("my-reflection")).getLabel()).isEqualTo("我的学习心得");
    }

    @Test
    void the_organizer_edits_a_record_and_its_version_rises() {
        SessionRecord s = heldWithReflections();
        navigate(StudyRecordView.route(s.id()));
        TextArea summary = _get(TextArea.class, x -> x.withId("record-summary"));
        long before = records.view(s.id()).recordVersion();
        _setValue(summary, summary.getValue() + "\n\n会后补充：文书模板已修订。");
        _click(_get(Button.class, x -> x.withId("record-save")));
        assertThat(records.view(s.id()).summary()).endsWith("会后补充：文书模板已修订。");
        assertThat(records.view(s.id()).recordVersion()).isEqualTo(before + 1);
    }

    @Test
    void the_organizer_attaches_a_photo_and_asks_for_reflections_from_the_page() {
        SessionRecord s = heldWithReflections();
        navigate(StudyRecordView.route(s.id()));
        _get(AttachmentsPanel.class).attach("合影.png", PNG);
        assertThat(records.view(s.id()).attachments()).extracting(a -> a.fileName()).containsExactly("合影.png");
        assertThat(_get(StudyRecordView.class).getElement().getTextRecursively()).contains("合影.png");
        assertThat(_find(Upload.class)).hasSize(1);

        Checkbox ask = _get(Checkbox.class, c -> c.withId("reflections-requested"));
        assertThat(ask.getValue()).isTrue();
        _setValue(ask, false);
        assertThat(records.view(s.id()).reflectionsRequested()).isFalse();
    }

    @Test
    void a_cadre_who_attended_reads_the_record_and_writes_a_reflection() {
        SessionRecord s = heldWithReflections();
        loginAs(cadre.username());
        navigate(StudyRecordView.route(s.id()));
        assertThat(_find(TextArea.class, x -> x.withId("record-summary"))).as("no editor for a cadre").isEmpty();
        assertThat(_find(Anchor.class, x -> x.withId("sign-in-pdf"))).as("no printouts for a cadre").isEmpty();
        TextArea mine = _get(TextArea.class, x -> x.withId("my-reflection"));
        _setValue(mine, "处罚前要告知陈述申辩权。");
        _click(_get(Button.class, x -> x.withId("reflection-submit")));
        assertThat(records.view(s.id()).myReflection().text()).isEqualTo("处罚前要告知陈述申辩权。");
        // the page is drawn again: the button now saves changes
        assertThat(_get(Button.class, x -> x.withId("reflection-submit")).getText()).isEqualTo("保存修改");

        navigate("session-records");
        @SuppressWarnings("unchecked")
        Grid<MyStudyRecord> grid = _get(Grid.class, x -> x.withId("my-records"));
        assertThat(GridKt._findAll(grid)).anyMatch(r -> r.session().id().equals(s.id()) && r.reflected());
        assertThat(_find(Grid.class, x -> x.withId("all-records"))).as("a cadre sees no scope list").isEmpty();
    }

    @Test
    void a_stranger_is_told_no_and_sees_nothing_of_the_record() {
        Long id = demoSession();
        loginAsOfficial(official("SJ-022"));
        navigate(StudyRecordView.route(id));
        String text = _get(StudyRecordView.class).getElement().getTextRecursively();
        assertThat(text).contains("您无权执行此操作").doesNotContain("行政强制法");
    }

    @Test
    void the_leader_reads_the_record_in_english_without_editing_it() {
        Long id = demoSession();
        loginAs("leader");
        useLocale(Messages.ENGLISH);
        navigate(StudyRecordView.route(id));
        String text = _get(StudyRecordView.class).getElement().getTextRecursively();
        assertThat(text).contains("Session record", "Summary", "Key points", "Reflections", "reflections submitted");
        assertThat(_find(TextArea.class, x -> x.withId("record-summary"))).isEmpty();
        navigate("session-records");
        @SuppressWarnings("unchecked")
        Grid<SessionRecord> all = _get(Grid.class, x -> x.withId("all-records"));
        assertThat(GridKt._findAll(all)).anyMatch(r -> r.id().equals(id));
    }
}
