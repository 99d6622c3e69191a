package org.xuefa.people;

import java.util.Locale;
import java.util.Map;

/**
 * The credential types a post may require, by code, with their names in a language. Implemented by the
 * certification module (which depends on people, not the other way round).
 */
public interface CredentialTypeNames {

    /** Every known type's code and name, in a stable order. */
    Map<String, String> names(Locale locale);
}
