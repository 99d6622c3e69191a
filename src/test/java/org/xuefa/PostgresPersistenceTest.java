package org.xuefa;

import org.springframework.test.context.ActiveProfiles;
import org.xuefa.support.RequiresPostgres;

/** The persistence contract on a real PostgreSQL, with the same Flyway migrations. */
@RequiresPostgres
@ActiveProfiles({"test", "demo", "pgtest"})
class PostgresPersistenceTest extends PersistenceContract {
}
