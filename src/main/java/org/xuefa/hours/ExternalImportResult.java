package org.xuefa.hours;

import java.util.List;
import org.xuefa.base.imports.ImportProblem;

/**
 * The outcome of an external-training import: either every problem found (and nothing written), or how many
 * trainings were recorded and how many the ledger already held (same official, certificate or title and day).
 */
public record ExternalImportResult(List<ImportProblem> problems, int created, int alreadyRecorded) {
    public ExternalImportResult {
        problems = List.copyOf(problems);
    }

    /** True when the file was imported: no problems. */
    public boolean ok() {
        return problems.isEmpty();
    }

    static ExternalImportResult failed(List<ImportProblem> problems) {
        return new ExternalImportResult(problems, 0, 0);
    }
}
