package org.xuefa.certification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuefa.KaribuTestBase;
import org.xuefa.certification.RegisterEntry;
import org.xuefa.certification.Credentials;
import org.xuefa.certification.NewCredential;

class ScanDialogTest extends KaribuTestBase {
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void hr_opens_the_scan_dialog_from_the_register_and_a_wrong_file_gets_a_message() {
        loginAs("hr");
        Long holder = official("TP-033");
        String number = "D" + UUID.randomUUID().toString().substring(0, 6);
        ctx.getBean(Credentials.class).add(new NewCredential(holder, "ENFORCEMENT", number, "", LocalDate.of(2025, 1, 2),
                null, ""));
        navigate("credentials");
        @SuppressWarnings("unchecked")
        Grid<RegisterEntry> grid = _get(Grid.class, s -> s.withId("credentials-grid"));
        RegisterEntry record = GridKt._findAll(grid).stream().filter(r -> r.credential().number().equals(number))
                .findFirst().orElseThrow();
        // the actions column is the last one; its renderer builds the row's menu
        @SuppressWarnings("unchecked")
        var renderer = (ComponentRenderer<MenuBar, RegisterEntry>) grid.getColumns()
                .get(grid.getColumns().size() - 1).getRenderer();
        MenuItem scan = renderer.createComponent(record).getItems().get(0).getSubMenu().getItems().stream()
                .filter(i -> i.getText().equals("扫描件")).findFirst().orElseThrow();
        ComponentUtil.fireEvent(scan, new ClickEvent<>(scan));

        ScanDialog dialog = _get(ScanDialog.class);
        assertThat(_get(Paragraph.class, s -> s.withId("scan-status")).getText()).isEqualTo("尚未上传扫描件。");
        dialog.attach("GIF89a".getBytes(StandardCharsets.US_ASCII));
        NotificationsKt.expectNotifications("文件内容不是 PDF、JPEG 或 PNG（按文件内容判断，与文件名无关）。");
        dialog.attach(PDF);
        NotificationsKt.clearNotifications();
        assertThat(_get(Paragraph.class, s -> s.withId("scan-status")).getText()).startsWith("已有扫描件：PDF 文件，1 KB");
        assertThat(_get(Anchor.class, s -> s.withId("scan-download")).getHref()).startsWith("/files/credentials/");
        _click(_get(Button.class, s -> s.withId("scan-remove")));
        assertThat(_get(Paragraph.class, s -> s.withId("scan-status")).getText()).isEqualTo("尚未上传扫描件。");
    }

}
