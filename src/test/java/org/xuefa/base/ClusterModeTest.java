package org.xuefa.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClusterModeTest {

    @Test
    void cluster_mode_on_h2_refuses_to_start_and_says_why() {
        assertThatThrownBy(() -> new ClusterMode(true, "jdbc:h2:file:./data/xuefa;WRITE_DELAY=0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("xuefa.cluster.enabled=true").hasMessageContaining("needs PostgreSQL")
                .hasMessageContaining("jdbc:h2");
        assertThatThrownBy(() -> new ClusterMode(true, "")).hasMessageContaining("not configured");
    }

    @Test
    void cluster_mode_on_postgresql_and_a_single_node_on_h2_start() {
        assertThat(new ClusterMode(true, "jdbc:postgresql://db:5432/xuefa").enabled()).isTrue();
        assertThat(new ClusterMode(false, "jdbc:h2:mem:test").enabled()).isFalse();
    }
}
