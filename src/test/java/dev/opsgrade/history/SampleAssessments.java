package dev.opsgrade.history;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Findings;
import dev.opsgrade.model.Category;
import dev.opsgrade.model.Claim;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.Waiver;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.Rubric;
import dev.opsgrade.score.Scorer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Realistic assessments, scored by the real Scorer with the default rubric (the values of
 * rubric-default.yaml): findings of every status, locations of every shape and none, claims with
 * and without a measured value, and categories without a score.
 */
final class SampleAssessments {
  static final Rubric DEFAULT_RUBRIC = defaultRubric();
  private static final Scorer SCORER = new Scorer(DEFAULT_RUBRIC, Catalogue.standard());
  private static final int ROUTES = 6;

  private SampleAssessments() {}

  /** The homelab with {@code brokenRoutes} of its 6 routes failing: fewer broken, higher score. */
  static Assessment homelab(String inventory, Instant collectedAt, int brokenRoutes) {
    List<Finding> findings = new ArrayList<>(routes(brokenRoutes));
    findings.addAll(otherFindings());
    return SCORER.score(
        inventory, collectedAt, findings, claims(), sha256(inventory + collectedAt + brokenRoutes));
  }

  /** Every route answers, the one exception is waived: production ready. */
  static Assessment healthy(String inventory, Instant collectedAt) {
    List<Finding> findings = new ArrayList<>(routes(0));
    findings.add(waivedPrivileged());
    return SCORER.score(
        inventory, collectedAt, findings, List.of(), sha256(inventory + collectedAt));
  }

  private static List<Finding> routes(int broken) {
    Findings routes = findings("avail.route-status");
    List<Finding> findings = new ArrayList<>();
    for (int route = 0; route < ROUTES; route++) {
      String url = "https://app" + route + ".example.net/";
      Location location = Location.url(url);
      findings.add(
          route < broken
              ? routes.fail(
                  "app" + route + ".example.net",
                  "answered 502 Bad Gateway in 3 of 3 samples",
                  location,
                  List.of("http:" + url),
                  "start the backend container app" + route + " on master")
              : routes.of(
                  Status.PASS,
                  "app" + route + ".example.net",
                  "answered 200 in 3 of 3 samples",
                  Optional.of(location),
                  List.of("http:" + url)));
    }
    return findings;
  }

  private static Finding waivedPrivileged() {
    Finding privileged =
        findings("sec.privileged")
            .of(
                Status.FAIL,
                "master/netdata",
                "runs privileged",
                Optional.of(Location.file("stacks/master/docker-compose.yml", 41, 5)),
                List.of("compose:master/netdata"));
    Waiver waiver =
        new Waiver(
            "sec.privileged",
            "master/netdata",
            "netdata needs host access to read sensors",
            "ops-lead",
            LocalDate.parse("2027-03-31"));
    return privileged.withWaiver(Status.WAIVED, waiver);
  }

  private static List<Finding> otherFindings() {
    Findings tls = findings("avail.tls");
    Findings restart = findings("rel.restart-policy");
    return List.of(
        tls.of(
            Status.WARN,
            "app0.example.net",
            "certificate expires in 9 days",
            Optional.of(Location.url("https://app0.example.net/")),
            List.of("tls:app0.example.net")),
        restart.fail(
            "lady/gotify",
            "no restart policy",
            Location.file("stacks/lady/docker-compose.yml", 12),
            List.of("compose:lady/gotify"),
            "add `restart: unless-stopped` to gotify in stacks/lady/docker-compose.yml"),
        restart.of(
            Status.PASS,
            "master/traefik",
            "restart: unless-stopped",
            Optional.of(Location.file("stacks/master/docker-compose.yml")),
            List.of("compose:master/traefik")),
        waivedPrivileged(),
        findings("mon.targets-up")
            .unverified("prometheus", "http://127.0.0.1:9/ refused the connection"),
        findings("bak.retention").notApplicable("restic", "no restic repository is configured"),
        findings("doc.claims")
            .of(
                Status.FAIL,
                ".docs/README.md",
                "claims 83 containers, 62 run",
                Optional.of(Location.file(".docs/README.md", 7)),
                List.of("docker:containers")));
  }

  private static List<Claim> claims() {
    return List.of(
        new Claim(
            ".docs/README.md",
            7,
            "83 containers",
            "83",
            Optional.of("62"),
            Claim.Verdict.CONTRADICTS,
            Optional.of("25 on master, 37 on lady")),
        new Claim(
            ".docs/STATUS.md",
            3,
            "grade A+++",
            "A+++",
            Optional.empty(),
            Claim.Verdict.UNVERIFIABLE,
            Optional.empty()));
  }

  private static Findings findings(String checkId) {
    return new Findings(Catalogue.standard().get(checkId));
  }

  private static Rubric defaultRubric() {
    Map<Category, Rubric.CategoryRule> categories = new EnumMap<>(Category.class);
    categories.put(Category.AVAILABILITY, new Rubric.CategoryRule(20, 60));
    categories.put(Category.RELIABILITY, new Rubric.CategoryRule(10, 60));
    categories.put(Category.MONITORING, new Rubric.CategoryRule(12, 60));
    categories.put(Category.SECURITY, new Rubric.CategoryRule(15, 60));
    categories.put(Category.DOCUMENTATION, new Rubric.CategoryRule(15, 60));
    categories.put(Category.BACKUP_DR, new Rubric.CategoryRule(10, 60));
    categories.put(Category.CHANGE_CONTROL, new Rubric.CategoryRule(8, 60));
    categories.put(Category.ACCEPTANCE, new Rubric.CategoryRule(10, 60));
    List<Rubric.LetterBand> letters =
        List.of(
            new Rubric.LetterBand(95, "A+++"),
            new Rubric.LetterBand(90, "A+"),
            new Rubric.LetterBand(85, "A"),
            new Rubric.LetterBand(80, "A-"),
            new Rubric.LetterBand(75, "B+"),
            new Rubric.LetterBand(70, "B"),
            new Rubric.LetterBand(65, "C+"),
            new Rubric.LetterBand(60, "C"),
            new Rubric.LetterBand(0, "Failing"));
    return new Rubric(85, Map.copyOf(categories), Map.of(), letters);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
