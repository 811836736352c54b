package dev.opsgrade.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.report.html.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in real headless Chromium: refused before login, log in, read the status matrix,
 * sign off a phase, download a report, log out and be refused again; no console error on the way.
 * Screenshots are kept in target/screenshots.
 */
class DashboardBrowserTest {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path temp;
  private DashboardFixture fixture;
  private ChromeDriver browser;
  private Path downloads;

  @BeforeEach
  void start() throws IOException {
    fixture = new DashboardFixture(temp.resolve("estate"));
    downloads = Files.createDirectories(temp.resolve("downloads"));
    browser = Chromium.start(temp.resolve("profile"), Map.of());
    browser.manage().window().setSize(new Dimension(1280, 1600));
    browser.manage().timeouts().pageLoadTimeout(WAIT);
    browser.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
  }

  @AfterEach
  void stop() {
    try {
      browser.quit();
    } finally {
      fixture.close();
    }
  }

  @Test
  void logInSeeTheMatrixSignOffDownloadAndLogOut() throws Exception {
    browser.get(fixture.uri("/services").toString());
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    assertThat(browser.getPageSource()).doesNotContain("status-page");
    screenshot("dashboard-login.png");

    browser.findElement(By.name("password")).sendKeys(DashboardFixture.PASSWORD);
    browser.findElement(By.cssSelector("form[action='/login'] button")).click();
    waitFor(() -> browser.getCurrentUrl().equals(fixture.uri("/").toString()));
    assertThat(browser.findElement(By.cssSelector(".letter")).getText()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector("svg.trend circle"))).hasSize(2);
    screenshot("dashboard-overview.png");

    browser.findElement(By.linkText("Services")).click();
    List<WebElement> rows = browser.findElements(By.cssSelector("#services tbody tr"));
    assertThat(rows).hasSize(5);
    assertThat(rows)
        .extracting(r -> r.findElement(By.cssSelector("td[data-label=Service]")).getText())
        .contains(
            DashboardFixture.HOSTILE_ROUTE,
            DashboardFixture.HOSTILE_ENDPOINT,
            "status-page",
            DashboardFixture.PUBLIC_ROUTE);
    WebElement statusPage =
        browser.findElement(By.cssSelector("#services tr[data-monitor='status-page']"));
    assertThat(statusPage.findElement(By.cssSelector("td[data-label='24 h']")).getText())
        .isEqualTo("100.00%");
    assertThat(statusPage.findElement(By.cssSelector("td[data-label=Now]")).getText())
        .isEqualTo("up");
    assertThat(statusPage.findElements(By.cssSelector("svg.uptime rect.up"))).isNotEmpty();
    screenshot("dashboard-services.png");

    browser.findElement(By.linkText("Phases")).click();
    WebElement form = browser.findElement(By.cssSelector("#phase-2A form.signoff"));
    form.findElement(By.name("by")).sendKeys("Jane Doe");
    new Select(form.findElement(By.name("kind"))).selectByValue("full");
    form.findElement(By.cssSelector("button")).click();
    waitFor(() -> browser.getCurrentUrl().endsWith("/phases?signed=2A"));
    assertThat(browser.findElement(By.cssSelector(".notice")).getText())
        .isEqualTo("Phase 2A signed off.");
    assertThat(browser.findElement(By.cssSelector("#phase-2A .phase-state")).getText())
        .contains("accepted")
        .contains("Jane Doe");
    assertThat(fixture.history.records().acceptances("homelab"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.acceptedBy()).isEqualTo("Jane Doe");
              assertThat(a.kind()).isEqualTo(AcceptanceRecord.Kind.FULL);
            });
    screenshot("dashboard-phases-signed.png");

    browser.findElement(By.linkText("Reports")).click();
    browser.findElement(By.linkText("SECURITY_AUDIT_2026-12-04.md")).click();
    Path downloaded = downloads.resolve("SECURITY_AUDIT_2026-12-04.md");
    waitFor(() -> Files.isRegularFile(downloaded));
    assertThat(Files.readString(downloaded))
        .isEqualTo(Files.readString(fixture.dir.resolve("reports/SECURITY_AUDIT_2026-12-04.md")));
    screenshot("dashboard-reports.png");

    assertThat(severe()).isEmpty();

    browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
    waitFor(() -> browser.getCurrentUrl().endsWith("/login"));
    browser.get(fixture.uri("/phases").toString());
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    assertThat(browser.findElements(By.cssSelector("form.signoff"))).isEmpty();
    screenshot("dashboard-refused-after-logout.png");
  }

  private void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, WAIT).until(driver -> condition.getAsBoolean());
  }

  private List<String> severe() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
