package org.xuefa.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.BusinessException;
import org.xuefa.base.Allowed;
import org.xuefa.security.AccountIssuer;
import org.xuefa.security.Role;

/**
 * The roll-out: accounts for every active official of a unit subtree who has none, a batch at a time (paged in SQL
 * through the unit path, so a county's subtree is never read whole). Each batch is one transaction; running it again,
 * or twice at once (a unique index on the account's official), creates no second account for anyone.
 */
@Service
@Transactional
public class AccountRollout {
    static final int BATCH = 50;

    private final OfficialRepository officials;
    private final OrgUnitRepository units;
    private final UnitScopes scopes;
    private final AccountIssuer issuer;
    private final AuditLog audit;

    AccountRollout(OfficialRepository officials, OrgUnitRepository units, UnitScopes scopes, AccountIssuer issuer,
            AuditLog audit) {
        this.officials = officials;
        this.units = units;
        this.scopes = scopes;
        this.issuer = issuer;
        this.audit = audit;
    }

    /** How many active officials of the unit's subtree have no account yet. */
    @Allowed.Hr
    @Transactional(readOnly = true)
    public long countWithoutAccount(Long unitId) {
        return officials.countWithoutAccount(root(unitId).path());
    }

    /**
     * Creates accounts for the next batch (up to {@value #BATCH}) of officials of the subtree without one and returns
     * their slips; {@link Batch#done()} when everyone has an account (a batch holds no slip for an official whose
     * account was only linked from the account's side, which it mends).
     */
    @Allowed.Hr
    public Batch createNextBatch(Long unitId) {
        OrgUnit root = root(unitId);
        List<Official> batch = officials.withoutAccount(root.path(), PageRequest.of(0, BATCH));
        if (batch.isEmpty()) {
            return new Batch(0, List.of());
        }
        Map<Long, OrgUnit> byId = units.findAllById(batch.stream().map(Official::unitId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(OrgUnit::getId, u -> u));
        List<RolloutSlip> slips = new ArrayList<>();
        for (Official o : batch) {
            var issued = issuer.issue(new AccountIssuer.Holder(o.getId(), o.unitId(), o.staffNumber(), o.name()));
            o.linkAccount(issued.accountId()); // also mends an account linked from the account's side only
            if (issued.isNew()) {
                slips.add(new RolloutSlip(o.getId(), o.staffNumber(), o.name(), byId.get(o.unitId()).name(),
                        issued.username(), issued.oneTimePassword()));
            }
        }
        officials.flush();
        audit.record("ROLLOUT", "org_unit", unitId, "accounts for unit " + root.name(),
                slips.size() + " accounts created");
        return new Batch(batch.size(), List.copyOf(slips));
    }

    /** One batch: how many officials it handled (0: none was left) and the slips of the accounts it created. */
    public record Batch(int handled, List<RolloutSlip> slips) {
        public boolean done() {
            return handled == 0;
        }
    }

    /** Disables the account of an official who left, if it has one (called where officials change). */
    void disableIfLeft(Official official) {
        if (!official.active() && official.accountId() != null) {
            issuer.disableLeaver(new AccountIssuer.Holder(official.getId(), official.unitId(), official.staffNumber(),
                    official.name()));
        }
    }

    private OrgUnit root(Long unitId) {
        scopes.require(unitId, Role.HR);
        return units.findById(unitId).orElseThrow(() -> new BusinessException("error.not-found"));
    }
}
