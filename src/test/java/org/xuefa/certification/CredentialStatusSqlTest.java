package org.xuefa.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.ServiceTestBase;
import org.xuefa.security.Role;

/**
 * The status the database computes ({@link StatusSql}) is the status the entity computes
 * ({@link Credential#statusOn}), for every credential of a varied town and of the demo, on days around month ends
 * where the renewal window's month arithmetic clamps, and before and after suspensions and revocations.
 */
@Transactional // the town of this test is rolled back
class CredentialStatusSqlTest extends ServiceTestBase {
    private static final Role[] READERS = {Role.HR, Role.LEADER};
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 25),
            LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 31),
            LocalDate.of(2027, 2, 27), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31),
            LocalDate.of(2027, 4, 30), LocalDate.of(2027, 6, 30), LocalDate.of(2026, 10, 31),
            LocalDate.of(2028, 2, 29));

    @Autowired
    CredentialRepository credentials;
    @Autowired
    CredentialTypeRepository types;
    @Autowired
    RegisterQueries queries;

    @Test
    void the_database_and_the_entity_agree_on_every_status_of_a_varied_town_on_every_day() {
        RegisterTown town = new RegisterTown(fixtures, credentials, types, 240, 11);
        loginAs(town.hr);
        for (LocalDate day : DAYS) {
            Map<Long, CredentialStatus> sql = statuses(CredentialFilter.all(), day);
            assertThat(sql).as("every credential of the town, on %s", day).hasSize(town.samples.size());
            for (RegisterTown.Sample s : town.samples) {
                assertThat(sql.get(s.id())).as("%s %s (issued %s, expires %s) on %s", s.typeCode(), s.number(),
                        s.issuedOn(), s.expiresOn(), day).isEqualTo(s.statusOn(day));
            }
            Map<CredentialStatus, Long> expected = new EnumMap<>(CredentialStatus.class);
            for (CredentialStatus status : CredentialStatus.values()) {
                long java = town.samples.stream().filter(s -> s.statusOn(day) == status).count();
                expected.put(status, java);
                assertThat(queries.count(queries.where(new CredentialFilter(null, status, null, null, null), day,
                        READERS))).as("%s on %s", status, day).isEqualTo(java);
            }
            assertThat(queries.countByStatus(queries.where(CredentialFilter.all(), day, READERS)))
                    .isEqualTo(expected);
        }
        // the town has every status on the test's day, so each condition was exercised
        assertThat(town.samples.stream().map(s -> s.statusOn(LocalDate.of(2026, 11, 26))).distinct())
                .containsExactlyInAnyOrder(CredentialStatus.values());
    }

    @Test
    void the_database_and_the_entity_agree_on_every_credential_of_the_demo() {
        loginAs("admin");
        Map<String, Integer> windows = types.findAll().stream()
                .collect(Collectors.toMap(CredentialType::code, CredentialType::renewalWindowMonths));
        Map<Long, Credential> all = credentials.findAll().stream()
                .collect(Collectors.toMap(Credential::getId, Function.identity()));
        assertThat(all).isNotEmpty();
        for (LocalDate day : DAYS) {
            Map<Long, CredentialStatus> sql = statuses(CredentialFilter.all(), day);
            assertThat(sql.keySet()).as("an administrator reads them all").containsAll(all.keySet());
            all.forEach((id, c) -> assertThat(sql.get(id)).as("credential %s on %s", c.number(), day)
                    .isEqualTo(c.statusOn(day, windows.getOrDefault(c.typeCode(), 0))));
        }
    }

    private Map<Long, CredentialStatus> statuses(CredentialFilter filter, LocalDate day) {
        Map<Long, CredentialStatus> result = new HashMap<>();
        queries.forEach(queries.where(filter, day, READERS), null,
                r -> result.put(r.credential().id(), r.credential().status()));
        return result;
    }
}
