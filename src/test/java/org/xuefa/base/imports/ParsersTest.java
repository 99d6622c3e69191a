package org.xuefa.base.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each cell parser with good and bad cells; a bad cell becomes a problem naming the column first. */
class ParsersTest {
    enum Level {
        LOW, VERY_HIGH
    }

    private static final Column<String> COLUMN = Column.family("test.column.").of("C", "c", Column.Need.VALUE,
            Parsers.text(0), "列", "column");

    private static ImportProblem refusal(CellParser<?> parser, String text) {
        try {
            parser.parse(text);
        } catch (InvalidCell e) {
            return e.problem("s", 2, "test.error", COLUMN);
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void text_keeps_what_was_written_up_to_its_length() {
        assertThat(Parsers.text(5).parse("张三 李四")).isEqualTo("张三 李四");
        assertThat(refusal(Parsers.text(3), "abcd")).isEqualTo(
                new ImportProblem("s", 2, "test.error.too-long", List.of("test.column.c", 3)));
        assertThat(Parsers.text(0).parse("x".repeat(5000))).hasSize(5000);
    }

    @Test
    void codes_are_folded_from_full_width() {
        assertThat(Parsers.code(10).parse("ＴＰ－０２１")).isEqualTo("TP-021");
        assertThat(refusal(Parsers.code(2), "ABC").messageKey()).isEqualTo("test.error.too-long");
    }

    @Test
    void integers_accept_excel_decimals_and_signs_but_not_fractions() {
        assertThat(Parsers.integer().parse("12")).isEqualTo(12);
        assertThat(Parsers.integer().parse("12.0")).isEqualTo(12);
        assertThat(Parsers.integer().parse("+3")).isEqualTo(3);
        assertThat(Parsers.integer().parse("-3")).isEqualTo(-3);
        assertThat(Parsers.integer().parse("１２")).isEqualTo(12);
        assertThat(refusal(Parsers.integer(), "1.5")).isEqualTo(
                new ImportProblem("s", 2, "test.error.invalid-number", List.of("test.column.c", "1.5")));
        assertThat(refusal(Parsers.integer(), "三").messageKey()).isEqualTo("test.error.invalid-number");
        assertThat(refusal(Parsers.nonNegativeInteger(), "-1").messageKey()).isEqualTo("test.error.negative-number");
        assertThat(Parsers.nonNegativeInteger().parse("0")).isZero();
    }

    @Test
    void decimals_accept_points_and_thousands_separators() {
        assertThat(Parsers.decimal().parse("2.5")).isEqualByComparingTo("2.5");
        assertThat(Parsers.decimal().parse("1,234.50")).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(Parsers.decimal().parse(".5")).isEqualByComparingTo("0.5");
        assertThat(Parsers.decimal().parse("-3")).isEqualByComparingTo("-3");
        assertThat(refusal(Parsers.decimal(), "2.5小时")).isEqualTo(
                new ImportProblem("s", 2, "test.error.invalid-decimal", List.of("test.column.c", "2.5小时")));
        assertThat(refusal(Parsers.decimal(), "1.2.3").messageKey()).isEqualTo("test.error.invalid-decimal");
    }

    @Test
    void booleans_accept_chinese_and_english_yes_and_no() {
        for (String yes : List.of("是", "yes", "YES", "Y", "true", "1", "√")) {
            assertThat(Parsers.bool().parse(yes)).as(yes).isTrue();
        }
        for (String no : List.of("否", "no", "No", "n", "FALSE", "0", "×")) {
            assertThat(Parsers.bool().parse(no)).as(no).isFalse();
        }
        assertThat(refusal(Parsers.bool(), "也许")).isEqualTo(
                new ImportProblem("s", 2, "test.error.invalid-boolean", List.of("test.column.c", "也许")));
    }

    @Test
    void dates_come_in_the_usual_forms_and_impossible_days_are_refused() {
        LocalDate day = LocalDate.of(2020, 9, 1);
        for (String text : List.of("2020-09-01", "2020-9-1", "2020/9/1", "2020.09.01", "2020年9月1日", "20200901",
                "2020-09-01 08:30", "2020-09-01T08:30:00", "２０２０－０９－０１")) {
            assertThat(Parsers.date().parse(text)).as(text).isEqualTo(day);
        }
        assertThat(refusal(Parsers.date(), "2020-02-30")).isEqualTo(
                new ImportProblem("s", 2, "test.error.invalid-date", List.of("test.column.c", "2020-02-30")));
        assertThat(refusal(Parsers.date(), "2020-13-01").messageKey()).isEqualTo("test.error.invalid-date");
        assertThat(refusal(Parsers.date(), "九月一日").messageKey()).isEqualTo("test.error.invalid-date");
    }

    @Test
    void choices_take_codes_in_any_case_and_labels_in_either_language() {
        CellParser<Level> level = Parsers.choice(Level.class,
                l -> l == Level.LOW ? List.of("低") : List.of("很高", "高"),
                l -> l == Level.LOW ? List.of("Low", "高") : List.of("Very high"));
        assertThat(level.parse("LOW")).isEqualTo(Level.LOW);
        assertThat(level.parse("very high")).isEqualTo(Level.VERY_HIGH);
        assertThat(level.parse("very-high")).isEqualTo(Level.VERY_HIGH);
        assertThat(level.parse("ｌｏｗ")).isEqualTo(Level.LOW);
        assertThat(level.parse("很高")).isEqualTo(Level.VERY_HIGH);
        assertThat(level.parse("Very high")).isEqualTo(Level.VERY_HIGH);
        assertThat(level.parse("高")).as("the first source claims a label").isEqualTo(Level.VERY_HIGH);
        assertThat(refusal(level, "中")).isEqualTo(
                new ImportProblem("s", 2, "test.error.invalid-choice", List.of("test.column.c", "中")));
    }

    @Test
    void a_verified_value_is_refused_in_the_importers_own_words_without_the_column() {
        CellParser<String> unitCode = Parsers.code(10).verify(c -> c.matches("[a-z-]+"), "unit.error.code-invalid");
        assertThat(unitCode.parse("ｏｆｆｉｃｅ")).isEqualTo("office");
        assertThat(refusal(unitCode, "Office 1")).isEqualTo(
                new ImportProblem("s", 2, "unit.error.code-invalid", List.of("Office 1")));
        assertThatThrownBy(() -> unitCode.parse("x".repeat(11))).isInstanceOf(InvalidCell.class);
    }
}
