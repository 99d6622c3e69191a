package org.xuefa.base;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A node's session route is a plain name, as the nginx map's patterns expect; empty is a single process. */
class NodeRouteTest {

    @Test
    void routes_are_plain_names() {
        assertThatCode(() -> new NodeRoute("")).doesNotThrowAnyException();
        assertThatCode(() -> new NodeRoute("n12")).doesNotThrowAnyException();
        assertThatThrownBy(() -> new NodeRoute("n1.x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new NodeRoute("a b")).isInstanceOf(IllegalStateException.class);
    }
}
