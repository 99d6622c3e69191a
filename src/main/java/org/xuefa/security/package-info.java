/**
 * Accounts, roles and their org-unit scopes, login and the current user. Refers to officials and org units only
 * by id; the people module answers questions about units through {@link org.xuefa.security.OrgUnitDirectory}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit"})
package org.xuefa.security;
