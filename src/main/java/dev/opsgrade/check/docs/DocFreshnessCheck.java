package dev.opsgrade.check.docs;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.docs.DocFile;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * doc.freshness: each doc's last change (its last commit, or its file time when it is not
 * committed) against docs.max_age. A doc within the limit passes, even close to it: the message
 * says when it goes stale, but the score follows the limit the user set.
 */
public final class DocFreshnessCheck implements Check {
  /** Within the last fifth of the limit, a passing doc's message says when it goes stale. */
  private static final double DUE_SOON = 0.8;

  @Override
  public String id() {
    return "doc.freshness";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Optional<Finding> missing = DocsEvidence.missing(evidence, findings);
    if (missing.isPresent()) {
      return List.of(missing.get());
    }
    Duration maxAge = evidence.inventory().docs().orElseThrow().maxAge();
    List<FactView<DocFile>> docs = evidence.all(DocFile.class);
    if (docs.isEmpty()) {
      return List.of(
          findings.unverified(
              evidence.inventory().name(),
              "no Markdown files under " + evidence.inventory().docs().orElseThrow().path()));
    }
    return docs.stream().map(d -> finding(d, maxAge, evidence, findings)).toList();
  }

  private static Finding finding(
      FactView<DocFile> view, Duration maxAge, Evidence evidence, Findings findings) {
    DocFile doc = view.data();
    Duration age = Duration.between(doc.lastChange(), evidence.now());
    if (age.isNegative()) {
      age = Duration.ZERO;
    }
    String changed =
        "last changed "
            + LocalDate.ofInstant(doc.lastChange(), ZoneOffset.UTC)
            + " ("
            + doc.changeSource().describe()
            + doc.commit().map(c -> " " + c).orElse("")
            + "), "
            + age.toDays()
            + " days ago";
    String limit = "docs.max_age is " + DocsEvidence.describe(maxAge);
    if (age.compareTo(maxAge) > 0) {
      return findings.fail(
          doc.path(),
          changed + "; " + limit,
          Location.file(doc.path()),
          List.of(view.id()),
          "review "
              + doc.path()
              + " against the running system and commit the update (or remove"
              + " it if it describes something gone)");
    }
    String due = "";
    if (age.toMillis() > maxAge.toMillis() * DUE_SOON) {
      due = "; stale in " + DocsEvidence.describe(roundUpToDays(maxAge.minus(age)));
    }
    return findings.pass(doc.path(), changed + " (" + limit + ")" + due, view);
  }

  private static Duration roundUpToDays(Duration left) {
    long days = (left.toHours() + 23) / 24;
    return days > 0 ? Duration.ofDays(days) : Duration.ofHours(Math.max(1, left.toHours()));
  }
}
