package org.xuefa.certification;

import org.springframework.test.context.ActiveProfiles;
import org.xuefa.support.RequiresPostgres;

/** The register's paging, filters, counts and exports on a real PostgreSQL. */
@RequiresPostgres
@ActiveProfiles({"test", "demo", "pgtest"})
class CredentialRegisterPostgresTest extends CredentialRegisterTest {
}
