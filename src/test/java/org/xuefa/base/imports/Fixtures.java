package org.xuefa.base.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A small importer for the framework's tests: external training hours, as HR records them. */
final class Fixtures {
    private static final Column.Family COLUMNS = Column.family("test.column.");
    static final Column<String> STAFF = COLUMNS.of("STAFF_NUMBER", "staffNumber", Column.Need.VALUE, Parsers.code(10),
            "工号|人员编号", "staff number|staff no");
    static final Column<String> COURSE = COLUMNS.of("COURSE", "course", Column.Need.VALUE, Parsers.text(20),
            "课程名称|课程", "course|course title");
    static final Column<LocalDate> DAY = COLUMNS.of("DAY", "day", Column.Need.OPTIONAL, Parsers.date(),
            "培训日期|日期", "date|training date");
    static final Column<BigDecimal> HOURS = COLUMNS.of("HOURS", "hours", Column.Need.COLUMN, Parsers.decimal(),
            "学时", "hours");
    static final Column<Boolean> CERTIFICATE = COLUMNS.of("CERTIFICATE", "certificate", Column.Need.OPTIONAL,
            Parsers.bool(), "有证书|证书", "certificate");
    static final Table TRAINING = new Table("TRAINING", List.of(STAFF, COURSE, DAY, HOURS, CERTIFICATE),
            Names.of("test.sheet.training", "培训|学时", "training"));
    static final Table PEOPLE = new Table("PEOPLE", List.of(STAFF, COLUMNS.of("NAME", "name", Column.Need.VALUE,
            Parsers.text(10), "姓名", "name")), Names.of("test.sheet.people", "人员", "people"));
    static final Names HELP = Names.of("test.sheet.help", "说明", "help");

    private Fixtures() {
    }

    static ImportFormat.Builder format(ImportFormat.UnknownSheets unknown) {
        return ImportFormat.builder("test.error").table(TRAINING).table(PEOPLE).skip(HELP).unknownSheets(unknown);
    }
}
