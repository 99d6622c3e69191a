package org.xuefa.hours;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditBatch;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.Allowed;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.imports.AllOrNothing;
import org.xuefa.base.imports.DataRow;
import org.xuefa.base.imports.DuplicateRows;
import org.xuefa.base.imports.ImportProblem;
import org.xuefa.base.imports.ImportTemplates;
import org.xuefa.base.imports.ImportText;
import org.xuefa.base.imports.RowCheck;
import org.xuefa.base.imports.SpreadsheetReader;

/**
 * Reads external training HR keeps in Excel or CSV (a provincial course's list of participants), all or nothing:
 * every row is checked first (the official known and in the HR scope, the rules of {@link ExternalTraining}, no
 * repeat within the file) and, if any has a problem, nothing is written and every problem is reported with its
 * row. A row the ledger already holds (same official, certificate, or title and day) is left alone, so importing
 * the same file twice changes nothing.
 */
@Service
@Transactional
public class ExternalImport {
    private final ExternalTraining external;
    private final ExternalTrainingQuery query;
    private final StudyCreditRepository credits;
    private final AuditLog audit;
    private final AuditBatch auditBatch;
    private final Messages messages;
    private final Clock clock;

    ExternalImport(ExternalTraining external, ExternalTrainingQuery query, StudyCreditRepository credits,
            AuditLog audit, AuditBatch auditBatch, Messages messages, Clock clock) {
        this.external = external;
        this.query = query;
        this.credits = credits;
        this.audit = audit;
        this.auditBatch = auditBatch;
        this.messages = messages;
        this.clock = clock;
    }

    /** A CSV file (UTF-8 with BOM) with the header and an example row, in the reader's language. */
    @Allowed.Hr
    @Transactional(readOnly = true)
    public byte[] templateCsv(Locale locale) {
        Locale l = Messages.supported(locale);
        return new ImportTemplates(ExternalColumn.FORMAT, l).csv(ExternalColumn.TABLE, List.of(example(l)));
    }

    /** An Excel workbook with the header and an example row, and a sheet explaining each column. */
    @Allowed.Hr
    @Transactional(readOnly = true)
    public byte[] templateXlsx(Locale locale) {
        Locale l = Messages.supported(locale);
        ImportTemplates.Workbook workbook = new ImportTemplates(ExternalColumn.FORMAT, l).workbook()
                .table(t("externalImport.sheet.training", l), ExternalColumn.TABLE, List.of(example(l)), 20);
        ImportTemplates.Workbook.Instructions help = workbook
                .instructions(t("externalImport.sheet.instructions", l), 30, 24, 60);
        help.rulesAndColumns("externalImport", 4, ExternalColumn.TABLE, key -> t(key, l));
        return workbook.bytes();
    }

    /** An example row naming a staff number that does not exist, so an untouched template is refused. */
    private List<String> example(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return List.of("EXAMPLE-001", t("externalImport.example.title", locale),
                t("externalImport.example.provider", locale), "2026-09-07", "2026-09-10", "24", "GD-2026-0001",
                ExternalColumn.label(RequirementKind.TRAINING, english));
    }

    private String t(String key, Locale locale) {
        return messages.getTranslation(key, Messages.supported(locale));
    }

    /**
     * Imports an .xlsx or .csv of external training. Problems come back in the result, not as exceptions; with any
     * problem nothing is written.
     */
    @Allowed.Hr
    public ExternalImportResult importFile(String fileName, byte[] content) {
        List<ImportProblem> problems = new ArrayList<>();
        List<DataRow> lines = new SpreadsheetReader(ExternalColumn.FORMAT).read(fileName, content, problems);
        if (!problems.isEmpty()) {
            return ExternalImportResult.failed(problems);
        }
        Map<String, ExternalTrainingQuery.Person> staff = query.byStaffNumber(lines.stream()
                .map(l -> l.get(ExternalColumn.STAFF_NUMBER)).filter(Objects::nonNull)
                .map(ImportText::fold).toList());
        LocalDate today = LocalDate.now(clock);
        DuplicateRows<String> seen = new DuplicateRows<>();
        List<ExternalTraining.Entry> planned = new ArrayList<>();
        for (DataRow line : lines) {
            ExternalTraining.Entry entry = check(line, staff, seen, today, problems);
            if (entry != null) {
                planned.add(entry);
            }
        }
        if (!problems.isEmpty()) {
            return ExternalImportResult.failed(problems);
        }
        return apply(fileName, planned);
    }

    private ExternalTraining.Entry check(DataRow line, Map<String, ExternalTrainingQuery.Person> staff,
            DuplicateRows<String> seen, LocalDate today, List<ImportProblem> problems) {
        RowCheck c = ExternalColumn.FORMAT.check(line, problems);
        String staffNumber = c.get(ExternalColumn.STAFF_NUMBER);
        String title = c.get(ExternalColumn.TITLE);
        String provider = c.get(ExternalColumn.PROVIDER);
        LocalDate started = c.get(ExternalColumn.STARTED);
        LocalDate finished = c.get(ExternalColumn.FINISHED);
        BigDecimal hours = c.get(ExternalColumn.HOURS);
        String certificate = c.get(ExternalColumn.CERTIFICATE);
        RequirementKind kind = c.get(ExternalColumn.COUNTS_TOWARD);
        ExternalTrainingQuery.Person person = null;
        if (staffNumber != null) {
            person = staff.get(staffNumber);
            if (person == null) {
                c.problem("externalImport.error.unknown-official", staffNumber);
            }
        }
        if (person == null || title == null || finished == null || hours == null) {
            return null;
        }
        ExternalTraining.Entry entry = new ExternalTraining.Entry(person.id(), title, provider, hours, finished,
                certificate, kind == null ? RequirementKind.TRAINING : kind, started);
        c.check(() -> ExternalTraining.check(entry, today));
        if (!c.clean()) {
            return null;
        }
        String key = person.id() + "\n" + entry.ref() + "\n" + finished.getYear();
        Integer first = seen.firstRow(key, line.number());
        if (first != null) {
            c.problem("externalImport.error.duplicate-row", staffNumber, first);
            return null;
        }
        return entry;
    }

    private ExternalImportResult apply(String fileName, List<ExternalTraining.Entry> planned) {
        int created = 0;
        int already = 0;
        List<AuditBatch.Event> events = new ArrayList<>();
        try {
            for (ExternalTraining.Entry e : planned) {
                if (credits.existsByOfficialIdAndSourceAndSourceRefAndYear(e.officialId(),
                        CreditSource.EXTERNAL.name(), e.ref(), e.finishedOn().getYear())) {
                    already++;
                    continue;
                }
                StudyCredit credit = external.store(e);
                events.add(new AuditBatch.Event("CREATE", "study_credit", credit.id(),
                        "import: external training of official " + e.officialId(), ExternalTraining.changes(e)));
                created++;
            }
        } catch (DataIntegrityViolationException e) {
            // someone recorded one of these trainings since the check: undo everything this import wrote
            AllOrNothing.undo();
            return ExternalImportResult.failed(List.of(ImportProblem.of(fileName, 0,
                    "externalImport.error.concurrent")));
        }
        auditBatch.recordAll(events);
        if (created > 0) {
            audit.record("IMPORT", "study_credit", null, "import " + fileName,
                    "external training created " + created + ", already recorded " + already);
        }
        return new ExternalImportResult(List.of(), created, already);
    }
}
