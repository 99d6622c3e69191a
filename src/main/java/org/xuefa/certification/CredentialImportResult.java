package org.xuefa.certification;

import java.util.List;
import org.xuefa.base.imports.ImportProblem;

/**
 * The outcome of a credential import: either every problem found (and nothing written), or how many credentials
 * were created, updated, or found already as in the file.
 */
public record CredentialImportResult(List<ImportProblem> problems, int created, int updated, int unchanged) {
    public CredentialImportResult {
        problems = List.copyOf(problems);
    }

    /** True when the file was imported: no problems. */
    public boolean ok() {
        return problems.isEmpty();
    }

    static CredentialImportResult failed(List<ImportProblem> problems) {
        return new CredentialImportResult(problems, 0, 0, 0);
    }
}
