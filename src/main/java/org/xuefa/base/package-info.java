/**
 * The shared kernel: the entity base class, the clock, translations and the shared UI (main layout, start page
 * and the card contract that features use to contribute to it). It depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.xuefa.base;
