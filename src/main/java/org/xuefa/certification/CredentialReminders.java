package org.xuefa.certification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xuefa.notification.Notice;
import org.xuefa.notification.Notifier;
import org.xuefa.notification.Text;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.AccountDirectory;
import org.xuefa.security.Role;
import org.xuefa.security.SystemTask;

/**
 * Tells holders and their HR what is coming: 90, 60, 30 and 7 days before a credential expires, when this year's
 * registration is due, when a credential is suspended, and when next registration is at risk. Each notice has a
 * key naming its event, so running the job twice (or on two nodes) creates each notification once.
 */
@Component
public class CredentialReminders {
    static final int[] EXPIRY_DAYS = {7, 30, 60, 90};
    private static final Logger log = LoggerFactory.getLogger(CredentialReminders.class);
    private final CredentialRepository credentials;
    private final CredentialTypeRepository types;
    private final RegistrationRepository registrations;
    private final RegisterQueries queries;
    private final Officials officials;
    private final OrgUnits orgUnits;
    private final AccountDirectory accounts;
    private final Notifier notifier;
    private final List<RegistrationEvidence> evidence;
    private final Clock clock;
    private final MonthDay registrationDue;
    private final int registrationNoticeDays;
    private final String atStart;

    CredentialReminders(CredentialRepository credentials, CredentialTypeRepository types,
            RegistrationRepository registrations, RegisterQueries queries, Officials officials, OrgUnits orgUnits, AccountDirectory accounts,
            Notifier notifier, List<RegistrationEvidence> evidence, Clock clock,
            @Value("${xuefa.credentials.registration-due:--12-31}") String registrationDue,
            @Value("${xuefa.credentials.registration-notice-days:60}") int registrationNoticeDays,
            @Value("${xuefa.credentials.reminders-at-start:async}") String atStart) {
        this.atStart = atStart;
        this.credentials = credentials;
        this.types = types;
        this.registrations = registrations;
        this.queries = queries;
        this.officials = officials;
        this.orgUnits = orgUnits;
        this.accounts = accounts;
        this.notifier = notifier;
        this.evidence = evidence;
        this.clock = clock;
        this.registrationDue = MonthDay.parse(registrationDue);
        this.registrationNoticeDays = registrationNoticeDays;
    }

    @Scheduled(cron = "${xuefa.credentials.reminder-cron:0 15 7 * * *}", zone = "${xuefa.zone}")
    // one node sends them; lockAtLeastFor keeps a node whose clock is a little behind from a second run
    @SchedulerLock(name = "credential-reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void daily() {
        int created = run();
        log.info("Credential reminders: {} new notifications", created);
    }

