package org.xuefa.people;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditBatch;
import org.xuefa.audit.AuditLog;
import org.xuefa.audit.Changes;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.imports.AllOrNothing;
import org.xuefa.base.imports.DataRow;
import org.xuefa.base.imports.ImportProblem;
import org.xuefa.base.imports.ImportProgress;
import org.xuefa.base.imports.ImportText;
import org.xuefa.base.imports.SpreadsheetReader;
import org.xuefa.base.imports.Translations;
import org.xuefa.people.RosterPlan.KnownUnit;
import org.xuefa.people.RosterPlan.OfficialLine;
import org.xuefa.people.RosterPlan.PostLine;
import org.xuefa.people.RosterPlan.UnitLine;
import org.xuefa.base.Allowed;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;

/**
 * Reads HR's rosters (units, posts, officials) from Excel or CSV, all or nothing: every row is checked first and,
 * if any has a problem, nothing is written and every problem is reported. Rows match stored records on unit code,
 * on (unit, post kind, title) and on staff number, so importing the same file twice changes nothing.
 */
@Service
@Transactional
public class RosterImport {
    private static final int PROGRESS_EVERY = 250;
    private final OrgUnitRepository units;
    private final PostRepository posts;
    private final OfficialRepository officials;
    private final UnitScopes scopes;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final RosterFormat format;
    private final OfficialBatch batch;
    private final AuditBatch auditBatch;
    private final AccountRollout rollout;

    RosterImport(OrgUnitRepository units, PostRepository posts, OfficialRepository officials, UnitScopes scopes,
            CurrentUser currentUser, AuditLog audit, Messages messages, OfficialBatch batch, AuditBatch auditBatch,
            AccountRollout rollout) {
        this.batch = batch;
        this.auditBatch = auditBatch;
        this.rollout = rollout;
        this.units = units;
        this.posts = posts;
        this.officials = officials;
        this.scopes = scopes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.format = new RosterFormat(Translations.of(messages));
    }

    /** An Excel workbook with an instructions sheet and one sheet per roster, in the reader's language. */
    @Allowed.Hr
    @Transactional(readOnly = true)
    public byte[] templateXlsx(Locale locale) {
        return new RosterTemplates(format, Messages.supported(locale)).xlsx();
    }

    /** A CSV file (UTF-8 with BOM) with the header and an example row of one roster. */
    @Allowed.Hr
    @Transactional(readOnly = true)
    public byte[] templateCsv(ImportKind kind, Locale locale) {
        return new RosterTemplates(format, Messages.supported(locale)).csv(kind);
    }

    /**
     * Imports an .xlsx (any of the three sheets, applied units, posts, officials) or a .csv (one roster, known by
     * its header). Problems come back in the result, not as exceptions.
     */
    @Allowed.Hr
    public ImportResult importFile(String fileName, byte[] content) {
        return importFile(fileName, content, ImportProgress.NONE);
    }

    /** As {@link #importFile(String, byte[])}, telling {@code progress} how far reading the file has come. */
    @Allowed.Hr
    public ImportResult importFile(String fileName, byte[] content, ImportProgress progress) {
        List<ImportProblem> problems = new ArrayList<>();
        List<DataRow> rows = new SpreadsheetReader(format.format(), progress).read(fileName, content, problems);
        if (rows.isEmpty() && !problems.isEmpty()) {
            return ImportResult.failed(problems);
        }
        Map<String, OrgUnit> byCode = units.findAll().stream()
                .collect(Collectors.toMap(OrgUnit::code, Function.identity()));
        Set<Long> editable = scopes.visibleIds(Role.HR);
        Map<Long, String> codeById = byCode.values().stream()
                .collect(Collectors.toMap(OrgUnit::getId, OrgUnit::code));
        Map<String, KnownUnit> knownUnits = new HashMap<>();
        byCode.values().forEach(u -> knownUnits.put(u.code(), new KnownUnit(u.code(),
                u.parentId() == null ? null : codeById.get(u.parentId()), editable.contains(u.getId()))));
        Map<String, Official> people = batch.existing(staffNumbers(rows));
        Map<String, Boolean> peopleEditable = new HashMap<>();
        people.forEach((number, o) -> peopleEditable.put(number, editable.contains(o.unitId())));
        boolean admin = currentUser.require().has(Role.ADMIN);

        RosterPlan plan = new RosterValidator(format.format(),
                new RosterPlan.Known(knownUnits, peopleEditable, admin), problems).validate(rows);
        if (!plan.ok()) {
            return ImportResult.failed(plan.problems());
        }
        return apply(fileName, plan, byCode, people, progress);
    }

