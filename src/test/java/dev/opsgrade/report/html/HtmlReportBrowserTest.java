package dev.opsgrade.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.model.Json;
import dev.opsgrade.report.Estates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import tools.jackson.databind.JsonNode;

/**
 * The HTML report in real headless Chromium, opened from a file: it renders without a console
 * error, fetches nothing, fits a phone's width, and a hostile service name shows as text.
 * Screenshots are kept in target/browser/.
 */
class HtmlReportBrowserTest {
  static final Path SCREENSHOTS = Path.of("target", "browser");

  @TempDir Path temp;

  @Test
  void rendersOfflineWithoutErrorsOrRequestsAndShowsHostileNamesAsText() throws IOException {
    Path page = writeReport();
    ChromeDriver browser = Chromium.start(temp.resolve("profile-desktop"), Map.of());
    try {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2000));
      requestedUrls(browser); // what the start page loaded is not the report's
      browser.get(page.toUri().toString());
      List<String> requested = requestedUrls(browser);

      assertThat(browser.getTitle()).isEqualTo("opsgrade: homelab");
      assertThat(browser.findElement(By.cssSelector(".letter")).getText()).isEqualTo("C+");
      assertThat(browser.findElements(By.cssSelector("#categories .bar"))).hasSize(8);
      assertThat(browser.findElements(By.cssSelector("svg.trend circle"))).hasSize(3);
      assertThat(subjects(browser)).contains(HtmlSamples.INJECTION);
      assertThat(browser.findElements(By.cssSelector("script, img, iframe, object"))).isEmpty();
      assertThat(severe(browser)).isEmpty();
      assertThat(requested).containsExactly(page.toUri().toString());
      assertThat(script(browser, "return performance.getEntriesByType('resource').length"))
          .isEqualTo(0L);
      screenshot(browser, "opsgrade-report-desktop.png");

      script(browser, "console.error('the console log is read')");
      assertThat(severe(browser)).anyMatch(m -> m.contains("the console log is read"));
    } finally {
      browser.quit();
    }
  }

  @Test
  void fitsAPhoneScreen() throws IOException {
    Path page = writeReport();
    Map<String, Object> phone =
        Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0));
    ChromeDriver browser = Chromium.start(temp.resolve("profile-phone"), phone);
    try {
      browser.get(page.toUri().toString());

      long viewport = (Long) script(browser, "return window.innerWidth");
      long content = (Long) script(browser, "return document.documentElement.scrollWidth");
      assertThat(viewport).isEqualTo(390L);
      assertThat(content).as("no sideways scrolling of the page").isLessThanOrEqualTo(viewport);
      WebElement firstGapCell = browser.findElement(By.cssSelector("#gap-plan td[data-label]"));
      assertThat(firstGapCell.getCssValue("display")).isEqualTo("block");
      assertThat(severe(browser)).isEmpty();
      screenshot(browser, "opsgrade-report-phone.png");
    } finally {
      browser.quit();
    }
  }

  private Path writeReport() throws IOException {
    String html =
        new HtmlReport(Catalogue.standard())
            .render(Estates.gradeFell(), Optional.of(HtmlSamples.probes()), HtmlSamples.trend());
    Path page = temp.resolve("opsgrade-report.html");
    Files.writeString(page, html);
    return page;
  }

  private static List<String> subjects(ChromeDriver browser) {
    return browser.findElements(By.cssSelector("#services td[data-label=subject]")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static List<String> severe(ChromeDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Every URL the page asked for, from the DevTools network events chromedriver logged. */
  private static List<String> requestedUrls(ChromeDriver browser) {
    List<String> urls = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE).getAll()) {
      JsonNode message = Json.mapper().readTree(entry.getMessage()).path("message");
      if (message.path("method").asString("").equals("Network.requestWillBeSent")) {
        urls.add(message.path("params").path("request").path("url").asString(""));
      }
    }
    return urls;
  }

  private static Object script(ChromeDriver browser, String code) {
    return ((JavascriptExecutor) browser).executeScript(code);
  }

  private static void screenshot(ChromeDriver browser, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
