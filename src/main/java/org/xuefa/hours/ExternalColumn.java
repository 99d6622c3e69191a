package org.xuefa.hours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.xuefa.base.imports.Column;
import org.xuefa.base.imports.Column.Need;
import org.xuefa.base.imports.ImportFormat;
import org.xuefa.base.imports.Parsers;
import org.xuefa.base.imports.Table;

/**
 * The columns of an external-training import file. Headers may be Chinese or English; the aliases are written here
 * so that parsing does not depend on the translation bundle, and the first alias of each language is what the
 * templates write. In a workbook, every sheet whose header names at least two columns is read; others (such as the
 * template's instructions) are passed over.
 */
final class ExternalColumn {
    private static final Map<RequirementKind, List<String>> KIND_LABELS = Map.of(
            RequirementKind.TRAINING, List.of("集中培训", "培训", "集中", "concentrated training", "training"),
            RequirementKind.ONLINE, List.of("网络自学", "网络学习", "在线学习", "自学", "online self-study", "online"));
    private static final Column.Family COLUMNS = Column.family("externalImport.column.");
    static final Column<String> STAFF_NUMBER = COLUMNS.of("STAFF_NUMBER", "staffNumber", Need.VALUE,
            Parsers.code(64), "工号|人员编号|干部工号", "staff number|staff no|staff id");
    static final Column<String> TITLE = COLUMNS.of("TITLE", "title", Need.VALUE, Parsers.text(300),
            "培训名称|课程名称|培训班名称|培训项目", "training|title|course");
    static final Column<String> PROVIDER = COLUMNS.of("PROVIDER", "provider", Need.OPTIONAL, Parsers.text(200),
            "主办单位|举办单位|培训机构|组织单位", "organiser|organizer|provider");
    static final Column<LocalDate> STARTED = COLUMNS.of("STARTED", "startedOn", Need.OPTIONAL, Parsers.date(),
            "开始日期|开班日期|起始日期", "started on|start date|from");
    static final Column<LocalDate> FINISHED = COLUMNS.of("FINISHED", "finishedOn", Need.VALUE, Parsers.date(),
            "结束日期|结业日期|完成日期", "finished on|end date|to");
    static final Column<BigDecimal> HOURS = COLUMNS.of("HOURS", "hours", Need.VALUE, Parsers.decimal(),
            "学时|学时数|培训学时", "hours|credit hours");
    static final Column<String> CERTIFICATE = COLUMNS.of("CERTIFICATE", "certificate", Need.OPTIONAL,
            Parsers.code(100), "证书编号|结业证书编号|证书号", "certificate number|certificate|certificate no");
    static final Column<RequirementKind> COUNTS_TOWARD = COLUMNS.of("COUNTS_TOWARD", "countsToward", Need.OPTIONAL,
            Parsers.choice(RequirementKind.class, KIND_LABELS::get), "计入|计入要求|学时类别",
            "counts toward|requirement|kind");

    static final Table TABLE = Table.of("EXTERNAL_TRAINING",
            List.of(STAFF_NUMBER, TITLE, PROVIDER, STARTED, FINISHED, HOURS, CERTIFICATE, COUNTS_TOWARD));
    static final ImportFormat FORMAT = ImportFormat.builder("externalImport.error").table(TABLE)
            .unknownSheets(ImportFormat.UnknownSheets.SKIP).build();

    private ExternalColumn() {
    }

    /** The Chinese label a template writes for a requirement kind. */
    static String label(RequirementKind kind, boolean english) {
        return KIND_LABELS.get(kind).get(english ? 3 : 0);
    }
}