    private static Set<String> staffNumbers(List<DataRow> rows) {
        Set<String> numbers = new HashSet<>();
        rows.stream().filter(r -> RosterFormat.kind(r.table()) == ImportKind.OFFICIALS)
                .map(r -> r.get(RosterColumn.OFFICIAL_STAFF_NUMBER)).filter(n -> n != null)
                .forEach(n -> numbers.add(ImportText.fold(n)));
        return numbers;
    }

    private ImportResult apply(String fileName, RosterPlan plan, Map<String, OrgUnit> byCode,
            Map<String, Official> people, ImportProgress progress) {
        int total = plan.units().size() + plan.posts().size() + plan.officials().size();
        int[] written = {0};
        Runnable step = () -> {
            if (++written[0] % PROGRESS_EVERY == 0 || written[0] == total) {
                progress.written(written[0], total);
            }
        };
        Map<ImportKind, int[]> counts = new EnumMap<>(ImportKind.class);
        for (ImportKind kind : ImportKind.values()) {
            counts.put(kind, new int[3]);
        }
        AllOrNothing writes = new AllOrNothing();
        for (UnitLine line : plan.units()) {
            writes.write(line.sheet(), line.row(), () -> count(counts, ImportKind.UNITS, applyUnit(line, byCode)));
            step.run();
        }
        // posts are read whole (a city has thousands, no more), rather than by an IN list of every unit
        Map<String, Post> existingPosts = plan.posts().isEmpty() ? new HashMap<>() : posts.findAll().stream()
                .collect(Collectors.toMap(p -> postKey(p.unitId(), p.kind(), p.title()), Function.identity()));
        for (PostLine line : plan.posts()) {
            writes.write(line.sheet(), line.row(),
                    () -> count(counts, ImportKind.POSTS, applyPost(line, byCode, existingPosts)));
            step.run();
        }
        List<Official> created = new ArrayList<>();
        for (OfficialLine line : plan.officials()) {
            writes.write(line.sheet(), line.row(),
                    () -> count(counts, ImportKind.OFFICIALS, applyOfficial(line, byCode, people, created)));
            if (created.size() >= OfficialBatch.BATCH && writes.ok()) {
                storeCreated(created);
            }
            step.run();
        }
        if (writes.ok()) {
            storeCreated(created);
        }
        if (!writes.ok()) {
            // a rule the checks missed: what this import wrote is undone
            return ImportResult.failed(writes.problems());
        }
        Map<ImportKind, ImportResult.Counts> result = new EnumMap<>(ImportKind.class);
        counts.forEach((kind, c) -> result.put(kind, new ImportResult.Counts(c[0], c[1], c[2])));
        if (result.values().stream().anyMatch(c -> c.created() + c.updated() > 0)) {
            audit.record("IMPORT", "roster", null, "import " + fileName, result.entrySet().stream()
                    .map(e -> e.getKey().name().toLowerCase() + ": +" + e.getValue().created() + " ~"
                            + e.getValue().updated())
                    .collect(Collectors.joining("; ")));
        }
        return new ImportResult(List.of(), result);
    }

    private enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    private static void count(Map<ImportKind, int[]> counts, ImportKind kind, Outcome outcome) {
        counts.get(kind)[outcome.ordinal()]++;
    }

