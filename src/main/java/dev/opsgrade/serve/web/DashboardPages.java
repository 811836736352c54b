package dev.opsgrade.serve.web;

import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.history.HistoryEntry;
import dev.opsgrade.report.html.FindingsByCategory;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.TrendPoint;
import dev.opsgrade.slo.MaintenanceWindow;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The pages behind the login, each read fresh from the history on every request. */
final class DashboardPages {
  private static final int TREND_POINTS = 30;
  private static final int HISTORY_ROWS = 50;
  private static final int JOURNAL_ROWS = 50;
  private static final Duration ROWS_KEPT = Duration.ofSeconds(15);

  private final DashboardSetup setup;
  private final ServiceRows services;
  private final ReportFiles reports;
  private final FindingsByCategory findings;
  private final RowCache cache;

  DashboardPages(DashboardSetup setup) {
    this.setup = setup;
    this.services = new ServiceRows(setup.inventory(), setup.history().probes());
    this.reports = new ReportFiles(setup.reportsDir());
    this.findings = new FindingsByCategory(setup.catalogue());
    this.cache = new RowCache(setup.clock(), ROWS_KEPT);
  }

  ServiceRows serviceRows() {
    return services;
  }

  Optional<Assessment> latest() {
    return setup.history().latest(setup.inventory().name());
  }

  List<ServiceRow> rows() {
    List<MaintenanceWindow> maintenance = setup.status().maintenanceWindows();
    return cache.rows(maintenance, () -> services.rows(setup.clock().instant(), maintenance));
  }

  void overview(Context ctx) {
    Optional<String> notice =
        switch (Optional.ofNullable(ctx.queryParam("assess")).orElse("")) {
          case "queued" -> Optional.of("An assessment was requested; it shows here when done.");
          case "busy" -> Optional.of("An assessment is already running.");
          default -> Optional.empty();
        };
    String body = notice.map(n -> Layout.notice(n, false)).orElse("");
    render(
        ctx,
        "/",
        "Overview",
        body + OverviewPage.body(latest(), trend(), setup.status(), csrf(ctx)));
  }

  void services(Context ctx) {
    String body =
        ServicesPage.body(
            rows(), services.objective(), setup.status().maintenanceWindows(), csrf(ctx));
    render(ctx, "/services", "Services", body);
  }

  void findings(Context ctx) {
    render(ctx, "/findings", "Findings", FindingsPage.findings(latest(), findings));
  }

  void claims(Context ctx) {
    render(ctx, "/claims", "Claims", FindingsPage.claims(latest()));
  }

  void phases(Context ctx) {
    String signed = Optional.ofNullable(ctx.queryParam("signed")).orElse("");
    List<PhaseStatus> statuses = phaseStatuses();
    Optional<String> notice =
        statuses.stream()
            .filter(s -> s.phase().id().equals(signed))
            .findFirst()
            .map(s -> "Phase " + s.phase().id() + " signed off.");
    phases(ctx, statuses, notice.map(n -> Layout.notice(n, false)).orElse(""));
  }

  /** The phases page with {@code noticeHtml} (built from escaped parts) above it. */
  void phases(Context ctx, List<PhaseStatus> statuses, String noticeHtml) {
    render(ctx, "/phases", "Phases", noticeHtml + PhasesPage.body(statuses, csrf(ctx)));
  }

  List<PhaseStatus> phaseStatuses() {
    return latest().map(a -> setup.signoff().statuses(a)).orElse(List.of());
  }

  void reports(Context ctx) {
    render(ctx, "/reports", "Reports", ReportsPage.body(reports.list()));
  }

  /** A report file as a download; anything not a report in the folder is a plain 404. */
  void download(Context ctx) {
    Optional<Path> file = reports.resolve(ctx.pathParam("path"));
    if (file.isEmpty()) {
      PublicRoutes.notFound(ctx);
      return;
    }
    try {
      byte[] bytes = Files.readAllBytes(file.get());
      ctx.contentType(ReportTypes.of(file.get().getFileName().toString()))
          .header(
              "Content-Disposition", ReportTypes.attachment(file.get().getFileName().toString()))
          .result(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report " + file.get(), e);
    }
  }

  void history(Context ctx) {
    List<JournalEntry> journal = setup.history().journal().entries();
    List<JournalEntry> recent =
        journal.subList(Math.max(0, journal.size() - JOURNAL_ROWS), journal.size());
    render(
        ctx,
        "/history",
        "History",
        HistoryPage.body(setup.history().view(setup.inventory().name(), HISTORY_ROWS), recent));
  }

  private List<TrendPoint> trend() {
    return setup.history().trend(setup.inventory().name(), TREND_POINTS).stream()
        .map(DashboardPages::point)
        .toList();
  }

  private static TrendPoint point(HistoryEntry entry) {
    return new TrendPoint(entry.collectedAt(), entry.score(), entry.letter());
  }

  private void render(Context ctx, String path, String title, String body) {
    ctx.html(Layout.page(setup.inventory().name(), path, title, csrf(ctx), body));
  }

  private static String csrf(Context ctx) {
    return Access.session(ctx).csrfToken();
  }
}
