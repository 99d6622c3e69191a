package org.xuefa.people;

/** What kind of node an org unit is. */
public enum UnitKind {
    COUNTY, TOWN, OFFICE, BRIGADE, STATION, VILLAGE_COMMITTEE, OTHER
}
