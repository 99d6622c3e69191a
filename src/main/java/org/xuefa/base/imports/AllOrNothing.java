package org.xuefa.base.imports;

import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xuefa.base.BusinessException;

/**
 * Writing checked rows: a rule the checks missed (a {@link BusinessException}) becomes a problem of its row, and
 * if there is any, everything this import wrote is undone by rolling the transaction back.
 */
public final class AllOrNothing {
    private final List<ImportProblem> problems = new ArrayList<>();

    /** Runs one row's write, turning a broken rule into a problem of that row. */
    public void write(String sheet, int row, Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            problems.add(ImportProblem.of(sheet, row, e.messageKey(), e.args()));
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The problems; when there are any, the transaction is marked so that nothing written stays. */
    public List<ImportProblem> problems() {
        if (!problems.isEmpty()) {
            undo();
        }
        return List.copyOf(problems);
    }

    /** Marks the current transaction, if any, for rollback: the import writes nothing. */
    public static void undo() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
    }
}
