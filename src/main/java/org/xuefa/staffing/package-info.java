/**
 * The staffing-gap report: per unit and post kind, established posts against those filled full-time, vacancies,
 * the work done by part-time staff and credential coverage, computed by SQL aggregates over the people and
 * certification tables ({@code StaffingSql}), rolled up by level (city, county, town, unit) and exported as
 * streamed CSV and XLSX.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "people", "certification"})
package org.xuefa.staffing;