    /**
     * A restarted server catches up at once rather than at the next morning's run. By default in the background, so
     * that a city's hundred thousand credentials never hold up the start; {@code xuefa.credentials.reminders-at-start}
     * {@code sync} (tests) waits for it, {@code off} leaves it to the daily run.
     */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        switch (atStart) {
            case "off" -> log.info("Credential reminders at start: off");
            case "sync" -> daily();
            default -> {
                Thread catchUp = new Thread(this::daily, "credential-reminders-at-start");
                catchUp.setDaemon(true);
                catchUp.start();
            }
        }
    }

    /** Runs the reminders for every credential; returns how many notifications were newly created. */
    public int run() {
        return SystemTask.run(this::remind);
    }

    /**
     * Walks every current credential in chunks of {@value RegisterQueries#CHUNK} (by id), each with its holders,
     * registrations and evidence, so neither memory nor any statement grows with the number of credentials.
     */
    private int remind() {
        LocalDate today = LocalDate.now(clock);
        Map<String, CredentialType> byCode = types.findAll().stream()
                .collect(Collectors.toMap(CredentialType::code, Function.identity()));
        Recipients recipients = new Recipients();
        int created = 0;
        long after = 0;
        while (true) {
            List<Credential> chunk = credentials.findByReplacedByIdIsNullAndIdGreaterThanOrderById(after,
                    Limit.of(RegisterQueries.CHUNK));
            if (chunk.isEmpty()) {
                return created;
            }
            created += remindChunk(chunk, byCode, recipients, today);
            after = chunk.get(chunk.size() - 1).getId();
        }
    }

    private int remindChunk(List<Credential> chunk, Map<String, CredentialType> byCode, Recipients recipients,
            LocalDate today) {
        int year = today.getYear();
        Map<Long, OfficialRecord> people = queries.officials(chunk.stream().map(Credential::holderId).toList());
        List<Credential> all = chunk.stream().filter(c -> people.containsKey(c.holderId())).toList();
        Set<Long> passedThisYear = new HashSet<>(registrations.passedBetween(year, chunk.get(0).getId(),
                chunk.get(chunk.size() - 1).getId()));
        Collection<OfficialRecord> holders = all.stream().map(c -> people.get(c.holderId())).distinct().toList();
        Evidence gathered = Evidence.gather(evidence, year, holders, clock.instant());
        Map<Long, BigDecimal> hours = gathered.hours();
        Map<Long, AnnualExamOutcome> exams = gathered.exams();
        int created = 0;
        for (Credential c : all) {
            CredentialType type = byCode.get(c.typeCode());
            if (type == null) {
                continue;
            }
            OfficialRecord holder = people.get(c.holderId());
            CredentialStatus status = c.statusOn(today, type.renewalWindowMonths());
            String typeName = Text.bilingual(type.toRecord().nameZh(), type.toRecord().nameEn());
            List<Long> to = recipients.of(holder);
            if (status.entitles() && c.expiresOn() != null) {
                long days = ChronoUnit.DAYS.between(today, c.expiresOn());
                for (int threshold : EXPIRY_DAYS) {
                    if (days >= 0 && days <= threshold) {
                        created += send(to, holder, "credential.expiry:" + c.getId() + ":" + threshold,
                                "credential.expiring", List.of(typeName, c.number(), c.expiresOn().toString(),
                                        String.valueOf(days)));
                        break;
                    }
                }
            }
            LocalDate due = registrationDue.atYear(year);
            if (type.toRecord().annualRegistration() && status.entitles() && c.issuedOn().getYear() < year
                    && !passedThisYear.contains(c.getId()) && !today.isBefore(due.minusDays(registrationNoticeDays))) {
                created += send(to, holder, "credential.registration:" + c.getId() + ":" + year,
                        "credential.registrationDue", List.of(typeName, c.number(), String.valueOf(year),
                                due.toString()));
            }
            if (status == CredentialStatus.SUSPENDED) {
                created += suspended(c, type, holder, to);
            }
            for (RiskReason reason : RegistrationRisk.assess(type.toRecord(), status, c.issuedOn(), today,
                    hours.get(holder.id()), exams.get(holder.id()))) {
                created += send(to, holder, "credential.risk:" + c.getId() + ":" + year + ":" + reason,
                        "credential.risk." + reason, List.of(typeName, c.number(),
                                hours.getOrDefault(holder.id(), BigDecimal.ZERO).stripTrailingZeros().toPlainString(),
                                RegistrationRisk.expectedHours(type.toRecord(), today).toPlainString(),
                                String.valueOf(type.toRecord().requiredHours())));
            }
        }
        return created;
    }

    /** Notifies the holder and their HR that a credential was suspended (after the suspending change commits). */
    void suspended(Credential c, CredentialType type) {
        SystemTask.run(() -> officials.find(c.holderId()).ifPresent(holder ->
                suspended(c, type, holder, new Recipients().of(holder))));
    }

    private int suspended(Credential c, CredentialType type, OfficialRecord holder, List<Long> to) {
        return send(to, holder, "credential.suspended:" + c.getId() + ":" + c.suspendedOn(), "credential.suspended",
                List.of(Text.bilingual(type.toRecord().nameZh(), type.toRecord().nameEn()), c.number(),
                        c.suspendedOn().toString(), c.suspendReason() == null ? "" : c.suspendReason()));
    }

    /**
     * Sends one notice per recipient: the holder reads "notification.{kind}.own" linking to their credentials, HR
     * reads "notification.{kind}.hr" (with the holder's name first) linking to the person's page.
     */
    private int send(List<Long> to, OfficialRecord holder, String key, String kind, List<String> args) {
        int created = 0;
        Long own = accounts.accountOf(holder.id()).orElse(null);
        for (Long account : to) {
            boolean isHolder = account.equals(own);
            List<String> withName = new ArrayList<>();
            if (!isHolder) {
                withName.add(holder.name());
            }
            withName.addAll(args);
            if (notifier.send(new Notice(account, key, "notification." + kind + (isHolder ? ".own" : ".hr"),
                    withName, isHolder ? "my-credentials" : "credentials/person/" + holder.id()))) {
                created++;
            }
        }
        return created;
    }

    /** The holder's account and the HR accounts whose grant covers the holder's unit, cached per run. */
    private final class Recipients {
        private final Map<Long, OrgUnitRecord> units = orgUnits.byId();
        private final Map<String, Long> idByCode = units.values().stream()
                .collect(Collectors.toMap(OrgUnitRecord::code, OrgUnitRecord::id, (a, b) -> a));
        private final Map<Long, List<Long>> hrByUnit = new HashMap<>();

        List<Long> of(OfficialRecord holder) {
            Set<Long> to = new LinkedHashSet<>();
            accounts.accountOf(holder.id()).ifPresent(to::add);
            to.addAll(hrByUnit.computeIfAbsent(holder.unitId(), this::hrCovering));
            return List.copyOf(to);
        }

        private List<Long> hrCovering(Long unitId) {
            OrgUnitRecord unit = units.get(unitId);
            if (unit == null) {
                return List.of();
            }
            List<Long> lineage = Arrays.stream(unit.path().split("/")).filter(code -> !code.isBlank())
                    .map(idByCode::get).filter(Objects::nonNull).toList();
            return accounts.granted(Role.HR, lineage);
        }
    }
}
