package org.xuefa.studyrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xuefa.ServiceTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.base.BusinessException;
import org.xuefa.base.FileStore;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;

class StudyRecordsTest extends ServiceTestBase {
    private static final Instant NOW = TestClockConfig.NOW;
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    StudyRecords records;

    @Autowired
    SessionRoster rosters;

    @Autowired
    RecordAttachments attachments;

    @Autowired
    SessionReflections reflections;
    @Autowired
    StudySessions sessions;
    @Autowired
    FileStore store;

    /** As the organizer: a session of the brigade that began an hour ago, with the cadre marked present. */
    private SessionRecord heldSession() {
        loginAs("organizer");
        Instant start = NOW.minus(Duration.ofHours(1));
        SessionRecord s = sessions.create(new SessionData(unit("tangpeng"), SessionKind.CASE_BASED,
                "记录测试 " + UUID.randomUUID(), start, start.plus(Duration.ofMinutes(90)), "大队会议室", null, "王律师",
                "法律顾问", List.of(new StudiedLaw("admin-compulsion-2011", "第三十五条")), List.of(),
                Set.of(AudienceRule.unit(unit("brigade"))), null), null).get(0);
        rosters.mark(s.id(), official("TP-022"), AttendanceStatus.PRESENT, null);
        rosters.mark(s.id(), official("TP-021"), AttendanceStatus.ABSENT, "外出执法");
        return s;
    }

