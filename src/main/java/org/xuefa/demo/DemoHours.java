package org.xuefa.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xuefa.hours.ComplianceRow;
import org.xuefa.hours.ExternalTraining;
import org.xuefa.hours.HoursCompliance;
import org.xuefa.hours.Progress;
import org.xuefa.hours.RequirementKind;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.SystemTask;

/**
 * The demo town's study hours of the year, on top of the session hours already credited: HR has recorded each
 * official's provincial training and imported the online platform's hours so that most are on pace or done; 邓伟 is
 * behind pace but can still make it at the rate of recent weeks, and 谢婷 has studied so little, and not lately,
 * that she cannot make it any more. The {@code cadre} (罗文杰) and the organizer's official (梁晓君) keep only their
 * session hours: the demo's credential story (registration at risk for want of hours) rests on them. Amounts
 * follow the pace of today.
 */
@Component
@Profile("demo")
@Order(40)
class DemoHours implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoHours.class);
    /** Share of today's pace each official reaches; the rest are brought to 105 %. */
    private static final Map<String, Double> SHARE = Map.of("TP-032", 0.9, "TP-033", 0.3, "TP-001", 1.2,
            "TP-071", 1.2);
    private static final Set<String> SESSIONS_ONLY = Set.of("TP-022", "TP-014");
    private final HoursCompliance compliance;
    private final ExternalTraining external;
    private final OrgUnits orgUnits;
    private final Clock clock;

    DemoHours(HoursCompliance compliance, ExternalTraining external, OrgUnits orgUnits, Clock clock) {
        this.compliance = compliance;
        this.external = external;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoStep.run(log, "study hours", () -> SystemTask.run(() -> {
            Long town = orgUnits.visibleTree().stream().filter(u -> u.code().equals("tangpeng"))
                    .map(OrgUnitRecord::id).findFirst().orElse(null);
            LocalDate today = LocalDate.now(clock);
            if (town == null) {
                return;
            }
            for (ComplianceRow r : compliance.people(town, false, 0, 500)) {
                if (r.staffNumber() == null || !r.staffNumber().startsWith("TP-")
                        || SESSIONS_ONLY.contains(r.staffNumber())
                        || external.recorded(r.officialId(), today.getYear())) {
                    continue;
                }
                double share = SHARE.getOrDefault(r.staffNumber(), 1.05);
                boolean lately = !"TP-033".equals(r.staffNumber());
                DemoStep.run(log, "hours of " + r.staffNumber(), () -> {
                    topUp(r, r.training(), share, today, lately);
                    topUp(r, r.online(), share, today, lately);
                });
            }
        }));
    }

    /** Records what brings the official to the share of the pace: a third long ago, the rest in the last weeks. */
    private void topUp(ComplianceRow r, Progress p, double share, LocalDate today, boolean lately) {
        BigDecimal target = p.expected().multiply(BigDecimal.valueOf(share)).setScale(1, RoundingMode.HALF_UP);
        if (share > 1.1) {
            target = target.max(p.required());
        }
        BigDecimal missing = target.subtract(p.earned());
        if (missing.compareTo(BigDecimal.ONE) < 0) {
            return;
        }
        BigDecimal old = lately ? missing.divide(BigDecimal.valueOf(3), 1, RoundingMode.HALF_UP) : missing;
        LocalDate jan = LocalDate.of(today.getYear(), 1, 1);
        LocalDate oldDay = today.minusDays(150).isBefore(jan) ? jan : today.minusDays(150);
        LocalDate recentDay = today.minusDays(20).isBefore(jan) ? jan : today.minusDays(20);
        boolean training = p.kind() == RequirementKind.TRAINING;
        if (old.signum() > 0) {
            external.record(new ExternalTraining.Entry(r.officialId(), training ? "广东省干部依法行政专题培训班"
                    : "广东干部网络学院网络自学（上半年导入）", training ? "广东省委党校" : "广东干部网络学院", old, oldDay,
                    training ? "GDDX-" + today.getYear() + "-" + r.staffNumber() : null, p.kind()));
        }
        BigDecimal rest = missing.subtract(old);
        if (lately && rest.signum() > 0) {
            external.record(new ExternalTraining.Entry(r.officialId(), training ? "湛江市行政执法人员法律知识轮训"
                    : "广东干部网络学院网络自学（近期导入）", training ? "湛江市司法局" : "广东干部网络学院", rest,
                    recentDay, null, p.kind()));
        }
    }
}
