package org.xuefa.staffing;

/** The staffing figures on the in-memory H2 of the shared test context. */
class StaffingFiguresH2Test extends StaffingFiguresContract {
}
