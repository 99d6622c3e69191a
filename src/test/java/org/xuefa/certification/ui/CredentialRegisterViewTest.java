package org.xuefa.certification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.KaribuTestBase;
import org.xuefa.base.ui.Card;
import org.xuefa.certification.CredentialStatus;
import org.xuefa.certification.RegisterEntry;
import org.xuefa.certification.RegisterTown;
import org.xuefa.people.OrgUnitRecord;

/** The register screen as HR of a town of a few hundred credentials: a lazy grid the filters narrow in the database. */
@Transactional // the town of this test is rolled back
class CredentialRegisterViewTest extends KaribuTestBase {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private RegisterTown town;
    private Grid<RegisterEntry> grid;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void hrOpensTheRegisterOfATown() {
        town = RegisterTown.build(ctx, fixtures, 240, 3);
        loginAs(town.hr);
        navigate("credentials");
        grid = _get(Grid.class, s -> s.withId("credentials-grid"));
    }

    @Test
    void the_grid_is_paged_by_the_database_and_counts_the_whole_register() {
        assertThat(grid.getDataProvider().isInMemory()).as("a lazy grid").isFalse();
        assertThat(GridKt._size(grid)).isEqualTo(240);
        assertThat(GridKt._get(grid, 239).credential().number()).startsWith(town.tag);
        assertThat(_get(Anchor.class, s -> s.withId("credentials-csv")).getHref()).isEqualTo("/export/credentials.csv");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_filters_narrow_the_grid_and_the_export_links() {
        Select<CredentialStatus> status = _get(Select.class, s -> s.withId("credentials-status"));
        status.setValue(CredentialStatus.EXPIRED);
        long expired = town.samples.stream().filter(s -> s.statusOn(TODAY) == CredentialStatus.EXPIRED).count();
        assertThat(GridKt._size(grid)).isEqualTo((int) expired);
        assertThat(GridKt._findAll(grid)).allMatch(e -> e.credential().status() == CredentialStatus.EXPIRED);
        assertThat(_get(Anchor.class, s -> s.withId("credentials-xlsx")).getHref())
                .isEqualTo("/export/credentials.xlsx?status=EXPIRED");

        status.setValue(null);
        ComboBox<OrgUnitRecord> unit = _get(ComboBox.class, s -> s.withId("credentials-unit"));
        unit.setValue(town.subUnit);
        assertThat(GridKt._size(grid)).isEqualTo((int) town.samples.stream()
                .filter(s -> s.unitId().equals(town.subUnit.id())).count());
        _get(TextField.class, s -> s.withId("credentials-text")).setValue(town.tag + "0012");
        assertThat(GridKt._findAll(grid)).allMatch(e -> e.credential().number().startsWith(town.tag + "0012"));
        assertThat(_get(Anchor.class, s -> s.withId("credentials-csv")).getHref())
                .isEqualTo("/export/credentials.csv?unit=" + town.subUnit.id() + "&text=" + town.tag + "0012");
    }

    @Test
    void the_start_page_counts_what_expires_soon_is_suspended_or_expired() {
        long expiring = town.samples.stream().filter(s -> s.statusOn(TODAY).entitles() && s.expiresOn() != null
                && !s.expiresOn().isAfter(TODAY.plusDays(90))).count();
        long suspended = town.samples.stream().filter(s -> s.statusOn(TODAY) == CredentialStatus.SUSPENDED).count();
        long expired = town.samples.stream().filter(s -> s.statusOn(TODAY) == CredentialStatus.EXPIRED).count();
        navigate("");
        assertThat(_get(Card.class, s -> s.withId("card-credentials")).getElement().getTextRecursively())
                .contains("90 天内到期 " + expiring + " 件，暂停 " + suspended + " 件，已过期 " + expired + " 件。");
    }
}
