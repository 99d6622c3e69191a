package org.xuefa.people;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.xuefa.base.imports.ImportProblem;

/**
 * The outcome of a roster import: either every problem found (and nothing written), or how many records of each
 * kind were created, updated or left unchanged.
 */
public record ImportResult(List<ImportProblem> problems, Map<ImportKind, Counts> counts) {
    public ImportResult {
        problems = List.copyOf(problems);
        EnumMap<ImportKind, Counts> all = new EnumMap<>(ImportKind.class);
        for (ImportKind kind : ImportKind.values()) {
            all.put(kind, counts == null ? Counts.NONE : counts.getOrDefault(kind, Counts.NONE));
        }
        counts = Collections.unmodifiableMap(all);
    }

    /** True when the file was imported: no problems. */
    public boolean ok() {
        return problems.isEmpty();
    }

    static ImportResult failed(List<ImportProblem> problems) {
        return new ImportResult(problems, Map.of());
    }

    /** Records of one kind that the import created, changed, or found already as in the file. */
    public record Counts(int created, int updated, int unchanged) {
        public static final Counts NONE = new Counts(0, 0, 0);

        public int total() {
            return created + updated + unchanged;
        }
    }
}
