package org.xuefa.certification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.ApplicationContext;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.UnitKind;
import org.xuefa.security.Role;
import org.xuefa.support.Fixtures;

/**
 * A town of a test's own with a varied register: a unit and a sub-unit under it, officials in each, an HR account
 * for the town, and credentials of every type (one with a one-month renewal window) in every state, with expiry
 * dates at month ends where the renewal window's clamping matters. Deterministic for a seed; each credential knows
 * its Java status, so tests compare the database's answers with it.
 */
public final class RegisterTown {
    /** One generated credential: where its holder sits and what the entity says of it. */
    public record Sample(Long id, Long holderId, Long unitId, String typeCode, String number, LocalDate issuedOn,
            LocalDate expiresOn, Credential entity, int window) {
        public CredentialStatus statusOn(LocalDate day) {
            return entity.statusOn(day, window);
        }
    }

    public final OrgUnitRecord town;
    public final OrgUnitRecord unit;
    public final OrgUnitRecord subUnit;
    public final String hr;
    public final String tag;
    public final String windowType;
    public final List<Sample> samples = new ArrayList<>();

    /** A town of {@code count} credentials, from the application's own repositories (for tests in other packages). */
    public static RegisterTown build(ApplicationContext context, Fixtures fixtures, int count, long seed) {
        return new RegisterTown(fixtures, context.getBean(CredentialRepository.class),
                context.getBean(CredentialTypeRepository.class), count, seed);
    }

    RegisterTown(Fixtures fixtures, CredentialRepository credentials, CredentialTypeRepository types, int count,
            long seed) {
        town = fixtures.newTown();
        unit = fixtures.newUnit(town.id(), UnitKind.OFFICE);
        subUnit = fixtures.newUnit(unit.id(), UnitKind.OFFICE);
        hr = fixtures.newAccount(Role.HR, town.id(), null);
        tag = Fixtures.unique().toUpperCase().replace("-", "");
        windowType = "W1" + tag;
        CredentialType monthly = types.save(new CredentialType(windowType, new CredentialTypeRecord(windowType,
                "一月窗口" + tag, "One-month window " + tag, "", 2, 1, false, 0, false, false, List.of())));
        Map<String, CredentialType> byCode = Map.of("ENFORCEMENT", types.findByCode("ENFORCEMENT").orElseThrow(),
                "SUPERVISION", types.findByCode("SUPERVISION").orElseThrow(), "LEGAL_PROFESSION",
                types.findByCode("LEGAL_PROFESSION").orElseThrow(), windowType, monthly);
        List<String> codes = List.of("ENFORCEMENT", "SUPERVISION", "LEGAL_PROFESSION", windowType);
        List<OfficialRecord> people = new ArrayList<>();
        for (OrgUnitRecord u : List.of(town, unit, subUnit)) {
            for (int i = 0; i < 3; i++) {
                people.add(fixtures.newOfficial(u.id()));
            }
        }
        Random random = new Random(seed);
        LocalDate today = LocalDate.of(2026, 11, 26);
        Long previous = null;
        for (int i = 0; i < count; i++) {
            CredentialType type = byCode.get(codes.get(i % codes.size()));
            OfficialRecord holder = people.get(random.nextInt(people.size()));
            LocalDate issued = today.minusDays(random.nextInt(2400) - 90);
            LocalDate expires = null;
            int shape = random.nextInt(10);
            if (shape < 3) {
                // a month end near today or a few months on: where minusMonths clamps
                expires = YearMonth.from(today.plusMonths(random.nextInt(9) - 2)).atEndOfMonth();
            } else if (shape < 5) {
                expires = today.plusDays(random.nextInt(400) - 100);
            }
            if (expires != null && expires.isBefore(issued)) {
                expires = issued;
            }
            Credential c = new Credential(holder.id(), type, tag + String.format("%05d", i), "", issued, expires, "");
            int state = random.nextInt(20);
            if (state == 0) {
                c.suspend(today.plusDays(random.nextInt(60) - 30), "test");
            } else if (state == 1) {
                c.revoke(today.plusDays(random.nextInt(60) - 30), "test");
            } else if (state == 2 && previous != null) {
                c.replacedBy(previous);
            } else if (state == 3) {
                c.suspend(today.minusDays(5), "test");
                c.revoke(today.plusDays(10), "test");
            }
            c = credentials.saveAndFlush(c);
            previous = c.getId();
            samples.add(new Sample(c.getId(), holder.id(), holder.unitId(), type.code(), c.number(), c.issuedOn(),
                    c.expiresOn(), c, type.renewalWindowMonths()));
        }
    }
}
