package dev.opsgrade.report.sarif;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.CheckMetadata;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Location;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 for code scanning and editors: every finding that has a file location becomes a
 * result, its check a rule described from the catalogue (title, rationale as fullDescription, fix
 * as help). Pure: findings and a tool version in, bytes out; the same input gives the same bytes.
 */
public final class SarifWriter {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String SOURCE_ROOT = "%SRCROOT%";

  private final Catalogue catalogue;

  public SarifWriter(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  public byte[] write(List<Finding> findings, String toolVersion) {
    List<Finding> located =
        findings.stream().filter(f -> f.location().flatMap(Location::file).isPresent()).toList();
    List<String> ruleIds =
        new ArrayList<>(new TreeSet<>(located.stream().map(Finding::check).toList()));
    ObjectNode log = Json.mapper().createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "opsgrade");
    driver.put("version", toolVersion);
    ArrayNode rules = driver.putArray("rules");
    for (String id : ruleIds) {
      rule(rules.addObject(), catalogue.get(id));
    }
    ArrayNode results = run.putArray("results");
    for (Finding finding : located) {
      SarifResult.write(results.addObject(), finding, ruleIds.indexOf(finding.check()));
    }
    run.put("columnKind", "unicodeCodePoints");
    return Json.write(log).getBytes(StandardCharsets.UTF_8);
  }

  private static void rule(ObjectNode rule, CheckMetadata metadata) {
    rule.put("id", metadata.id());
    rule.put("name", metadata.id());
    rule.putObject("shortDescription").put("text", metadata.title());
    rule.putObject("fullDescription").put("text", metadata.rationale());
    rule.putObject("help").put("text", metadata.fix());
    rule.putObject("defaultConfiguration").put("level", SarifResult.level(metadata.severity()));
    ObjectNode properties = rule.putObject("properties");
    properties.put("category", metadata.category().id());
    properties.put("severity", metadata.severity().name().toLowerCase(java.util.Locale.ROOT));
    properties.put("blocking", metadata.blocking());
    properties.putArray("tags").add(metadata.category().id());
  }
}
