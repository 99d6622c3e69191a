package org.xuefa.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature puts in the top bar beside the user menu (e.g. the notification bell). Implement it as a
 * Spring bean; the layout asks each for a new component for the signed-in user.
 */
public interface HeaderItem {

    int order();

    Optional<Component> create();
}
