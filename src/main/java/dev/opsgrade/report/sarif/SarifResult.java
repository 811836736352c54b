package dev.opsgrade.report.sarif;

import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Severity;
import dev.opsgrade.model.Status;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * One finding as a SARIF result. kind and level follow SARIF 3.27.9-10: only "fail" results carry a
 * level other than "none"; WARN is a failure at level warning; UNVERIFIED is "open" (not
 * determined); a waived finding is a failure with an accepted external suppression.
 */
final class SarifResult {
  /** The convention of sec.git-secrets messages: "fingerprint 0123456789ab". */
  private static final Pattern SECRET_FINGERPRINT = Pattern.compile("fingerprint ([0-9a-f]{12})");

  private SarifResult() {}

  static void write(ObjectNode result, Finding finding, int ruleIndex) {
    result.put("ruleId", finding.check());
    result.put("ruleIndex", ruleIndex);
    result.put("kind", kind(finding.status()));
    result.put("level", level(finding));
    String text = finding.message() + finding.fix().map(fix -> "\nFix: " + fix).orElse("");
    result.putObject("message").put("text", text);
    Location location = finding.location().orElseThrow();
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifact.put("uri", uri(location.file().orElseThrow()));
    artifact.put("uriBaseId", SarifWriter.SOURCE_ROOT);
    if (location.line().isPresent()) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", Math.max(1, location.line().get()));
      location.column().ifPresent(c -> region.put("startColumn", Math.max(1, c)));
    }
    ObjectNode fingerprints = result.putObject("partialFingerprints");
    fingerprints.put("opsgradeFinding/v1", stableId(finding));
    Matcher secret = SECRET_FINGERPRINT.matcher(finding.message());
    if (finding.check().equals("sec.git-secrets") && secret.find()) {
      fingerprints.put("secretSha256/v1", secret.group(1));
    }
    finding
        .waiver()
        .ifPresent(
            w ->
                result
                    .putArray("suppressions")
                    .addObject()
                    .put("kind", "external")
                    .put("status", "accepted")
                    .put(
                        "justification",
                        w.justification()
                            + " (approved by "
                            + w.approver()
                            + " until "
                            + w.expires()
                            + ")"));
    ObjectNode properties = result.putObject("properties");
    properties.put("subject", finding.subject());
    properties.put("status", finding.status().name());
    properties.put("severity", finding.severity().name());
  }

  static String kind(Status status) {
    return switch (status) {
      case FAIL, WARN, WAIVED -> "fail";
      case PASS -> "pass";
      case UNVERIFIED -> "open";
      case NOT_APPLICABLE -> "notApplicable";
    };
  }

  static String level(Finding finding) {
    return switch (finding.status()) {
      case FAIL, WAIVED -> level(finding.severity());
      case WARN -> "warning";
      case PASS, UNVERIFIED, NOT_APPLICABLE -> "none";
    };
  }

  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }

  /** A relative URI reference: forward slashes, characters outside URI syntax percent-encoded. */
  static String uri(String file) {
    try {
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a usable file path: " + file, e);
    }
  }

  private static String stableId(Finding finding) {
    String key =
        finding.check()
            + "\n"
            + finding.subject()
            + "\n"
            + finding.location().map(Location::display).orElse("");
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
