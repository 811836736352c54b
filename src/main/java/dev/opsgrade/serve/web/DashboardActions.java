package dev.opsgrade.serve.web;

import dev.opsgrade.acceptance.CriterionResult;
import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.pipeline.SignoffException;
import dev.opsgrade.pipeline.SignoffOutcome;
import dev.opsgrade.pipeline.SignoffRequest;
import dev.opsgrade.slo.MaintenanceWindow;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The forms: login and logout, assess now, declare maintenance, and sign off a phase. */
final class DashboardActions {
  private final DashboardSetup setup;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final DashboardPages pages;

  DashboardActions(
      DashboardSetup setup, Sessions sessions, LoginThrottle throttle, DashboardPages pages) {
    this.setup = setup;
    this.sessions = sessions;
    this.throttle = throttle;
    this.pages = pages;
  }

  void loginForm(Context ctx) {
    ctx.html(LoginPage.html(Optional.empty()));
  }

  void login(Context ctx) {
    String client = ctx.ip();
    if (!throttle.allowed(client)) {
      ctx.status(HttpStatus.TOO_MANY_REQUESTS)
          .html(LoginPage.html(Optional.of("Too many failed logins: wait a few minutes.")));
      return;
    }
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    if (password.isEmpty() || !setup.secrets().passwordMatches(password)) {
      throttle.failed(client);
      ctx.status(HttpStatus.UNAUTHORIZED).html(LoginPage.html(Optional.of("Wrong password.")));
      return;
    }
    throttle.succeeded(client);
    sessions.end(ctx.cookie(Sessions.COOKIE));
    ctx.header("Set-Cookie", sessions.cookie(sessions.create()));
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  void logout(Context ctx) {
    sessions.end(Access.session(ctx).id());
    ctx.header("Set-Cookie", Sessions.clearedCookie());
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }

  void assess(Context ctx) {
    boolean queued = setup.status().requestAssessment();
    ctx.redirect("/?assess=" + (queued ? "queued" : "busy"), HttpStatus.SEE_OTHER);
  }

  void maintenance(Context ctx) {
    try {
      MaintenanceWindow window =
          new MaintenanceWindow(
              utc(ctx.formParam("start")), utc(ctx.formParam("end")), text(ctx, "reason"));
      setup.status().addMaintenance(window);
      ctx.redirect("/services", HttpStatus.SEE_OTHER);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      ctx.status(HttpStatus.BAD_REQUEST)
          .contentType("text/plain")
          .result("maintenance not declared: give a start, an end after it and a reason");
    }
  }

  /** The sign-off form, handed to the same code as `opsgrade accept`. */
  void signoff(Context ctx) {
    String phase = ctx.pathParam("phase");
    SignoffOutcome outcome;
    try {
      outcome = setup.signoff().accept(request(ctx, phase), Optional.of(setup.history()));
    } catch (SignoffException | IllegalArgumentException | DateTimeParseException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      pages.phases(
          ctx, pages.phaseStatuses(), Layout.notice("Not signed off: " + message(e), true));
      return;
    }
    switch (outcome) {
      case SignoffOutcome.Accepted accepted ->
          ctx.redirect(
              "/phases?signed=" + PathText.segment(accepted.record().phase()),
              HttpStatus.SEE_OTHER);
      case SignoffOutcome.Refused refused -> {
        ctx.status(HttpStatus.CONFLICT);
        pages.phases(ctx, pages.phaseStatuses(), Layout.notice(refusal(refused.status()), true));
      }
    }
  }

  private static SignoffRequest request(Context ctx, String phase) {
    String kind = Optional.ofNullable(ctx.formParam("kind")).orElse("full");
    Optional<String> reason =
        Optional.ofNullable(ctx.formParam("reason")).filter(r -> !r.isBlank());
    String by = Optional.ofNullable(ctx.formParam("by")).orElse("");
    return switch (kind) {
      case "full" ->
          new SignoffRequest(
              phase, by, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
      case "conditional" -> {
        Optional<LocalDate> until =
            Optional.ofNullable(ctx.formParam("until"))
                .filter(u -> !u.isBlank())
                .map(LocalDate::parse);
        yield new SignoffRequest(phase, by, until, reason, Optional.empty(), List.of());
      }
      case "override" ->
          new SignoffRequest(
              phase,
              by,
              Optional.empty(),
              Optional.empty(),
              Optional.of(reason.orElse("")),
              List.of());
      default ->
          throw new IllegalArgumentException(
              "the kind of sign-off is full, conditional or override");
    };
  }

  private static String message(RuntimeException e) {
    return e instanceof DateTimeParseException ? "the date is not YYYY-MM-DD" : e.getMessage();
  }

  private static String refusal(PhaseStatus status) {
    List<String> unmet = new ArrayList<>();
    for (CriterionResult criterion : status.unmetCriteria()) {
      unmet.add(criterion.check() + " " + criterion.verdict().label());
    }
    status.missingDeliverables().forEach(d -> unmet.add(d + " missing"));
    return "Refused: phase "
        + status.phase().id()
        + " cannot be accepted unconditionally while criteria fail ("
        + String.join("; ", unmet)
        + "). Accept on conditions, or override with a reason.";
  }

  private static java.time.Instant utc(String local) {
    if (local == null || local.isBlank()) {
      throw new IllegalArgumentException("no time given");
    }
    return LocalDateTime.parse(local).toInstant(ZoneOffset.UTC);
  }

  private static String text(Context ctx, String field) {
    String value = Optional.ofNullable(ctx.formParam(field)).orElse("").strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("no " + field + " given");
    }
    return value;
  }
}
