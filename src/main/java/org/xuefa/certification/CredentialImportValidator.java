package org.xuefa.certification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xuefa.base.imports.DataRow;
import org.xuefa.base.imports.DuplicateRows;
import org.xuefa.base.imports.ImportProblem;
import org.xuefa.base.imports.ImportText;
import org.xuefa.base.imports.RowCheck;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialRecord;

/**
 * Checks every row of a credential file before anything is written: values, the holder (known, within the HR
 * scope, eligible for the type), the type, dates, repeats within the file, and a number already recorded for
 * someone else. Each row's credential is also built once, unsaved, so the entity's own rules report here rather
 * than halfway through writing.
 */
final class CredentialImportValidator {
    /** A row ready to apply: {@code expiresOn} null means "from the type's validity"; {@code existing} null: new. */
    record Planned(String sheet, int row, OfficialRecord holder, CredentialType type, String number, String fields,
            LocalDate issuedOn, LocalDate expiresOn, String issuer, Credential existing) {
    }

    record Plan(List<ImportProblem> problems, List<Planned> rows) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Map<String, OfficialRecord> staff;
    private final Map<String, CredentialType> typesByName = new HashMap<>();
    private final Map<String, Credential> existing;
    private final LocalDate today;

    /**
     * @param staff officials within the user's HR scope by staff number
     * @param existing stored credentials that might match, by {@link #key}
     */
    CredentialImportValidator(Map<String, OfficialRecord> staff, Collection<CredentialType> types,
            Map<String, Credential> existing, LocalDate today) {
        this.staff = staff;
        this.existing = existing;
        this.today = today;
        for (CredentialType t : types) {
            CredentialTypeRecord r = t.toRecord();
            for (String name : new String[] {r.code(), r.nameZh(), r.nameEn()}) {
                if (name != null && !name.isBlank()) {
                    typesByName.putIfAbsent(nameKey(name), t);
                }
            }
        }
    }

    static String key(String typeCode, String number) {
        return typeCode + "\n" + number;
    }

    private static String nameKey(String s) {
        return ImportText.fold(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    Plan validate(List<DataRow> lines, List<ImportProblem> problems) {
        DuplicateRows<String> seen = new DuplicateRows<>();
        List<Planned> rows = new ArrayList<>();
        for (DataRow line : lines) {
            row(line, seen, problems, rows);
        }
        return new Plan(List.copyOf(problems), rows);
    }

    private void row(DataRow line, DuplicateRows<String> seen, List<ImportProblem> problems, List<Planned> out) {
        RowCheck c = CredentialColumn.FORMAT.check(line, problems);
        String staffNumber = c.get(CredentialColumn.STAFF_NUMBER);
        String typeName = c.get(CredentialColumn.TYPE);
        String number = c.get(CredentialColumn.NUMBER);
        String fields = c.get(CredentialColumn.FIELDS);
        LocalDate issued = c.get(CredentialColumn.ISSUED);
        LocalDate expires = c.get(CredentialColumn.EXPIRES);
        String issuer = c.get(CredentialColumn.ISSUER);

        OfficialRecord holder = null;
        if (staffNumber != null) {
            holder = staff.get(staffNumber);
            if (holder == null) {
                c.problem("credentialImport.error.unknown-official", staffNumber);
            }
        }
        CredentialType type = null;
        if (typeName != null) {
            type = typesByName.get(nameKey(typeName));
            if (type == null) {
                c.problem("credentialImport.error.unknown-type", typeName);
            }
        }
        if (holder != null && type != null && type.establishedOnly()
                && holder.employmentType() != EmploymentType.ESTABLISHED) {
            // only staff on the establishment (在编) may hold an enforcement certificate
            c.problem("credentialImport.error.not-eligible", holder.name(), staffNumber, type.toRecord().nameZh(),
                    type.toRecord().nameEn());
        }
        if (issued != null && issued.isAfter(today)) {
            c.problem("credentialImport.error.issued-in-future", issued.toString());
        }
        if (issued != null && expires != null && expires.isBefore(issued)) {
            c.problem("credentialImport.error.dates", expires.toString(), issued.toString());
        }
        Credential stored = null;
        if (type != null && number != null) {
            String key = key(type.code(), number);
            Integer first = seen.firstRow(key, line.number());
            stored = existing.get(key);
            if (first != null) {
                c.problem("credentialImport.error.duplicate-row", number, first);
            } else if (stored != null && holder != null && !stored.holderId().equals(holder.id())) {
                c.problem("credentialImport.error.number-taken", number);
            }
        }
        if (!c.clean() || holder == null || type == null || number == null || issued == null) {
            return;
        }
        // an optional column left out keeps a stored credential's value; an empty cell takes the default
        String finalFields = line.has(CredentialColumn.FIELDS) || stored == null
                ? (fields == null ? "" : fields) : stored.fields();
        LocalDate finalExpires = line.has(CredentialColumn.EXPIRES) || stored == null ? expires : stored.expiresOn();
        String defaultIssuer = type.toRecord().issuer() == null ? "" : type.toRecord().issuer();
        String finalIssuer = line.has(CredentialColumn.ISSUER) || stored == null
                ? (issuer == null ? defaultIssuer : issuer) : stored.issuer();
        OfficialRecord h = holder;
        CredentialType t = type;
        c.check(() -> new Credential(h.id(), t, number, finalFields, issued, finalExpires, finalIssuer));
        if (c.clean()) {
            out.add(new Planned(line.sheet(), line.number(), holder, type, number, finalFields, issued, finalExpires,
                    finalIssuer, stored));
        }
    }
}
