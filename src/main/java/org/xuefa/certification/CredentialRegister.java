package org.xuefa.certification;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.base.SpreadsheetStream;
import org.xuefa.base.i18n.Messages;
import org.xuefa.people.OfficialRecord;
import org.xuefa.security.Role;

/**
 * HR's and leaders' register of the credentials of officials in their scope, as the database answers it: a page
 * at a time with a count, figures per status, and the CSV and XLSX exports streamed row by row. Statuses are for
 * today (the injected clock).
 */
@Service
@Transactional(readOnly = true)
public class CredentialRegister {
    private static final Role[] READERS = {Role.HR, Role.LEADER};
    private static final List<String> COLUMNS = List.of("name", "unit", "type", "number", "fields", "issuedOn",
            "expiresOn", "status");
    private final RegisterQueries queries;
    private final CredentialTypeRepository types;
    private final List<RegistrationEvidence> evidence;
    private final Messages messages;
    private final Clock clock;

    CredentialRegister(RegisterQueries queries, CredentialTypeRepository types, List<RegistrationEvidence> evidence,
            Messages messages, Clock clock) {
        this.queries = queries;
        this.types = types;
        this.evidence = evidence;
        this.messages = messages;
        this.clock = clock;
    }

    /** One page of the register in the order asked (null: by unit, then holder), with each row's risks. */
    @Allowed.HrAndLeaders
    public List<RegisterEntry> page(CredentialFilter filter, CredentialSort sort, int offset, int limit) {
        LocalDate today = LocalDate.now(clock);
        List<RegisterQueries.Row> rows = queries.page(queries.where(filter, today, READERS), sort, offset, limit);
        List<OfficialRecord> holders = rows.stream().map(RegisterQueries.Row::holder)
                .collect(Collectors.toMap(OfficialRecord::id, Function.identity(), (a, b) -> a)).values().stream()
                .toList();
        // evidence for this page's holders only: at most a page of ids, whatever the size of the scope
        Evidence e = Evidence.gather(evidence, today.getYear(), holders, clock.instant());
        Map<String, CredentialTypeRecord> byCode = typeRecords();
        return rows.stream().map(r -> {
            CredentialRecord c = r.credential();
            BigDecimal hours = e.hours().get(c.holderId());
            return new RegisterEntry(c, RegistrationRisk.assess(byCode.get(c.typeCode()), c.status(), c.issuedOn(),
                    today, hours, e.exams().get(c.holderId())));
        }).toList();
    }

    /** How many credentials the filter shows. */
    @Allowed.HrAndLeaders
    public long count(CredentialFilter filter) {
        return queries.count(queries.where(filter, LocalDate.now(clock), READERS));
    }

    /** How many credentials the filter shows have each status today (for the start page and summaries). */
    @Allowed.HrAndLeaders
    public Map<CredentialStatus, Long> countByStatus(CredentialFilter filter) {
        return queries.countByStatus(queries.where(filter, LocalDate.now(clock), READERS));
    }

    /** Writes the filtered register as CSV (UTF-8 with BOM), row by row, in the reader's language. */
    @Allowed.HrAndLeaders
    public void exportCsv(CredentialFilter filter, Locale locale, OutputStream out) {
        try (SpreadsheetStream sheet = SpreadsheetStream.csv(out)) {
            export(filter, locale, sheet);
        }
    }

    /** Writes the filtered register as an XLSX workbook through a streaming window, in the reader's language. */
    @Allowed.HrAndLeaders
    public void exportXlsx(CredentialFilter filter, Locale locale, OutputStream out) {
        try (SpreadsheetStream sheet = SpreadsheetStream.xlsx(out, t("credentials.title", locale))) {
            export(filter, locale, sheet);
        }
    }

    /**
     * The export's file name: the scope (the filtered unit's code, else the codes of the caller's granted units,
     * "all" for an administrator) and today's date, e.g. {@code credentials-tangpeng-2026-11-26.csv}.
     */
    @Allowed.HrAndLeaders
    public String fileName(CredentialFilter filter, String extension) {
        String scope = filter.unitId() != null ? queries.unitCode(filter.unitId()) : null;
        if (scope == null) {
            List<String> roots = queries.scopeRootCodes(READERS);
            scope = roots.isEmpty() ? "all" : String.join("+", roots);
        }
        return "credentials-" + scope + "-" + LocalDate.now(clock) + "." + extension;
    }

    private void export(CredentialFilter filter, Locale locale, SpreadsheetStream sheet) {
        Map<String, String> names = typeRecords().values().stream()
                .collect(Collectors.toMap(CredentialTypeRecord::code, t -> t.name(locale)));
        Map<CredentialStatus, String> statuses = Arrays.stream(CredentialStatus.values())
                .collect(Collectors.toMap(s -> s, s -> t("credentialStatus." + s, locale)));
        sheet.row(COLUMNS.stream().map(k -> t("credential.col." + k, locale)).toList());
        queries.forEach(queries.where(filter, LocalDate.now(clock), READERS), CredentialSort.byUnit(), row -> {
            CredentialRecord r = row.credential();
            List<Object> cells = new ArrayList<>(COLUMNS.size());
            cells.addAll(Arrays.asList(r.holderName(), r.holderUnit(), names.getOrDefault(r.typeCode(), r.typeCode()),
                    r.number(), r.fields(), r.issuedOn().toString(),
                    r.expiresOn() == null ? "" : r.expiresOn().toString(), statuses.get(r.status())));
            sheet.row(cells);
        });
    }

    private Map<String, CredentialTypeRecord> typeRecords() {
        return types.findAll().stream().map(CredentialType::toRecord)
                .collect(Collectors.toMap(CredentialTypeRecord::code, Function.identity()));
    }

    private String t(String key, Locale locale) {
        return messages.getTranslation(key, locale);
    }
}