    @Test
    void the_organizer_writes_the_record_and_a_stale_edit_is_refused() {
        SessionRecord s = heldSession();
        StudyRecordDetails first = records.save(s.id(), "主讲人讲解了**强制执行**程序。", "- 先催告\n- 再决定", -1);
        assertThat(first.written()).isTrue();
        assertThat(first.summaryHtml()).contains("<strong>强制执行</strong>");
        assertThat(first.keyPointsHtml()).contains("<li>先催告</li>");

        StudyRecordDetails second = records.save(s.id(), "改过的摘要", "- 先催告", first.recordVersion());
        assertThat(second.summary()).isEqualTo("改过的摘要");
        assertThat(second.recordVersion()).isGreaterThan(first.recordVersion());

        // someone else saw the first version, or saw no record at all
        assertThatThrownBy(() -> records.save(s.id(), "迟到的修改", null, first.recordVersion()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.conflict");
        assertThatThrownBy(() -> records.save(s.id(), "也以为没有记录", null, -1))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.conflict");
        assertThat(records.view(s.id()).summary()).isEqualTo("改过的摘要");
    }

    @Test
    void markdown_in_the_record_cannot_carry_script() {
        SessionRecord s = heldSession();
        StudyRecordDetails d = records.save(s.id(), "<script>alert(1)</script><img src=x onerror=alert(2)>正文",
                "[链接](javascript:alert(3))", -1);
        assertThat(d.summaryHtml()).doesNotContain("<script", "<img").contains("&lt;script&gt;");
        assertThat(d.keyPointsHtml()).doesNotContain("javascript:");
    }

    @Test
    void only_organizers_in_scope_write_while_leaders_read_and_strangers_see_nothing() {
        SessionRecord s = heldSession();
        records.save(s.id(), "摘要", null, -1);

        loginAs("leader");
        StudyRecordDetails asLeader = records.view(s.id());
        assertThat(asLeader.canEdit()).isFalse();
        assertThat(asLeader.canSeeAll()).isTrue();
        assertThatThrownBy(() -> records.save(s.id(), "领导改", null, asLeader.recordVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.signInSheetPdf(s.id(), null)).isInstanceOf(AccessDeniedException.class);

        loginAs("cadre");
        assertThatThrownBy(() -> records.save(s.id(), "干部改", null, 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(records.view(s.id()).invited()).isTrue();

        // an official of the other town is neither invited nor in scope
        loginAsOfficial(official("SJ-022"));
        assertThatThrownBy(() -> records.view(s.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void attachments_are_judged_by_their_content_not_their_name() throws IOException {
        SessionRecord s = heldSession();
        assertThat(attachments.attach(s.id(), "现场照片.docx", PNG).kind()).isEqualTo(AttachmentKind.PNG);
        assertThat(attachments.attach(s.id(), "讲稿", office("word/document.xml")).kind()).isEqualTo(AttachmentKind.DOCX);
        assertThat(attachments.attach(s.id(), "课件.pdf", office("ppt/presentation.xml")).kind())
                .isEqualTo(AttachmentKind.PPTX);
        assertThatThrownBy(() -> attachments.attach(s.id(), "photo.jpg", "not a picture".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("studyRecord.attachment.error.type");
        // a spreadsheet is a ZIP too, but neither slides nor a document
        assertThatThrownBy(() -> attachments.attach(s.id(), "名单.docx", office("xl/workbook.xml")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("studyRecord.attachment.error.type");
        assertThatThrownBy(() -> attachments.attach(s.id(), "空.png", new byte[0]))
                .isInstanceOf(BusinessException.class).hasMessageContaining("studyRecord.attachment.error.empty");
        byte[] huge = Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1);
        assertThatThrownBy(() -> attachments.attach(s.id(), "大.png", huge))
                .isInstanceOf(BusinessException.class).hasMessageContaining("studyRecord.attachment.error.too-large");
        assertThat(records.view(s.id()).attachments()).extracting(AttachmentInfo::fileName)
                .containsExactly("现场照片.docx", "讲稿", "课件.pdf");
    }

    @Test
    void an_attachment_lives_under_a_random_name_is_read_by_invitees_and_goes_when_removed() throws IOException {
        SessionRecord s = heldSession();
        AttachmentInfo a = attachments.attach(s.id(), "../../etc/现场照片.png", PNG);
        assertThat(a.fileName()).isEqualTo("现场照片.png");
        Path dir = store.root().resolve("sessions").resolve(String.valueOf(s.id()));
        List<Path> stored;
        try (var files = Files.list(dir)) {
            stored = files.toList();
        }
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).getFileName().toString()).matches("[0-9a-f]{32}");
        assertThat(Files.readAllBytes(stored.get(0))).isEqualTo(PNG);

        loginAs("cadre");
        assertThat(attachments.download(s.id(), a.id())).hasValueSatisfying(f -> {
            assertThat(f.content()).isEqualTo(PNG);
            assertThat(f.contentType()).isEqualTo("image/png");
        });
        assertThatThrownBy(() -> attachments.removeAttachment(a.id())).isInstanceOf(AccessDeniedException.class);
        loginAsOfficial(official("SJ-022"));
        assertThatThrownBy(() -> attachments.download(s.id(), a.id())).isInstanceOf(AccessDeniedException.class);

        loginAs("organizer");
        attachments.removeAttachment(a.id());
        assertThat(stored.get(0)).doesNotExist();
        assertThat(records.view(s.id()).attachments()).isEmpty();
    }

    @Test
    void attendees_reflect_once_when_asked_and_only_if_they_came() {
        SessionRecord s = heldSession();
        loginAs("cadre");
        assertThatThrownBy(() -> reflections.reflect(s.id(), "还没要求就写"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("not-requested");

        loginAs("organizer");
        StudyRecordDetails d = records.requestReflections(s.id(), true, -1);
        assertThat(d.reflectionsRequested()).isTrue();

        loginAs("cadre");
        assertThat(records.view(s.id()).mayReflect()).isTrue();
        ReflectionRecord first = reflections.reflect(s.id(), "催告程序不能省。");
        ReflectionRecord edited = reflections.reflect(s.id(), "催告和公告都不能省。");
        assertThat(edited.id()).isEqualTo(first.id());
        assertThat(edited.officialName()).isEqualTo("罗文杰");
        assertThatThrownBy(() -> reflections.reflect(s.id(), "字".repeat(1001)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("too-long");
        assertThatThrownBy(() -> reflections.reflect(s.id(), "  "))
                .isInstanceOf(BusinessException.class).hasMessageContaining("reflection.error.empty");
        StudyRecordDetails mine = records.view(s.id());
        assertThat(mine.myReflection().text()).isEqualTo("催告和公告都不能省。");
        assertThat(mine.reflections()).as("a cadre sees only their own").isEmpty();

        // the brigade leader was marked absent
        loginAsOfficial(official("TP-021"));
        assertThat(records.view(s.id()).mayReflect()).isFalse();
        assertThatThrownBy(() -> reflections.reflect(s.id(), "我没来"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("not-attended");

        loginAs("leader");
        assertThat(records.view(s.id()).reflections()).extracting(ReflectionRecord::text)
                .containsExactly("催告和公告都不能省。");
    }

    /** A ZIP like an Office file: the content-types part and one part that says which kind. */
    static byte[] office(String part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
