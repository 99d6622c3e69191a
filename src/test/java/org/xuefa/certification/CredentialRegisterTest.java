package org.xuefa.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.ServiceTestBase;
import org.xuefa.base.i18n.Messages;

/**
 * The register of a town of a few hundred generated credentials, paged, sorted, filtered and counted by the
 * database, against counts computed here from the entities' own statuses; and its exports.
 */
@Transactional // the town of this test is rolled back
class CredentialRegisterTest extends ServiceTestBase {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Autowired
    CredentialRegister register;
    @Autowired
    CredentialRepository credentials;
    @Autowired
    CredentialTypeRepository types;

    private RegisterTown town;

    @BeforeEach
    void aTown() {
        town = new RegisterTown(fixtures, credentials, types, 300, 7);
        loginAs(town.hr);
    }

    @Test
    void counts_by_status_type_unit_text_and_expiry_match_the_entities() {
        assertThat(register.count(CredentialFilter.all())).isEqualTo(300);
        for (CredentialStatus status : CredentialStatus.values()) {
            assertThat(register.count(new CredentialFilter(null, status, null, null, null))).as("%s", status)
                    .isEqualTo(count(s -> s.statusOn(TODAY) == status));
            assertThat(register.countByStatus(CredentialFilter.all()).get(status))
                    .isEqualTo(count(s -> s.statusOn(TODAY) == status));
        }
        assertThat(register.count(new CredentialFilter("ENFORCEMENT", CredentialStatus.EXPIRING, null, null, null)))
                .isEqualTo(count(s -> s.typeCode().equals("ENFORCEMENT") && s.statusOn(TODAY) == CredentialStatus.EXPIRING));
        assertThat(register.count(new CredentialFilter(town.windowType, null, null, null, null)))
                .isEqualTo(count(s -> s.typeCode().equals(town.windowType)));
        assertThat(register.count(new CredentialFilter(null, null, null, town.unit.id(), null)))
                .as("the unit and its sub-unit").isEqualTo(count(s -> !s.unitId().equals(town.town.id())));
        assertThat(register.count(new CredentialFilter(null, null, null, town.subUnit.id(), null)))
                .isEqualTo(count(s -> s.unitId().equals(town.subUnit.id())));
        assertThat(register.count(new CredentialFilter(null, null, 90, null, null))).as("entitling, expiring in 90 days")
                .isEqualTo(count(s -> s.statusOn(TODAY).entitles() && s.expiresOn() != null
                        && !s.expiresOn().isAfter(TODAY.plusDays(90))));
        assertThat(register.count(new CredentialFilter(null, null, null, null, town.tag + "001"))).as("by number")
                .isEqualTo(count(s -> s.number().contains(town.tag + "001")));
        assertThat(register.count(new CredentialFilter(null, null, null, null, "100%_"))).isZero();
    }

    @Test
    void pages_cover_the_filtered_register_once_in_the_order_asked() {
        CredentialFilter expiring = new CredentialFilter(null, CredentialStatus.VALID, null, town.unit.id(), null);
        long total = count(s -> s.statusOn(TODAY) == CredentialStatus.VALID && !s.unitId().equals(town.town.id()));
        for (CredentialSort sort : List.of(CredentialSort.byUnit(), new CredentialSort(CredentialSort.Key.ISSUED,
                false), new CredentialSort(CredentialSort.Key.EXPIRES, true), new CredentialSort(CredentialSort.Key.NUMBER,
                        true), new CredentialSort(CredentialSort.Key.STATUS, false))) {
            List<CredentialRecord> all = new ArrayList<>();
            for (int offset = 0; offset < total + 20; offset += 17) {
                List<RegisterEntry> page = register.page(expiring, sort, offset, 17);
                assertThat(page.size()).isLessThanOrEqualTo(17);
                page.forEach(e -> all.add(e.credential()));
            }
            assertThat(all).as("%s", sort).hasSize((int) total);
            assertThat(new HashSet<>(all.stream().map(CredentialRecord::id).toList())).hasSize((int) total);
            assertThat(all).allMatch(r -> r.status() == CredentialStatus.VALID);
            Comparator<CredentialRecord> order = switch (sort.key()) {
                case ISSUED -> Comparator.comparing(CredentialRecord::issuedOn);
                case EXPIRES -> Comparator.comparing(CredentialRecord::expiresOn,
                        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder().reversed()));
                case NUMBER -> Comparator.comparing(CredentialRecord::number).reversed();
                default -> (a, b) -> 0;
            };
            assertThat(all).as("%s", sort).isSortedAccordingTo(order);
        }
    }

    @Test
    void each_row_carries_its_risks_and_holder() {
        List<RegisterEntry> page = register.page(new CredentialFilter("ENFORCEMENT", null, null, null, null), null, 0,
                50);
        assertThat(page).isNotEmpty().allSatisfy(e -> {
            assertThat(e.credential().holderName()).startsWith("测试");
            assertThat(e.risks()).isNotNull();
        });
        // no study hours and no exam in the new town: entitling credentials issued before this year are behind
        assertThat(page).filteredOn(e -> e.credential().status().entitles() && e.credential().issuedOn().getYear() < 2026)
                .isNotEmpty().allMatch(e -> e.risks().contains(RiskReason.HOURS_BEHIND));
    }

    @Test
    void the_exports_hold_the_filtered_rows_and_are_named_for_the_scope_and_day() throws Exception {
        CredentialFilter filter = new CredentialFilter(null, CredentialStatus.EXPIRED, null, null, null);
        long expired = count(s -> s.statusOn(TODAY) == CredentialStatus.EXPIRED);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        register.exportCsv(filter, Messages.CHINESE, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(expired + 1);
        assertThat(text.lines().skip(1)).allMatch(l -> l.contains("已过期"));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        register.exportXlsx(CredentialFilter.all(), Messages.ENGLISH, xlsx);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("a header and 300 rows").isEqualTo(300);
        }
        assertThat(register.fileName(filter, "csv")).isEqualTo("credentials-" + town.town.code() + "-2026-11-26.csv");
        assertThat(register.fileName(new CredentialFilter(null, null, null, town.subUnit.id(), null), "xlsx"))
                .isEqualTo("credentials-" + town.subUnit.code() + "-2026-11-26.xlsx");
    }

    @Test
    void another_towns_hr_sees_none_of_it_and_a_cadre_nothing() {
        loginAs("hr");
        assertThat(register.count(new CredentialFilter(null, null, null, null, town.tag))).isZero();
        assertThat(register.count(new CredentialFilter(null, null, null, town.unit.id(), null))).isZero();
        loginAs("cadre");
        assertThatThrownBy(() -> register.page(CredentialFilter.all(), null, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.exportXlsx(CredentialFilter.all(), Messages.CHINESE,
                new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }

    private long count(Predicate<RegisterTown.Sample> which) {
        return town.samples.stream().filter(which).count();
    }
}
