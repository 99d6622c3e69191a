package org.xuefa.overview;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.xuefa.certification.CredentialStatus;
import org.xuefa.quiz.ExamSummary;
import org.xuefa.study.SessionKind;

/**
 * The draft prose of the annual report material, in the register of a town's 法治政府建设年度报告 (see the seed
 * report): every figure is live, every sentence is a draft for the office to edit, and the document says so at the
 * top. Shortfalls found in the figures turn into next year's measures.
 */
public final class AnnualDraft {
    /** The banner at the top of the document and the screen. */
    public static final String DRAFT_MARK = "【草稿】以下数字由学法系统按实时数据生成，文字为供办公室修改的初稿，定稿前请核对并修改。";
    private static final DateTimeFormatter MD = DateTimeFormatter.ofPattern("M月d日");

    private AnnualDraft() {
    }

    /** A heading and its paragraphs. */
    public record Section(String heading, List<String> paragraphs) {
    }

    /** A rate as a percentage, "—" where nothing was measured (nobody invited, nobody sat). */
    static String pct(Double v) {
        return v == null ? "—" : Math.round(v * 1000) / 10.0 + "%";
    }

    public static List<Section> sections(AnnualFacts f) {
        List<Section> out = new ArrayList<>();
        out.add(new Section("一、领导班子集体学法", List.of(collective(f))));
        out.add(new Section("二、专题学法和培训", List.of(thematic(f))));
        out.add(new Section("三、年度学法考试", exam(f)));
        out.add(new Section("四、学时完成情况", List.of(hours(f))));
        out.add(new Section("五、执法人员配备和持证情况", staffing(f)));
        List<String> shortfalls = shortfalls(f);
        out.add(new Section("六、存在的问题和不足", shortfalls));
        out.add(new Section("七、" + (f.year() + 1) + " 年工作打算", measures(f)));
        return out;
    }

    private static String collective(AnnualFacts f) {
        var lines = f.ofKind(SessionKind.LEADERSHIP_COLLECTIVE);
        if (lines.isEmpty()) {
            return f.year() + " 年，" + f.unitName() + "未在系统中记录领导班子集体学法。";
        }
        String dates = lines.stream().map(l -> l.date().format(MD) + "学习“" + l.title() + "”"
                + (l.speaker() == null || l.speaker().isBlank() ? "" : "（主讲：" + l.speaker() + "）"))
                .collect(Collectors.joining("；"));
        long counsel = f.sessions().stream().filter(AnnualFacts.SessionLine::counsel).count();
        return f.year() + " 年，" + f.unitName() + "坚持领导班子集体学法制度，全年共组织领导班子集体学法 " + lines.size()
                + " 次：" + dates + "。" + (counsel > 0 ? "全年邀请法律顾问授课 " + counsel + " 次。" : "");
    }

    private static String thematic(AnnualFacts f) {
        Map<SessionKind, Long> byKind = f.sessions().stream().filter(s -> s.kind() != SessionKind.LEADERSHIP_COLLECTIVE)
                .collect(Collectors.groupingBy(AnnualFacts.SessionLine::kind, Collectors.counting()));
        if (byKind.isEmpty()) {
            return "各部门未在系统中记录专题学法或培训。";
        }
        Set<String> units = new LinkedHashSet<>();
        f.sessions().stream().filter(s -> s.kind() != SessionKind.LEADERSHIP_COLLECTIVE)
                .forEach(s -> units.add(s.unitName()));
        String kinds = byKind.entrySet().stream().map(e -> kindName(e.getKey()) + " " + e.getValue() + " 次")
                .collect(Collectors.joining("、"));
        return "以各业务部门为主体，根据部门实际定期和不定期开展专题学法和法律业务培训，全年共举行" + kinds
                + "，涉及" + String.join("、", units) + "。";
    }

    static String kindName(SessionKind kind) {
        return switch (kind) {
            case LEADERSHIP_COLLECTIVE -> "领导班子集体学法";
            case THEORY_GROUP -> "中心组学法";
            case PRE_MEETING -> "会前学法";
            case THEMATIC -> "专题学法";
            case LECTURE -> "法治讲座";
            case TRAINING -> "培训";
            case CASE_BASED -> "以案说法";
        };
    }

