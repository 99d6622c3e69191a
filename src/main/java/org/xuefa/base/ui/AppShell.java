package org.xuefa.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;

/** Theme and page-wide settings: a phone-friendly viewport, and server push for live screens. */
@Theme("xuefa")
@Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {
}
