package org.xuefa.certification;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xuefa.base.BusinessException;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.ImportProblem;
import org.xuefa.people.OfficialRecord;

/**
 * Checks every row of a credential file before anything is written: values, the holder (known, within the HR
 * scope, eligible for the type), the type, dates, repeats within the file, and a number already recorded for
 * someone else. Each row's credential is also built once, unsaved, so the entity's own rules report here rather
 * than halfway through writing.
 */
final class CredentialImportValidator {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

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
        return CredentialColumn.fold(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    Plan validate(List<CredentialFileReader.Line> lines, List<ImportProblem> problems) {
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> rows = new ArrayList<>();
        for (CredentialFileReader.Line line : lines) {
            row(line, seen, problems, rows);
        }
        return new Plan(List.copyOf(problems), rows);
    }

    private void row(CredentialFileReader.Line line, Map<String, Integer> seen, List<ImportProblem> problems,
            List<Planned> out) {
        Cells c = new Cells(line, problems);
        String staffNumber = c.code(CredentialColumn.STAFF_NUMBER);
        String typeName = c.text(CredentialColumn.TYPE);
        String number = c.code(CredentialColumn.NUMBER);
        String fields = c.text(CredentialColumn.FIELDS);
        LocalDate issued = c.date(CredentialColumn.ISSUED);
        LocalDate expires = c.date(CredentialColumn.EXPIRES);
        String issuer = c.text(CredentialColumn.ISSUER);

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
            Integer first = seen.putIfAbsent(key, line.number());
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

    /** Reads the cells of one row, adding a problem for each value that does not parse. */
    private final class Cells {
        private final CredentialFileReader.Line line;
        private final List<ImportProblem> problems;
        private final int before;

        Cells(CredentialFileReader.Line line, List<ImportProblem> problems) {
            this.line = line;
            this.problems = problems;
            this.before = problems.size();
        }

        boolean clean() {
            return problems.size() == before;
        }

        void problem(String key, Object... args) {
            problems.add(CredentialFileReader.problem(line.sheet(), line.number(), key, args));
        }

        void check(Runnable build) {
            try {
                build.run();
            } catch (BusinessException e) {
                problem(e.messageKey(), e.args());
            }
        }

        private String raw(CredentialColumn column) {
            String value = line.get(column);
            if (value == null && column.required() && line.has(column)) {
                problem("credentialImport.error.required", column.labelKey());
            }
            return value;
        }

        String text(CredentialColumn column) {
            String value = raw(column);
            if (value != null && column.maxLength() > 0 && value.length() > column.maxLength()) {
                problem("credentialImport.error.too-long", column.labelKey(), column.maxLength());
                return null;
            }
            return value;
        }

        /** A staff or credential number: full-width characters folded to ASCII. */
        String code(CredentialColumn column) {
            String value = text(column);
            return value == null ? null : CredentialColumn.fold(value);
        }

        LocalDate date(CredentialColumn column) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            String folded = CredentialColumn.fold(value);
            Matcher m = DATE.matcher(folded);
            if (!m.matches()) {
                m = COMPACT_DATE.matcher(folded);
            }
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    // falls through to the problem below: a day that does not exist
                }
            }
            problem("credentialImport.error.invalid-date", column.labelKey(), value);
            return null;
        }
    }
}
