package org.xuefa.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.SystemTask;
import org.xuefa.study.RosterRow;
import org.xuefa.study.SessionFilter;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.SessionStatus;
import org.xuefa.study.StudySessions;
import org.xuefa.studyrecord.SessionReflections;
import org.xuefa.studyrecord.StudyRecordDetails;
import org.xuefa.studyrecord.StudyRecords;

/**
 * The record of the demo town's last case-based study (the forced demolition of an illegal building): summary, key
 * points and two attendees' reflections; {@code cadre}, who attended, has not written theirs yet. Runs after
 * {@link DemoSessions}; does nothing when that session is missing or already has a record.
 */
@Component
@Profile("demo")
@Order(31)
class DemoSessionRecords implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoSessionRecords.class);
    private static final String CADRE = "TP-022";
    private static final String SUMMARY = """
            大队长陈志明以本镇 2025 年一起违法建设强制拆除案为例，讲解了《行政强制法》规定的强制执行程序。\
            该案当事人在责令限期拆除决定作出后既未申请行政复议、也未提起行政诉讼，又未在期限内自行拆除；\
            执法人员在实施强制拆除前依法进行了催告和公告，听取了当事人的陈述和申辩，全程记录。

            讨论中，大家对照案卷逐项检查了催告书、强制执行决定书的内容和送达，认为本案程序基本完整，\
            但催告书未写明当事人依法享有的陈述权和申辩权，今后须在文书模板中补齐。""";
    private static final String KEY_POINTS = """
            - 实施强制执行前，须先书面催告当事人履行义务（《行政强制法》第三十五条）。
            - 对违法的建筑物、构筑物、设施需要强制拆除的，应当由行政机关予以公告，限期当事人自行拆除（第四十四条）。
            - 当事人在法定期限内不申请行政复议或者提起行政诉讼，又不拆除的，行政机关才可以依法强制拆除。
            - 催告书、强制执行决定书须写明救济途径，并依法送达；现场执法全程记录。""";
    private static final List<String> REFLECTIONS = List.of(
            "这次以案说法让我对强制拆除的前置程序有了更清楚的认识：催告、公告、等待复议和诉讼期限，一步都不能少。"
                    + "今后办理同类案件，要先对照第三十五条和第四十四条自查文书，再上报审批。",
            "我体会到违法建设的查处要从源头抓起：发现苗头及时责令停止建设，"
                    + "比事后强制拆除成本低得多。案例中的文书问题也提醒我们，格式文书要定期按最新法律修订。");

    private final StudySessions sessions;
    private final SessionRoster roster;
    private final StudyRecords records;
    private final SessionReflections reflections;
    private final OrgUnits orgUnits;

    DemoSessionRecords(StudySessions sessions, SessionRoster roster, StudyRecords records,
            SessionReflections reflections, OrgUnits orgUnits) {
        this.sessions = sessions;
        this.roster = roster;
        this.records = records;
        this.reflections = reflections;
        this.orgUnits = orgUnits;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoStep.run(log, "record of the case-based study", () -> SystemTask.run(() -> {
            Long town = orgUnits.visibleTree().stream().filter(u -> "tangpeng".equals(u.code()))
                    .map(OrgUnitRecord::id).findFirst().orElse(null);
            if (town == null) {
                return;
            }
            SessionRecord session = sessions.list(new SessionFilter(town, null, SessionKind.CASE_BASED,
                    SessionStatus.CLOSED, "违法建设强制拆除"), 0, 1).stream().findFirst().orElse(null);
            if (session == null || records.view(session.id()).written()) {
                return;
            }
            StudyRecordDetails d = records.save(session.id(), SUMMARY, KEY_POINTS, -1);
            records.requestReflections(session.id(), true, d.recordVersion());
            List<RosterRow> writers = roster.roster(session.id()).stream()
                    .filter(r -> r.status() != null && r.status().attended() && !CADRE.equals(r.staffNumber()))
                    .limit(REFLECTIONS.size()).toList();
            for (int i = 0; i < writers.size(); i++) {
                String text = REFLECTIONS.get(i);
                SystemTask.runAsOfficial(writers.get(i).officialId(), () -> reflections.reflect(session.id(), text));
            }
            log.info("Demo record of study session #{} {} with {} reflections", session.id(), session.title(),
                    writers.size());
        }));
    }
}
