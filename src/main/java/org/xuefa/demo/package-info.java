/**
 * Demo data for the {@code demo} profile only: a town modelled on the reference customer, seeded through the
 * modules' own services, and the demo accounts. Never active in the production jar's default.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security", "people", "course", "quiz",
        "certification", "study", "studyplan", "studyrecord", "studymakeup", "hours"})
package org.xuefa.demo;
