package org.xuefa.people;

/** A post with how many hold it today. */
public record PostRecord(Long id, Long unitId, String unitName, PostKind kind, String title, int establishment,
        String requiredCredentialType, long primaryHolders, long concurrentHolders, long version) {
}
