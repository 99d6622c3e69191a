/**
 * The shared kernel: the entity base class, the clock, translations, the spreadsheet import framework
 * ({@code imports}) and the shared UI (main layout, start page, the card contract that features use to contribute
 * to it, and the pieces import screens share). It depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.xuefa.base;
