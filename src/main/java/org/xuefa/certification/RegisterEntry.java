package org.xuefa.certification;

import java.util.List;

/** One row of the register: the credential with today's status, and why its next registration is at risk. */
public record RegisterEntry(CredentialRecord credential, List<RiskReason> risks) {
}
