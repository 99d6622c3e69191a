package org.xuefa.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The load driver's copy of Vaadin's state tree, fed with changes as the server writes them (no server here). */
class VaadinClientTest {
    private final ObjectMapper json = new ObjectMapper();
    private final VaadinClient client = new VaadinClient(VaadinClient.sharedHttp(), URI.create("http://localhost:1"));

    private void apply(String message) throws Exception {
        client.apply(json.readTree(message.replace('\'', '"')));
    }

    @Test
    void finds_components_by_id_reads_their_text_and_the_keys_of_a_radio_group() throws Exception {
        apply("""
                {'syncId': 3, 'clientId': 4, 'changes': [
                  {'node': 10, 'type': 'attach'},
                  {'node': 10, 'type': 'put', 'key': 'text', 'feat': 7, 'value': 'Saved at 10:31:07'},
                  {'node': 11, 'type': 'put', 'key': 'tag', 'feat': 0, 'value': 'span'},
                  {'node': 11, 'type': 'splice', 'feat': 2, 'index': 0, 'addNodes': [10]},
                  {'node': 11, 'type': 'put', 'key': 'id', 'feat': 3, 'value': 'save-status'},
                  {'node': 11, 'type': 'splice', 'feat': 11, 'index': 0, 'add': ['xf-muted']},
                  {'node': 20, 'type': 'put', 'key': 'value', 'feat': 1, 'value': '1'},
                  {'node': 21, 'type': 'put', 'key': 'value', 'feat': 1, 'value': '2'},
                  {'node': 22, 'type': 'put', 'key': 'tag', 'feat': 0, 'value': 'vaadin-radio-group'},
                  {'node': 22, 'type': 'splice', 'feat': 2, 'index': 0, 'addNodes': [20, 21]},
                  {'node': 22, 'type': 'put', 'key': 'id', 'feat': 3, 'value': 'exam-choices'},
                  {'node': 22, 'type': 'put', 'key': 'value-changed', 'feat': 4, 'value': 'Fg73o1qebBo='}
                ]}""");
        assertThat(client.text("save-status")).isEqualTo("Saved at 10:31:07");
        assertThat(client.require("save-status").hasClass("xf-muted")).isTrue();
        assertThat(client.require("exam-choices").tag()).isEqualTo("vaadin-radio-group");
        assertThat(client.itemKeys("exam-choices")).containsExactly("1", "2");
        assertThat(client.idsStartingWith("exam-")).containsExactly("exam-choices");
    }

    @Test
    void later_changes_replace_children_and_detached_components_are_gone() throws Exception {
        apply("""
                {'changes': [
                  {'node': 5, 'type': 'put', 'key': 'text', 'feat': 7, 'value': '5 of 80 answered'},
                  {'node': 6, 'type': 'splice', 'feat': 2, 'index': 0, 'addNodes': [5]},
                  {'node': 6, 'type': 'put', 'key': 'id', 'feat': 3, 'value': 'exam-progress'},
                  {'node': 7, 'type': 'put', 'key': 'id', 'feat': 3, 'value': 'start-confirm'}
                ]}""");
        apply("""
                {'changes': [
                  {'node': 8, 'type': 'put', 'key': 'text', 'feat': 7, 'value': '6 of 80 answered'},
                  {'node': 6, 'type': 'clear', 'feat': 2},
                  {'node': 6, 'type': 'splice', 'feat': 2, 'index': 0, 'addNodes': [8]},
                  {'node': 7, 'type': 'detach'}
                ]}""");
        assertThat(client.text("exam-progress")).isEqualTo("6 of 80 answered");
        assertThat(client.has("start-confirm")).isFalse();
        assertThatThrownBy(() -> client.require("start-confirm")).isInstanceOf(VaadinClient.Failure.class)
                .hasMessageContaining("#start-confirm");
    }
}
