package org.xuefa.certification;

import java.util.List;

/** A person's page: who they are and every credential they hold or held, newest first. */
public record HolderCredentials(Long officialId, String name, String unitName, String staffNumber,
        List<CredentialDetail> credentials) {
}
