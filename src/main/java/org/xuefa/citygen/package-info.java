/**
 * The city generator: a prefecture-level city of counties, towns and their units, with posts, officials,
 * assignments, credentials, a year of study sessions with attendance, an exam with attempts, course progress and
 * hours, written by JDBC batches for benchmarks and for trying Xuefa at size (command {@code generate-city}, see
 * README and docs/benchmarks.md). It writes other modules' tables directly, on purpose and only here: going through
 * their services would take hours at 100,000 officials. It reads the course catalog for real course and question
 * ids, and creates the city's HR account through the account service.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "people", "course"})
package org.xuefa.citygen;
