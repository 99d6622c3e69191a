/**
 * The organisation and its people: the org-unit tree, officials, posts (the establishment, 编制) and who fills
 * them, full-time or concurrently. {@link org.xuefa.people.Officials}, {@link org.xuefa.people.OrgUnits} and
 * {@link org.xuefa.people.Establishment} are its API; {@link org.xuefa.people.RosterImport} reads HR's rosters;
 * {@link org.xuefa.people.AudienceRule} and {@link org.xuefa.people.Audiences} are the one audience model of exams
 * and study sessions (a unit's subtree, a role or category inside the owner's unit, a named official).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit", "security"})
package org.xuefa.people;
