package org.xuefa.staffing;

import org.springframework.test.context.ActiveProfiles;
import org.xuefa.support.RequiresPostgres;

/** The staffing figures on a real PostgreSQL, with the same migrations and statements. */
@RequiresPostgres
@ActiveProfiles({"test", "demo", "pgtest"})
class StaffingFiguresPostgresTest extends StaffingFiguresContract {
}
