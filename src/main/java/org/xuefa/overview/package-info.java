/**
 * What leaders see of their scope at a glance and the paperwork of the year: {@link org.xuefa.overview.LeadersOverview}
 * gathers the figures of the other modules (exam rates per unit, attendance per month, planned against held per
 * quarter, hours compliance, credentials, staffing gaps) through their public services, so the overview agrees
 * with the screens behind it; {@code ui} draws them as server-side SVG charts with a table beside each, and the
 * annual report material, 述法 material and 学法台账 are written from the same figures.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit", "security", "people", "course", "quiz",
        "certification", "staffing", "study", "studyplan", "studyreport", "studymakeup", "studyrecord", "hours"})
package org.xuefa.overview;
