package org.xuefa.quiz.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Looks through everything the server keeps in sync with the browser (each element's attributes, properties and
 * text, the whole tree down from the UI) for what must not reach it during an attempt: the answer key, the
 * points or score, and the explanations that would give the key away.
 */
public final class KeyLeakInspector {
    private static final Pattern SUSPICIOUS_NAME = Pattern.compile("(?i).*(correct|answer|right|score|point|key).*");

    private KeyLeakInspector() {
    }

    /** Everything under the UI: the body's own state and every component the UI holds. */
    public static List<String> leaks(UI ui, Collection<String> secrets) {
        List<String> found = new ArrayList<>();
        walk(ui.getElement(), secrets, found, "body");
        ui.getChildren().forEach(c -> walk(c.getElement(), secrets, found, c.getElement().getTag()));
        return found;
    }

    /** How many elements a walk visits, so a test can show the walk reaches the view. */
    public static int size(UI ui) {
        return ui.getChildren().mapToInt(c -> size(c.getElement())).sum();
    }

    private static int size(Element root) {
        int n = 1;
        for (int i = 0; i < root.getChildCount(); i++) {
            n += size(root.getChild(i));
        }
        return n;
    }

    private static void walk(Element e, Collection<String> secrets, List<String> found, String path) {
        for (String name : e.getAttributeNames().toList()) {
            check(path + "@" + name, name, e.getAttribute(name), secrets, found);
        }
        for (String name : e.getPropertyNames().toList()) {
            Object value = e.getPropertyRaw(name);
            check(path + "." + name, name, value == null ? "" : value.toString(), secrets, found);
        }
        if (e.isTextNode()) {
            check(path + "#text", "", e.getText(), secrets, found);
        }
        for (int i = 0; i < e.getChildCount(); i++) {
            Element child = e.getChild(i);
            walk(child, secrets, found, path + "/" + (child.isTextNode() ? "text" : child.getTag()));
        }
    }

    private static void check(String where, String name, String value, Collection<String> secrets, List<String> found) {
        // the i18n of Vaadin components and the aria labels of the navigator are known text, not data
        if (SUSPICIOUS_NAME.matcher(name).matches() && !name.equals("i18n")) {
            found.add(where + " (name)");
        }
        for (String secret : secrets) {
            if (value != null && secret != null && !secret.isBlank() && value.contains(secret)) {
                found.add(where + " contains [" + secret + "]");
            }
        }
    }
}
