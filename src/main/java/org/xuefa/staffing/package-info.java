/**
 * The staffing-gap report: per unit and post kind, established posts against those filled full-time, vacancies,
 * and the work done by part-time staff. Read-only over the people module; exported as CSV and XLSX.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "people", "certification"})
package org.xuefa.staffing;
