package org.xuefa.study;

import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in its own transaction and once more when a unique key refuses it: someone recorded the same person at
 * the same moment (another tab, another organizer), and the second run sees their row.
 */
@Component
class DuplicateRetry {
    private final TransactionTemplate tx;

    DuplicateRetry(TransactionTemplate tx) {
        this.tx = tx;
    }

    <T> T run(Supplier<T> work) {
        try {
            return tx.execute(status -> work.get());
        } catch (DataIntegrityViolationException e) {
            return tx.execute(status -> work.get());
        }
    }
}