    private Outcome applyUnit(UnitLine line, Map<String, OrgUnit> byCode) {
        OrgUnit unit = byCode.get(line.code());
        if (unit == null) {
            OrgUnit parent = line.parentCode() == null ? null : byCode.get(line.parentCode());
            unit = units.save(new OrgUnit(line.code(), line.name(), line.nameEn(), line.kind(), parent,
                    line.sortOrder()));
            byCode.put(unit.code(), unit);
            audit.record("CREATE", "org_unit", unit.getId(), "import: unit " + unit.name(), Changes.of()
                    .set("code", unit.code()).set("name", unit.name()).set("nameEn", unit.nameEn())
                    .set("kind", unit.kind()).set("parent", unit.parentId()).set("sortOrder", unit.sortOrder())
                    .toString());
            return Outcome.CREATED;
        }
        String nameEn = line.hasNameEn() ? line.nameEn() : unit.nameEn();
        int sortOrder = line.hasSortOrder() ? line.sortOrder() : unit.sortOrder();
        Changes changes = Changes.of().field("name", unit.name(), line.name()).field("nameEn", unit.nameEn(), nameEn)
                .field("kind", unit.kind(), line.kind()).field("sortOrder", unit.sortOrder(), sortOrder);
        if (changes.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        unit.rename(line.name(), nameEn, line.kind(), sortOrder);
        units.save(unit);
        audit.record("UPDATE", "org_unit", unit.getId(), "import: unit " + unit.name(), changes.toString());
        return Outcome.UPDATED;
    }

    private Outcome applyPost(PostLine line, Map<String, OrgUnit> byCode, Map<String, Post> existing) {
        Long unitId = byCode.get(line.unitCode()).getId();
        String key = postKey(unitId, line.kind(), line.title());
        Post post = existing.get(key);
        if (post == null) {
            post = posts.save(new Post(unitId, line.kind(), line.title(), line.establishment(), line.credential()));
            existing.put(key, post);
            audit.record("CREATE", "post", post.getId(), "import: post " + post.title(), Changes.of()
                    .set("unit", unitId).set("kind", post.kind()).set("title", post.title())
                    .set("establishment", post.establishment())
                    .set("requiredCredential", post.requiredCredentialType()).toString());
            return Outcome.CREATED;
        }
        String credential = line.hasCredential() ? line.credential() : post.requiredCredentialType();
        Changes changes = Changes.of().field("establishment", post.establishment(), line.establishment())
                .field("requiredCredential", post.requiredCredentialType(), credential);
        if (changes.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        post.change(post.title(), line.establishment(), credential);
        posts.save(post);
        audit.record("UPDATE", "post", post.getId(), "import: post " + post.title(), changes.toString());
        return Outcome.UPDATED;
    }

    /**
     * Stores the officials created so far as one JDBC batch and audits each (one CREATE entry per official, as a
     * single save would), after flushing what JPA holds (new units) so their keys exist.
     */
    private void storeCreated(List<Official> created) {
        if (created.isEmpty()) {
            return;
        }
        units.flush();
        Map<String, Long> ids = batch.insert(created);
        List<AuditBatch.Event> events = new ArrayList<>(created.size());
        for (Official o : created) {
            events.add(new AuditBatch.Event("CREATE", "official", ids.get(o.staffNumber()),
                    "import: official " + o.name() + " (" + o.staffNumber() + ")",
                    Officials.describe(Changes.of(), null, o.data()).toString()));
        }
        auditBatch.recordAll(events);
        created.clear();
    }

    private Outcome applyOfficial(OfficialLine line, Map<String, OrgUnit> byCode, Map<String, Official> people,
            List<Official> created) {
        Long unitId = byCode.get(line.unitCode()).getId();
        Official official = people.get(line.staffNumber());
        OfficialData before = official == null ? null : official.data();
        OfficialData data = new OfficialData(line.name(), unitId,
                line.hasPosition() || before == null ? line.position() : before.positionTitle(),
                line.category(), line.employment(),
                line.hasJoinedOn() || before == null ? line.joinedOn() : before.joinedOn(),
                line.hasLeftOn() || before == null ? line.leftOn() : before.leftOn());
        if (official == null) {
            created.add(new Official(line.staffNumber(), data)); // checked now, stored with its batch
            return Outcome.CREATED;
        }
        Changes changes = Officials.describe(Changes.of(), before, data);
        if (changes.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        official.apply(data);
        officials.save(official);
        rollout.disableIfLeft(official);
        audit.record("UPDATE", "official", official.getId(),
                "import: official " + official.name() + " (" + official.staffNumber() + ")", changes.toString());
        return Outcome.UPDATED;
    }

    private static String postKey(Long unitId, PostKind kind, String title) {
        return unitId + "\n" + kind + "\n" + title;
    }
}
