/**
 * The shared kernel: the entity base class, the clock and its one zone setting, the named role sets of service
 * methods ({@link org.xuefa.base.Allowed}), translations, the spreadsheet import framework ({@code imports}), the
 * spreadsheet and file helpers, and the shared UI (main layout, start page, the card contract that features use to
 * contribute to it, the pieces import screens share, and the date formatters of {@link org.xuefa.base.ui.Times}).
 * It depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.xuefa.base;
