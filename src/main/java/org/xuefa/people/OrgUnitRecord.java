package org.xuefa.people;

import java.util.Locale;

/** An org unit for views and other modules. {@code depth} is 0 for a root. */
public record OrgUnitRecord(Long id, String code, String name, String nameEn, UnitKind kind, Long parentId,
        String path, int sortOrder, long version) {

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    /** The name in the reader's language; English falls back to the Chinese name. */
    public String displayName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }
}
