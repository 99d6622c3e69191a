package org.xuefa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.xuefa");

    @Test
    void modules_depend_only_on_what_their_package_info_allows() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void the_study_features_are_modules_of_their_own_that_the_sessions_module_never_uses() {
        ApplicationModules modules = ApplicationModules.of(Application.class);
        List<String> builtOnSessions = List.of("studyplan", "studyrecord", "studylive", "studymakeup",
                "studycalendar", "studyreport");
        assertThat(builtOnSessions).allSatisfy(id -> assertThat(modules.getModuleByName(id)).as(id).isPresent());
        noClasses().that().resideInAPackage("org.xuefa.study..").should().dependOnClassesThat()
                .resideInAnyPackage(builtOnSessions.stream().map(id -> "org.xuefa." + id + "..").toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void services_never_depend_on_views() {
        noClasses().that().areAnnotatedWith(Service.class).should().dependOnClassesThat()
                .resideInAPackage("..ui..").check(CLASSES);
    }

    @Test
    void views_never_use_repositories() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat()
                .areAssignableTo(Repository.class).check(CLASSES);
    }

    @Test
    void repositories_are_not_public() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void every_public_method_of_a_public_service_is_secured() {
        methods().that().arePublic()
                .and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().arePublic()
                .and().doNotHaveName("equals").and().doNotHaveName("hashCode").and().doNotHaveName("toString")
                .and().areNotStatic()
                .should().beMetaAnnotatedWith(PreAuthorize.class).check(CLASSES);
    }

    @Test
    void role_sets_are_named_once_in_base_allowed() {
        methods().that().areDeclaredInClassesThat().resideOutsideOfPackage("org.xuefa.base")
                .should().notBeAnnotatedWith(PreAuthorize.class)
                .because("services name their rule with @Allowed.X instead of spelling role lists").check(CLASSES);
    }

    @Test
    void services_read_time_from_the_injected_clock() {
        noClasses().that().resideOutsideOfPackage("..ui..").and().resideOutsideOfPackage("org.xuefa.demo..")
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now").check(CLASSES);
    }
}
