package org.xuefa.durability;

import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialData;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.SystemTask;

/**
 * Only in the child process of {@link KillDuringSaveTest}: saves an official through the service, as a user's
 * save would, and announces it once the transaction has committed.
 */
@Component
@Profile("durability-probe")
@Order(1000)
class DurabilityProbe implements ApplicationRunner {
    private final Officials officials;
    private final OrgUnits orgUnits;

    DurabilityProbe(Officials officials, OrgUnits orgUnits) {
        this.officials = officials;
        this.orgUnits = orgUnits;
    }

    @Override
    public void run(ApplicationArguments args) {
        String staffNumber = System.getenv("XUEFA_PROBE_STAFF_NUMBER");
        SystemTask.run(() -> {
            Long office = orgUnits.visibleTree().stream().filter(u -> u.code().equals("office")).findFirst()
                    .orElseThrow().id();
            officials.create(staffNumber, new OfficialData("持久化测试", office, "科员", OfficialCategory.STAFF,
                    EmploymentType.ESTABLISHED, LocalDate.of(2026, 1, 1), null));
        });
        System.out.println("SAVED " + staffNumber);
        System.out.flush();
    }
}
