package org.xuefa.certification;

import org.springframework.test.context.ActiveProfiles;
import org.xuefa.support.RequiresPostgres;

/** The status computed by PostgreSQL agrees with the entity's, as on H2. */
@RequiresPostgres
@ActiveProfiles({"test", "demo", "pgtest"})
class CredentialStatusSqlPostgresTest extends CredentialStatusSqlTest {
}
