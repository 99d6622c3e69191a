package org.xuefa.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** The frame every start-page card uses: a heading and content. */
public class Card extends Div {
    public Card(String title, Component... content) {
        addClassName("xf-card");
        H3 heading = new H3(title);
        heading.addClassName("xf-card-title");
        add(heading);
        add(content);
    }
}
