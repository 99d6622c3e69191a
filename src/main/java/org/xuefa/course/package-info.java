/**
 * Courses as files: reads the courses folder (laws, courses, lessons, question banks), validates it with file and
 * line, keeps the last good version of each course, and serves the catalogue, the reader, practice and each
 * official's progress. Question banks move to and from Moodle as GIFT.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit", "security", "people"})
package org.xuefa.course;
