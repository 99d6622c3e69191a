package org.xuefa.certification;

/** A credential type as its editor sees it: the rules and the version an edit must name. */
public record CredentialTypeEntry(Long id, long version, CredentialTypeRecord type) {

    public String code() {
        return type.code();
    }
}
