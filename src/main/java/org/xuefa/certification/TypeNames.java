package org.xuefa.certification;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.people.CredentialTypeNames;

/** Tells the people module which credential types a post may require. */
@Component
class TypeNames implements CredentialTypeNames {
    private final CredentialTypeRepository types;

    TypeNames(CredentialTypeRepository types) {
        this.types = types;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> names(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        types.findAll().stream().map(CredentialType::toRecord)
                .sorted(Comparator.comparing(CredentialTypeRecord::code))
                .forEach(t -> names.put(t.code(), t.name(locale)));
        return names;
    }
}
