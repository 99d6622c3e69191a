package org.xuefa.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A card a feature contributes to the start page. Implement it as a Spring bean in the feature's ui package;
 * the start page shows every card that returns one for the signed-in user, ordered by {@link #order()}.
 */
public interface DashboardCard {

    /** Lower comes first. */
    int order();

    /** A new component for the current user, or empty when there is nothing of theirs to show. */
    Optional<Component> create();
}
