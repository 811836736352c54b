package dev.opsgrade.score;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Findings;
import dev.opsgrade.model.Claim;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.Waiver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Hand-made findings of an estate, made with the checks' own Findings helper, then scored. */
public final class EstateBuilder {
  private final List<Finding> findings = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();

  public EstateBuilder pass(String check, String subject, String message, Location at) {
    findings.add(
        make(check).of(Status.PASS, subject, message, Optional.of(at), evidence(check, subject)));
    return this;
  }

  public EstateBuilder warn(String check, String subject, String message, Location at) {
    findings.add(
        make(check).of(Status.WARN, subject, message, Optional.of(at), evidence(check, subject)));
    return this;
  }

  public EstateBuilder fail(String check, String subject, String message, Location at, String fix) {
    findings.add(make(check).fail(subject, message, at, evidence(check, subject), fix));
    return this;
  }

  public EstateBuilder unverified(String check, String subject, String missing) {
    findings.add(make(check).unverified(subject, missing));
    return this;
  }

  public EstateBuilder notApplicable(String check, String subject, String why) {
    findings.add(make(check).notApplicable(subject, why));
    return this;
  }

  public EstateBuilder waived(
      String check, String subject, String message, Location at, Waiver waiver) {
    Finding failing =
        make(check).of(Status.FAIL, subject, message, Optional.of(at), evidence(check, subject));
    findings.add(failing.withWaiver(Status.WAIVED, waiver));
    return this;
  }

  /** Drops the findings of one check and subject (to change them in a later assessment). */
  public EstateBuilder without(String check, String subject) {
    findings.removeIf(f -> f.check().equals(check) && f.subject().equals(subject));
    return this;
  }

  public EstateBuilder claim(Claim claim) {
    claims.add(claim);
    return this;
  }

  public Assessment assess(String scenario, Instant collectedAt) {
    return new Scorer(ScorerTest.defaultRubric(), Catalogue.standard())
        .score(
            "homelab", collectedAt, List.copyOf(findings), List.copyOf(claims), sha256(scenario));
  }

  private static Findings make(String check) {
    return new Findings(Catalogue.standard().get(check));
  }

  /** Fact ids as collectors make them: kind:subject. */
  private static List<String> evidence(String check, String subject) {
    String kind =
        switch (check.substring(0, check.indexOf('.'))) {
          case "avail" -> "http.probe";
          case "rel" -> "docker.container";
          case "mon" -> "prometheus.target";
          case "sec" -> "compose.service";
          case "doc" -> "docs.claim";
          case "bak" -> "restic.snapshot";
          case "chg" -> "git.repo";
          default -> "phase.signoff";
        };
    return List.of(kind + ":" + subject);
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
