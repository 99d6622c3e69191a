package org.xuefa.people;

/** Where an official stands: the rules on training hours differ by category. */
public enum OfficialCategory {
    LEADERSHIP_TEAM, TOWNSHIP_LEADER, STAFF
}
