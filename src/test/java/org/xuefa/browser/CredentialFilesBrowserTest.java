package org.xuefa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialRecord;
import org.xuefa.security.Role;
import org.xuefa.support.Fixtures;

/** The credential import and a scanned copy, through a real browser: real uploads and a real download. */
class CredentialFilesBrowserTest extends BrowserTestBase {
    private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private static void upload(WebDriver d, String uploadId, Path file) {
        WebElement upload = d.findElement(By.id(uploadId));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
    }

    @Test
    void hr_imports_a_file_and_attaches_a_scan_that_a_cadre_cannot_download() throws Exception {
        // HR of a town of the test's own, with one established and one contract official
        Long town = fixtures.newTown().id();
        String hr = fixtures.newAccount(Role.HR, town, null);
        OfficialRecord established = fixtures.newOfficial(town);
        OfficialRecord contract = fixtures.newOfficial(town, OfficialCategory.STAFF, EmploymentType.CONTRACT);
        WebDriver d = browser("zh-CN");
        signIn(d, hr, Fixtures.PASSWORD);
        d.get(url("/credentials/import"));
        waitForText(d, "导入已有证件");
        Path bad = Files.createTempFile("credentials", ".csv");
        Files.writeString(bad, "\uFEFF工号,证件类型,证件编号,执法领域,发证日期,有效期至,发证机关\n"
                + established.staffNumber() + ",ENFORCEMENT,B" + tag + "-1,城市管理,2024-01-05,,\n"
                + contract.staffNumber() + ",ENFORCEMENT,B" + tag + "-2,城市管理,2024-01-05,,\n", StandardCharsets.UTF_8);
        upload(d, "credential-import-upload", bad);
        assertThat(waitForText(d, "未导入任何数据")).contains("不是在编人员");
        Path good = Files.createTempFile("credentials", ".csv");
        Files.writeString(good, "工号,证件类型,证件编号,执法领域,发证日期\n"
                + established.staffNumber() + ",行政执法证,B" + tag + "-1,城市管理,2024-01-05\n", StandardCharsets.UTF_8);
        upload(d, "credential-import-upload", good);
        assertThat(waitForText(d, "导入完成")).contains("新增 1 个，更新 0 个，未变 0 个证件。");

        // the person's page lists the credential with its menu of actions; the scan is one of them
        d.get(url("/credentials/person/" + established.id()));
        waitForText(d, "B" + tag + "-1");
        WebElement bar = waitFor(d).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-menu-bar[id^='credential-actions-']")));
        String credentialId = bar.getAttribute("id").substring("credential-actions-".length());
        click(d, bar.findElement(By.cssSelector("vaadin-menu-bar-button")));
        WebElement scan = waitFor(d).until(ExpectedConditions.elementToBeClickable(
                By.id("credential-scan-action-" + credentialId)));
        scan.click();
        waitForText(d, "尚未上传扫描件");
        Path pdf = Files.createTempFile("scan", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        upload(d, "scan-upload", pdf);
        waitForText(d, "已有扫描件：PDF 文件");
        String href = d.findElement(By.id("scan-download")).getAttribute("href");
        String path = href.substring(href.indexOf("/files/"));
        HttpResponse<byte[]> file = fetchWithSession(d, path);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(file.body(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");

        WebDriver cadre = browser("zh-CN");
        signIn(cadre, "cadre", "demo12345");
        assertThat(fetchWithSession(cadre, path).statusCode()).isEqualTo(403);
    }
}
