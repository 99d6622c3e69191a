package org.xuefa.study.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xuefa.base.ui.AwaitingDecision;
import org.xuefa.base.ui.AwaitingDecision.Pending;

/** The other kinds of things awaiting the organizer (beside leave requests): a count and a link to each. */
final class AwaitingList {
    private AwaitingList() {
    }

    /** What each contributed kind has for the signed-in user, in the kinds' order; kinds with nothing left out. */
    static List<Pending> pending(List<AwaitingDecision> kinds, int limit) {
        return kinds.stream().sorted(Comparator.comparingInt(AwaitingDecision::order)).map(k -> k.pending(limit))
                .flatMap(Optional::stream).toList();
    }

    static Div of(Pending p, String idPrefix) {
        Div block = new Div();
        block.setId(idPrefix + p.id());
        block.addClassName("xf-awaiting");
        Paragraph count = new Paragraph(p.countText());
        count.setId(idPrefix + p.id() + "-count");
        UnorderedList items = new UnorderedList();
        p.first().forEach(i -> items.add(new ListItem(new Anchor(i.href(), i.text()))));
        block.add(count, items);
        return block;
    }
}
