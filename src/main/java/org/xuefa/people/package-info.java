/**
 * The organisation and its people: the org-unit tree, officials, posts (the establishment, 编制) and who fills
 * them, full-time or concurrently. {@link org.xuefa.people.Officials}, {@link org.xuefa.people.OrgUnits} and
 * {@link org.xuefa.people.Establishment} are its API; {@link org.xuefa.people.RosterImport} reads HR's rosters.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit", "security"})
package org.xuefa.people;