    private static List<String> exam(AnnualFacts f) {
        if (f.exam() == null) {
            return List.of(f.year() + " 年度学法考试尚未在系统中组织。");
        }
        ExamSummary.UnitResult t = f.exam().total();
        List<String> out = new ArrayList<>();
        out.add("组织开展“" + f.exam().exam().title() + "”，应考 " + t.audience() + " 人，实考 " + t.sat()
                + " 人，参考率 " + pct(t.participation()) + "，合格率 " + pct(t.passRate()) + "，优秀率 "
                + pct(t.excellence()) + "。");
        for (ExamSummary.UnitResult u : f.exam().units()) {
            out.add(u.unitName() + "：参考率 " + pct(u.participation()) + "，合格率 " + pct(u.passRate()) + "，优秀率 "
                    + pct(u.excellence()) + "。");
        }
        return out;
    }

    private static String hours(AnnualFacts f) {
        var h = f.hours();
        return "截至 " + f.asOf() + "，" + f.unitName() + "纳入学时管理的干部 " + h.people() + " 人，已完成全年学时要求 "
                + h.met() + " 人，学时进度落后 " + h.behind() + " 人，其中按现有进度年内已无法完成 " + h.cannotMakeIt()
                + " 人；全年累计集中培训 " + h.training().stripTrailingZeros().toPlainString() + " 学时、网络自学 "
                + h.online().stripTrailingZeros().toPlainString() + " 学时。";
    }

    private static List<String> staffing(AnnualFacts f) {
        List<String> out = new ArrayList<>(f.staffingSentences());
        Map<CredentialStatus, Integer> c = f.credentials();
        out.add("在册证件中，有效 " + c.getOrDefault(CredentialStatus.VALID, 0) + " 本，即将到期 "
                + c.getOrDefault(CredentialStatus.EXPIRING, 0) + " 本，已过期 " + c.getOrDefault(CredentialStatus.EXPIRED, 0)
                + " 本，因年审未通过暂停 " + c.getOrDefault(CredentialStatus.SUSPENDED, 0) + " 本。");
        return out;
    }

    private static List<String> shortfalls(AnnualFacts f) {
        List<String> out = new ArrayList<>();
        if (!f.shortQuarters().isEmpty()) {
            out.add("学法计划执行不够均衡，第" + f.shortQuarters().stream().map(String::valueOf)
                    .collect(Collectors.joining("、")) + "季度集体学法次数未达到计划。");
        }
        if (!f.unitsBelowPass().isEmpty()) {
            out.add(String.join("、", f.unitsBelowPass()) + "年度学法考试合格率低于 " + pct(f.passLine()) + "。");
        }
        if (f.concurrentUncertified() > 0) {
            out.add("执法力量不足，" + f.concurrentUncertified() + " 名兼职从事执法工作的人员未取得行政执法证。");
        }
        if (f.hours().behind() > 0) {
            out.add(f.hours().behind() + " 名干部学时进度落后。");
        }
        if (out.isEmpty()) {
            out.add("本年度系统数据未显示明显短板，请办公室结合实际补充。");
        }
        return out;
    }

    private static List<String> measures(AnnualFacts f) {
        List<String> out = new ArrayList<>();
        out.add("继续坚持领导班子集体学法制度，" + (f.shortQuarters().isEmpty() ? "保持" : "确保")
                + "每季度至少组织一次集体学法，做到有针对性、常态化、多渠道。");
        if (!f.unitsBelowPass().isEmpty()) {
            out.add("对" + String.join("、", f.unitsBelowPass()) + "组织考前辅导和补考，提高年度学法考试合格率。");
        }
        if (f.concurrentUncertified() > 0) {
            out.add("组织兼职执法人员参加执法资格培训和考试，落实持证上岗，并争取补足执法岗位编制。");
        }
        if (f.hours().behind() > 0) {
            out.add("按月提醒学时进度落后的干部，安排集中培训和网络自学，确保完成年度学时要求。");
        }
        out.add("健全行政执法岗位责任制，推进政务信息公开，自觉接受监督。");
        return out;
    }
}
