package org.xuefa.certification;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns of a credential import file. Headers may be Chinese or English; the aliases are written here so
 * that parsing does not depend on the translation bundle. The first alias of each language is what the templates
 * write.
 */
enum CredentialColumn {
    STAFF_NUMBER("staffNumber", true, 64, "工号|人员编号|干部工号", "staff number|staff no|staff id"),
    TYPE("type", true, 200, "证件类型|证件种类|证件名称|证件类别", "credential type|type"),
    NUMBER("number", true, 64, "证件编号|证件号码|证件号|证号|执法证号", "credential number|certificate number|number"),
    FIELDS("fields", false, 1000, "执法领域|执法类别|执法门类", "enforcement fields|enforcement field|fields"),
    ISSUED("issuedOn", true, 0, "发证日期|发证时间|颁发日期", "issued on|issue date|date issued"),
    EXPIRES("expiresOn", false, 0, "有效期至|有效期|到期日期|截止日期|有效期限", "valid until|expires on|expiry date|expiry"),
    ISSUER("issuer", false, 200, "发证机关|发证单位|颁发机关", "issued by|issuer|issuing authority");

    private final String key;
    private final boolean required;
    private final int maxLength;
    private final List<String> chinese;
    private final List<String> english;

    CredentialColumn(String key, boolean required, int maxLength, String chinese, String english) {
        this.key = key;
        this.required = required;
        this.maxLength = maxLength;
        this.chinese = List.of(chinese.split("\\|"));
        this.english = List.of(english.split("\\|"));
    }

    /** The translation key of the column's name, passed as a problem argument so the view names the column. */
    String labelKey() {
        return "credentialImport.column." + key;
    }

    /** A required column must be in the header and have a value in every row. */
    boolean required() {
        return required;
    }

    int maxLength() {
        return maxLength;
    }

    /** The header a template writes in the language. */
    String header(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage())) {
            String e = english.get(0);
            return Character.toUpperCase(e.charAt(0)) + e.substring(1);
        }
        return chinese.get(0);
    }

    /** The column a header names, or null. */
    static CredentialColumn of(String header) {
        String k = headerKey(header);
        if (k.isEmpty()) {
            return null;
        }
        return Arrays.stream(values())
                .filter(c -> c.name().equalsIgnoreCase(k) || c.chinese.stream().anyMatch(a -> headerKey(a).equals(k))
                        || c.english.stream().anyMatch(a -> headerKey(a).equals(k)))
                .findFirst().orElse(null);
    }

    /** Full-width letters and digits to ASCII, trimmed (also ideographic and non-breaking spaces). */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }

    /** A header reduced for matching: no case, spaces, underscores, asterisks or a trailing note in brackets. */
    static String headerKey(String s) {
        if (s == null) {
            return "";
        }
        String k = fold(s).toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.*]", "");
        return k.replaceAll("\\(.*\\)$", "");
    }
}
