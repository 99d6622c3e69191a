package org.xuefa.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.imports.AllOrNothing;
import org.xuefa.base.imports.DataRow;
import org.xuefa.base.imports.ImportProblem;
import org.xuefa.base.imports.ImportProgress;
import org.xuefa.base.imports.ImportTemplates;
import org.xuefa.base.imports.ImportText;
import org.xuefa.base.imports.SpreadsheetReader;
import org.xuefa.people.OfficialRecord;
import org.xuefa.base.Allowed;
import org.xuefa.security.Role;

/**
 * Reads credentials HR already keeps in Excel or CSV, all or nothing: every row is checked first and, if any has a
 * problem, nothing is written and every problem is reported with its row. A row matches a stored credential on type
 * and number (for the same holder, by staff number), so importing the same file twice changes nothing.
 */
@Service
@Transactional
public class CredentialImport {
    private static final String ENTITY = "credential";
    private final CredentialRepository credentials;
    private final CredentialTypeRepository types;
    private final RegisterQueries queries;
    private final AuditLog audit;
    private final Clock clock;
    private final Messages messages;

    CredentialImport(CredentialRepository credentials, CredentialTypeRepository types, RegisterQueries queries,
            AuditLog audit, Clock clock, Messages messages) {
        this.credentials = credentials;
        this.types = types;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    /** A CSV file (UTF-8 with BOM) with the header and an example row, in the reader's language. */
    @Allowed.Hr
    @Transactional(readOnly = true)
    public byte[] templateCsv(Locale locale) {
        Locale l = Messages.supported(locale);
        return new ImportTemplates(CredentialColumn.FORMAT, l).csv(CredentialColumn.TABLE, List.of(example(l)));
    }

    /** An Excel workbook with the header and an example row, and a sheet explaining each column. */
    @Allowed.Hr
    @Transactional(readOnly = true)
    public byte[] templateXlsx(Locale locale) {
        Locale l = Messages.supported(locale);
        ImportTemplates.Workbook workbook = new ImportTemplates(CredentialColumn.FORMAT, l).workbook()
                .table(t("credentialImport.sheet.credentials", l), CredentialColumn.TABLE, List.of(example(l)), 22);
        ImportTemplates.Workbook.Instructions help = workbook
                .instructions(t("credentialImport.sheet.instructions", l), 30, 24, 60);
        help.rulesAndColumns("credentialImport", 4, CredentialColumn.TABLE, key -> t(key, l));
        help.blank().heading(t("credentialImport.help.types", l));
        for (CredentialType type : types.findAll()) {
            CredentialTypeRecord tr = type.toRecord();
            help.row(tr.code(), tr.nameZh(), tr.nameEn());
        }
        return workbook.bytes();
    }

    /** An example row naming a staff number that does not exist, so an untouched template is refused. */
    private List<String> example(Locale locale) {
        return List.of("EXAMPLE-001", "ENFORCEMENT", "44000000000000", t("credentialImport.example.fields", locale),
                "2024-05-10", "", t("credentialImport.example.issuer", locale));
    }

    private String t(String key, Locale locale) {
        return messages.getTranslation(key, Messages.supported(locale));
    }

    /**
     * Imports an .xlsx or .csv of credentials. Problems come back in the result, not as exceptions; with any
     * problem nothing is written.
     */
    @Allowed.Hr
    public CredentialImportResult importFile(String fileName, byte[] content) {
        return importFile(fileName, content, ImportProgress.NONE);
    }

    /** As {@link #importFile(String, byte[])}, telling {@code progress} how far reading the file has come. */
    @Allowed.Hr
    public CredentialImportResult importFile(String fileName, byte[] content, ImportProgress progress) {
        List<ImportProblem> problems = new ArrayList<>();
        List<DataRow> lines = new SpreadsheetReader(CredentialColumn.FORMAT, progress).read(fileName, content,
                problems);
        if (!problems.isEmpty()) {
            return CredentialImportResult.failed(problems);
        }
        // the file's holders and the stored credentials it might match, asked in fixed-size chunks: never the whole
        // scope, never a statement that grows with the file
        Map<String, OfficialRecord> staff = queries.byStaffNumber(lines.stream()
                .map(l -> l.get(CredentialColumn.STAFF_NUMBER)).filter(Objects::nonNull).toList(), Role.HR);
        List<String> numbers = lines.stream().map(l -> l.get(CredentialColumn.NUMBER)).filter(Objects::nonNull)
                .map(ImportText::fold).distinct().toList();
        Map<String, Credential> existing = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += RegisterQueries.CHUNK) {
            credentials.withNumbers(numbers.subList(from, Math.min(numbers.size(), from + RegisterQueries.CHUNK)))
                    .forEach(c -> existing.put(CredentialImportValidator.key(c.typeCode(), c.number()), c));
        }
        CredentialImportValidator.Plan plan = new CredentialImportValidator(staff, types.findAll(), existing,
                LocalDate.now(clock)).validate(lines, problems);
        if (!plan.ok()) {
            return CredentialImportResult.failed(plan.problems());
        }
        return apply(fileName, plan.rows());
    }

    private CredentialImportResult apply(String fileName, List<CredentialImportValidator.Planned> rows) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        try {
            for (CredentialImportValidator.Planned row : rows) {
                Credential read = new Credential(row.holder().id(), row.type(), row.number(), row.fields(),
                        row.issuedOn(), row.expiresOn(), row.issuer());
                String subject = "import: " + row.type().code() + " " + row.number() + " of " + row.holder().name();
                if (row.existing() == null) {
                    Credential saved = credentials.save(read);
                    credentials.flush();
                    audit.record("CREATE", ENTITY, saved.getId(), subject, Changes.of()
                            .set("holder", row.holder().id()).set("fields", saved.fields())
                            .set("issued", row.issuedOn()).set("expires", saved.expiresOn())
                            .set("issuer", saved.issuer()).toString());
                    created++;
                    continue;
                }
                Changes changes = row.existing().correctFrom(read);
                if (changes.isEmpty()) {
                    unchanged++;
                    continue;
                }
                credentials.save(row.existing());
                audit.record("UPDATE", ENTITY, row.existing().getId(), subject, changes.toString());
                updated++;
            }
            credentials.flush();
        } catch (DataIntegrityViolationException e) {
            // someone recorded one of these numbers since the check: undo everything this import wrote
            AllOrNothing.undo();
            return CredentialImportResult.failed(List.of(ImportProblem.of(fileName, 0,
                    "credentialImport.error.concurrent")));
        }
        if (created + updated > 0) {
            audit.record("IMPORT", ENTITY, null, "import " + fileName,
                    "created " + created + ", updated " + updated + ", unchanged " + unchanged);
        }
        return new CredentialImportResult(List.of(), created, updated, unchanged);
    }
}
