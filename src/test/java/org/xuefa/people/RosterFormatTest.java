package org.xuefa.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.imports.Translations;

/** How roster files are spelled: full-width input, built-in Chinese labels, and the application's own labels. */
class RosterFormatTest {

    @Test
    void the_format_reads_full_width_input_and_the_apps_own_labels() {
        RosterFormat format = RosterFormat.standard();
        assertThat(format.parseEnum(UnitKind.class, "村（居）委会")).isEqualTo(UnitKind.VILLAGE_COMMITTEE);
        assertThat(format.parseEnum(UnitKind.class, "办公室 / 部门")).isEqualTo(UnitKind.OFFICE);
        assertThat(format.parseEnum(EmploymentType.class, " ＥＳＴＡＢＬＩＳＨＥＤ ")).isEqualTo(EmploymentType.ESTABLISHED);
        assertThat(format.parseEnum(PostKind.class, "正式")).isNull();
        assertThat(format.column(ImportKind.OFFICIALS, "工号（必填）")).isEqualTo(RosterColumn.OFFICIAL_STAFF_NUMBER);
        assertThat(format.column(ImportKind.OFFICIALS, "staff_number")).isEqualTo(RosterColumn.OFFICIAL_STAFF_NUMBER);
    }

    @Test
    void labels_and_headers_the_application_shows_in_english_are_read_back() {
        RosterFormat standard = RosterFormat.standard();
        RosterFormat translated = new RosterFormat(Translations.of(new Messages()));
        assertThat(standard.parseEnum(OfficialCategory.class, "Township-level leader")).isNull();
        assertThat(translated.parseEnum(OfficialCategory.class, "Township-level leader"))
                .isEqualTo(OfficialCategory.TOWNSHIP_LEADER);
        assertThat(translated.parseEnum(EmploymentType.class, "Part-time")).isEqualTo(EmploymentType.CONCURRENT);
        assertThat(translated.column(ImportKind.UNITS, "Sort order")).isEqualTo(RosterColumn.UNIT_SORT);
        assertThat(translated.format().tableNamed("Officials")).isEqualTo(translated.table(ImportKind.OFFICIALS));
        assertThat(translated.format().skipped("Instructions")).isTrue();
    }
}
