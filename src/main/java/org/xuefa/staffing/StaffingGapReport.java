package org.xuefa.staffing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.i18n.Messages;
import org.xuefa.certification.CredentialTypeRecord;
import org.xuefa.certification.Credentials;
import org.xuefa.people.Establishment;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.PostKind;
import org.xuefa.people.PostSnapshot;
import org.xuefa.base.Allowed;

/** Computes the staffing-gap report for HR, leaders and administrators within their scope. */
@Service
@Transactional(readOnly = true)
public class StaffingGapReport {
    /** Credentials expiring within this many days are counted as a gap to come. */
    static final int EXPIRING_DAYS = 90;
    private final OrgUnits orgUnits;
    private final Establishment establishment;
    private final Messages messages;
    private final Clock clock;
    private final Credentials credentials;

    StaffingGapReport(OrgUnits orgUnits, Establishment establishment, Messages messages, Clock clock,
            Credentials credentials) {
        this.credentials = credentials;
        this.orgUnits = orgUnits;
        this.establishment = establishment;
        this.messages = messages;
        this.clock = clock;
    }

    @Allowed.HrAndLeaders
    public StaffingReport today() {
        return asOf(LocalDate.now(clock));
    }

    /** The report on a date, over every unit the user may see. */
    @Allowed.HrAndLeaders
    public StaffingReport asOf(LocalDate date) {
        List<OrgUnitRecord> tree = orgUnits.visibleTree();
        Map<Long, Integer> treeOrder = new LinkedHashMap<>();
        tree.forEach(u -> treeOrder.put(u.id(), treeOrder.size()));
        Set<Long> unitIds = treeOrder.keySet();
        Map<List<Object>, List<PostSnapshot>> grouped = establishment.snapshot(unitIds, date).stream()
                .collect(Collectors.groupingBy(p -> List.of(p.unitId(), p.kind()), LinkedHashMap::new,
                        Collectors.toList()));
        List<StaffingRow> rows = new ArrayList<>();
        grouped.forEach((key, posts) -> {
            PostSnapshot first = posts.get(0);
            int established = posts.stream().mapToInt(PostSnapshot::establishment).sum();
            // one person holding two posts of a kind in a unit still counts once
            List<PostSnapshot.Holder> holders = posts.stream().flatMap(p -> p.holders().stream())
                    .collect(Collectors.toMap(PostSnapshot.Holder::officialId, h -> h, (a, b) ->
                            a.assignmentType().compareTo(b.assignmentType()) <= 0 ? a : b, LinkedHashMap::new))
                    .values().stream().toList();
            StaffingRow row = StaffingRow.of(first.unitId(), first.unitName(), first.unitNameEn(), first.unitPath(),
                    first.kind(), established, holders);
            String required = posts.stream().map(PostSnapshot::requiredCredentialType).filter(c -> c != null)
                    .findFirst().orElse(null);
            if (required != null) {
                var ids = holders.stream().map(PostSnapshot.Holder::officialId).toList();
                row = row.withCredential(required, credentials.entitledHolders(required, ids, date),
                        credentials.expiringHolders(required, ids, date, EXPIRING_DAYS));
            }
            rows.add(row);
        });
        rows.sort(Comparator.comparing((StaffingRow r) -> treeOrder.getOrDefault(r.unitId(), Integer.MAX_VALUE))
                .thenComparing(StaffingRow::kind));
        Map<String, CredentialTypeRecord> types = credentials.types().stream()
                .collect(Collectors.toMap(CredentialTypeRecord::code, t -> t));
        return new StaffingReport(date, rows, types);
    }

    /**
     * The report's summary in the words a town uses, one sentence per unit and kind with a gap, e.g.
     * "综合执法大队：编制 5 人，实有 2 人，缺编 3 人；3 人兼职从事执法工作".
     */
    public static List<String> sentences(StaffingReport report, Messages messages, Locale locale) {
        return report.rows().stream().filter(StaffingRow::hasGap)
                .map(r -> sentence(r, report.credentialNames(locale), messages, locale)).toList();
    }

    static String sentence(StaffingRow r, Map<String, String> credentialNames, Messages messages, Locale locale) {
        String kind = messages.getTranslation("postKind." + r.kind(), locale);
        String work = messages.getTranslation("postKind.work." + r.kind(), locale);
        String s = messages.getTranslation("staffing.sentence", locale, r.unitName(locale), kind, r.established(),
                r.filled(), r.vacant());
        if (r.requiredCredential() != null) {
            String credential = credentialNames.getOrDefault(r.requiredCredential(), r.requiredCredential());
            s += messages.getTranslation("staffing.sentence.certified", locale, credential, r.certified());
            if (r.expiringSoon() > 0) {
                s += messages.getTranslation("staffing.sentence.expiring", locale, r.expiringSoon());
            }
            if (r.filledUncertified() > 0) {
                s += messages.getTranslation("staffing.sentence.filledUncertified", locale, r.filledUncertified(),
                        credential);
            }
            if (r.concurrentUncertified() > 0) {
                s += messages.getTranslation("staffing.sentence.concurrentUncertified", locale,
                        r.concurrentUncertified(), work, credential);
            } else if (r.concurrent() > 0) {
                s += messages.getTranslation("staffing.sentence.concurrent", locale, r.concurrent(), work);
            }
            if (r.trainable() > 0 || r.needsRecruitment() > 0) {
                s += messages.getTranslation("staffing.sentence.classified", locale, r.trainable(),
                        r.needsRecruitment());
            }
        } else if (r.concurrent() > 0) {
            s += messages.getTranslation("staffing.sentence.concurrent", locale, r.concurrent(), work);
        }
        return s;
    }

    static List<PostKind> kinds() {
        return List.of(PostKind.values());
    }
}
