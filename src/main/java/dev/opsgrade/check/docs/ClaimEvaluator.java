package dev.opsgrade.check.docs;

import dev.opsgrade.collect.docs.DocClaim;
import dev.opsgrade.model.Claim;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares each claim of the docs with what was measured: a matching measurement, a contradicting
 * one (claimed vs measured), or none yet (and which collector would measure it). Grade claims are
 * compared with the assessment's own grade, when it is given.
 */
public final class ClaimEvaluator {
  private ClaimEvaluator() {}

  /** The claims table: every claim found in the docs with its verdict, by file and line. */
  public static List<Claim> evaluate(Evidence evidence, Optional<GradeSnapshot> grade) {
    return assess(evidence, grade).stream().map(EvaluatedClaim::claim).toList();
  }

  /** The same, with the evidence and corrections the checks need. */
  public static List<EvaluatedClaim> assess(Evidence evidence, Optional<GradeSnapshot> grade) {
    Map<String, Measured> measured = Measured.all(evidence, grade);
    LocalDate today = LocalDate.ofInstant(evidence.now(), ZoneOffset.UTC);
    return evidence.all(DocClaim.class).stream()
        .sorted(
            Comparator.comparing((FactView<DocClaim> v) -> v.data().file())
                .thenComparingInt(v -> v.data().line())
                .thenComparing(FactView::id))
        .map(v -> one(v, measured, evidence, today))
        .toList();
  }

  /**
   * What a fraction's total is compared with: healthy containers are counted among running ones.
   */
  static String totalFact(String fact) {
    return switch (fact) {
      case "containers.healthy", "containers.unhealthy" -> "containers.running";
      case "containers.running" -> "containers.total";
      case "prometheus.targets.up" -> "prometheus.targets";
      default -> fact;
    };
  }

  private static EvaluatedClaim one(
      FactView<DocClaim> view, Map<String, Measured> measured, Evidence evidence, LocalDate today) {
    DocClaim c = view.data();
    Optional<Measured> value = Optional.ofNullable(measured.get(c.fact()));
    String total = totalFact(c.fact());
    Optional<Measured> outOf =
        c.outOf().isPresent() ? Optional.ofNullable(measured.get(total)) : Optional.empty();
    boolean contradicted =
        value.filter(m -> !m.confirms(c.fact(), c.value())).isPresent()
            || outOf.filter(m -> !m.confirms(total, c.outOf().get())).isPresent();
    boolean complete = value.isPresent() && (c.outOf().isEmpty() || outOf.isPresent());
    Claim.Verdict verdict =
        contradicted
            ? Claim.Verdict.CONTRADICTS
            : complete ? Claim.Verdict.MATCHES : Claim.Verdict.UNVERIFIABLE;
    Optional<String> reason = Optional.empty();
    if (verdict == Claim.Verdict.UNVERIFIABLE) {
      reason =
          Optional.of(
              MeasuringCollectors.whyUnmeasured(value.isEmpty() ? c.fact() : total, evidence));
    }
    Optional<String> measuredText = measuredText(c, value, outOf);
    Optional<String> by = value.or(() -> outOf).map(Measured::by);
    List<String> ids = new ArrayList<>(List.of(view.id()));
    value.flatMap(Measured::factId).ifPresent(ids::add);
    outOf.flatMap(Measured::factId).filter(id -> !ids.contains(id)).ifPresent(ids::add);
    Claim claim =
        new Claim(
            c.file(),
            c.line(),
            c.text(),
            c.fact() + " = " + c.value() + c.outOf().map(o -> "/" + o).orElse(""),
            measuredText.map(t -> t + by.map(b -> " (" + b + ")").orElse("")),
            verdict,
            note(c, today, reason));
    Optional<String> correction =
        contradicted ? Optional.of(Correction.of(c, value, outOf)) : Optional.empty();
    return new EvaluatedClaim(view, claim, measuredText, by, List.copyOf(ids), correction, reason);
  }

  private static Optional<String> measuredText(
      DocClaim c, Optional<Measured> value, Optional<Measured> outOf) {
    if (value.isEmpty() && outOf.isEmpty()) {
      return Optional.empty();
    }
    String main = value.map(Measured::value).orElse("?");
    return Optional.of(
        main + (c.outOf().isPresent() ? "/" + outOf.map(Measured::value).orElse("?") : ""));
  }

  private static Optional<String> note(DocClaim c, LocalDate today, Optional<String> reason) {
    List<String> parts = new ArrayList<>();
    c.asOf()
        .ifPresent(
            d -> {
              long days = ChronoUnit.DAYS.between(d, today);
              parts.add(
                  "as of " + d + (days > 0 ? ", " + days + " days before the measurement" : ""));
            });
    reason.ifPresent(parts::add);
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
  }
}
