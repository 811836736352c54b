package dev.opsgrade.collect.prometheus;

import static dev.opsgrade.collect.webapi.JsonFields.array;
import static dev.opsgrade.collect.webapi.JsonFields.strings;
import static dev.opsgrade.collect.webapi.JsonFields.text;
import static dev.opsgrade.collect.webapi.JsonFields.time;

import dev.opsgrade.collect.webapi.JsonFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** Reads the data of Prometheus's answers into fact records. */
final class PrometheusAnswers {
  private PrometheusAnswers() {}

  static List<PrometheusTarget> activeTargets(JsonNode data) {
    List<PrometheusTarget> out = new ArrayList<>();
    for (JsonNode target : array(data, "activeTargets")) {
      Map<String, String> labels = strings(target, "labels");
      String pool = text(target, "scrapePool", "");
      out.add(
          new PrometheusTarget(
              pool,
              labels.getOrDefault("job", pool),
              labels.getOrDefault("instance", text(target, "scrapeUrl", "?")),
              text(target, "scrapeUrl", ""),
              text(target, "health", "unknown"),
              text(target, "lastError", ""),
              time(target, "lastScrape"),
              JsonFields.number(target, "lastScrapeDuration"),
              labels));
    }
    return out;
  }

  static PrometheusDroppedTargets droppedTargets(JsonNode data) {
    Map<String, Integer> byJob = new TreeMap<>();
    List<JsonNode> dropped = array(data, "droppedTargets");
    for (JsonNode target : dropped) {
      String job = strings(target, "discoveredLabels").getOrDefault("job", "?");
      byJob.merge(job, 1, Integer::sum);
    }
    return new PrometheusDroppedTargets(dropped.size(), byJob);
  }

  static List<PrometheusRuleGroup> ruleGroups(JsonNode data) {
    List<PrometheusRuleGroup> out = new ArrayList<>();
    for (JsonNode group : array(data, "groups")) {
      List<PrometheusRuleGroup.Rule> rules = new ArrayList<>();
      for (JsonNode rule : array(group, "rules")) {
        rules.add(
            new PrometheusRuleGroup.Rule(
                text(rule, "name", "?"),
                text(rule, "type", "?"),
                text(rule, "health", "unknown"),
                text(rule, "lastError", ""),
                text(rule, "query", ""),
                text(rule, "state", "")));
      }
      out.add(
          new PrometheusRuleGroup(
              text(group, "name", "?"),
              text(group, "file", ""),
              time(group, "lastEvaluation"),
              rules));
    }
    return out;
  }

  static List<PrometheusAlert> alerts(JsonNode data) {
    List<PrometheusAlert> out = new ArrayList<>();
    for (JsonNode alert : array(data, "alerts")) {
      Map<String, String> labels = strings(alert, "labels");
      out.add(
          new PrometheusAlert(
              labels.getOrDefault("alertname", "?"),
              text(alert, "state", "?"),
              time(alert, "activeAt"),
              labels));
    }
    return out;
  }

  static PrometheusServer server(
      Optional<JsonNode> build, Optional<JsonNode> flags, Optional<JsonNode> runtime) {
    return new PrometheusServer(
        build.flatMap(b -> text(b, "version")),
        flags.flatMap(f -> text(f, "storage.tsdb.retention.time")),
        flags.flatMap(f -> text(f, "storage.tsdb.retention.size")),
        runtime.flatMap(r -> text(r, "storageRetention")),
        runtime.flatMap(r -> JsonFields.bool(r, "reloadConfigSuccess")),
        runtime.flatMap(r -> time(r, "startTime")));
  }
}
