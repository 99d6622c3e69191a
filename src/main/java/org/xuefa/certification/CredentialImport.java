package org.xuefa.certification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.Spreadsheets;
import org.xuefa.base.i18n.Messages;
import org.xuefa.people.ImportProblem;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
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
    private final Officials officials;
    private final AuditLog audit;
    private final Clock clock;
    private final Messages messages;

    CredentialImport(CredentialRepository credentials, CredentialTypeRepository types, Officials officials,
            AuditLog audit, Clock clock, Messages messages) {
        this.credentials = credentials;
        this.types = types;
        this.officials = officials;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    /** A CSV file (UTF-8 with BOM) with the header and an example row, in the reader's language. */
    @Allowed.Hr
    @Transactional(readOnly = true)
    public byte[] templateCsv(Locale locale) {
        return Spreadsheets.csv(List.of(header(locale), example(locale)));
    }

    /** An Excel workbook with the header and an example row, and a sheet explaining each column. */
    @Allowed.Hr
    @Transactional(readOnly = true)
    public byte[] templateXlsx(Locale locale) {
        Locale l = Messages.supported(locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            bold.cloneStyleFrom(text);
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            bold.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Sheet data = workbook.createSheet(t("credentialImport.sheet.credentials", l));
            write(data, 0, header(l), bold);
            write(data, 1, example(l), text);
            for (int i = 0; i < CredentialColumn.values().length; i++) {
                data.setDefaultColumnStyle(i, text); // numbers and dates stay as typed
                data.setColumnWidth(i, 22 * 256);
            }
            data.createFreezePane(0, 1);
            Sheet help = workbook.createSheet(t("credentialImport.sheet.instructions", l));
            int r = 0;
            for (int i = 1; i <= 4; i++) {
                write(help, r++, List.of(t("credentialImport.help.rule." + i, l)), text);
            }
            r++;
            write(help, r++, List.of(t("credentialImport.help.column", l), t("credentialImport.help.required", l),
                    t("credentialImport.help.description", l)), bold);
            for (CredentialColumn c : CredentialColumn.values()) {
                write(help, r++, List.of(c.header(l), t(c.required() ? "credentialImport.help.yes"
                        : "credentialImport.help.no", l), t("credentialImport.help.col." + c.name(), l)), text);
            }
            r++;
            write(help, r++, List.of(t("credentialImport.help.types", l)), bold);
            for (CredentialType type : types.findAll()) {
                CredentialTypeRecord tr = type.toRecord();
                write(help, r++, List.of(tr.code(), tr.nameZh(), tr.nameEn()), text);
            }
            help.setColumnWidth(0, 30 * 256);
            help.setColumnWidth(1, 24 * 256);
            help.setColumnWidth(2, 60 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, int rowIndex, List<?> values, CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < values.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(String.valueOf(values.get(i)));
            cell.setCellStyle(style);
        }
    }

    private static List<Object> header(Locale locale) {
        return Arrays.stream(CredentialColumn.values()).map(c -> (Object) c.header(locale)).toList();
    }

    /** An example row naming a staff number that does not exist, so an untouched template is refused. */
    private List<Object> example(Locale locale) {
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
        List<ImportProblem> problems = new ArrayList<>();
        List<CredentialFileReader.Line> lines = new CredentialFileReader().read(fileName, content, problems);
        if (!problems.isEmpty()) {
            return CredentialImportResult.failed(problems);
        }
        Map<String, OfficialRecord> staff = officials.allInScope(Role.HR).stream()
                .collect(Collectors.toMap(OfficialRecord::staffNumber, Function.identity(), (a, b) -> a));
        Set<String> numbers = lines.stream().map(l -> l.get(CredentialColumn.NUMBER)).filter(n -> n != null)
                .map(CredentialColumn::fold).collect(Collectors.toSet());
        Map<String, Credential> existing = new HashMap<>();
        if (!numbers.isEmpty()) {
            credentials.findByNumberIn(numbers)
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
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return CredentialImportResult.failed(List.of(CredentialFileReader.problem(fileName, 0,
                    "credentialImport.error.concurrent")));
        }
        if (created + updated > 0) {
            audit.record("IMPORT", ENTITY, null, "import " + fileName,
                    "created " + created + ", updated " + updated + ", unchanged " + unchanged);
        }
        return new CredentialImportResult(List.of(), created, updated, unchanged);
    }
}
