package org.xuefa.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xuefa.notification.Notice;
import org.xuefa.notification.Notifier;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.security.AccountDirectory;
import org.xuefa.security.Role;

/**
 * Tells the organizers of a session's unit (a grant on the unit or any unit above it) that leave was asked, and the
 * invitee how it was decided. Called after the commit, so a notice never speaks of a request that was rolled back.
 */
@Component
class LeaveNotices {
    private final AccountDirectory accounts;
    private final Notifier notifier;
    private final OrgUnits orgUnits;

    LeaveNotices(AccountDirectory accounts, Notifier notifier, OrgUnits orgUnits) {
        this.accounts = accounts;
        this.notifier = notifier;
        this.orgUnits = orgUnits;
    }

    void asked(LeaveRecord leave, String sessionTitle, Long unitId, String officialName) {
        String key = "leave.asked:" + leave.id() + ":" + leave.requestedAt().toEpochMilli();
        for (Long account : accounts.granted(Role.ORGANIZER, unitAndAncestors(unitId))) {
            notifier.send(new Notice(account, key, "notification.leave.asked", List.of(officialName, sessionTitle),
                    "inbox"));
        }
    }

    void decided(LeaveRecord leave, String sessionTitle) {
        accounts.accountOf(leave.officialId()).ifPresent(account -> notifier.send(new Notice(account,
                "leave.decided:" + leave.id() + ":" + leave.decidedAt().toEpochMilli(),
                "notification.leave." + (leave.status() == LeaveStatus.APPROVED ? "approved" : "declined"),
                List.of(sessionTitle), "my-sessions")));
    }

    private List<Long> unitAndAncestors(Long unitId) {
        Map<Long, OrgUnitRecord> tree = orgUnits.byId();
        List<Long> ids = new ArrayList<>();
        for (OrgUnitRecord u = tree.get(unitId); u != null && !ids.contains(u.id()); u = tree.get(u.parentId())) {
            ids.add(u.id());
        }
        return ids;
    }
}
