/**
 * Small view helpers the study modules share: the QR code drawn as SVG (projector, live quiz screen) and the
 * report cells' formats (attendance reports, make-up). Exposed to the other study modules as the named interface
 * {@code study::ui-shared}.
 */
@org.springframework.modulith.NamedInterface("ui-shared")
package org.xuefa.study.ui.shared;
