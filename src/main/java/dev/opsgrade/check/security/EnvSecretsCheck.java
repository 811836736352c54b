package dev.opsgrade.check.security;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.compose.ComposeJudging;
import dev.opsgrade.check.compose.ServiceFindings;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.collect.compose.ComposeService.EnvVar;
import dev.opsgrade.collect.compose.ComposeService.ValueKind;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * sec.env-secrets: no secret written literally into a compose environment. Only names and
 * fingerprints are shown: the facts never hold a value.
 */
public final class EnvSecretsCheck implements Check {

  @Override
  public String id() {
    return "sec.env-secrets";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    return ComposeJudging.eachActiveService(evidence, findings, view -> judge(view, findings));
  }

  /** Literals with a secret's name, and literals that look random under another name. */
  private record Suspects(List<EnvVar> named, List<EnvVar> random) {
    static Suspects of(List<EnvVar> environment) {
      List<EnvVar> literals =
          environment.stream()
              .filter(v -> v.kind() == ValueKind.LITERAL && !SecretNames.isFileReference(v.name()))
              // a value in an env_file is kept out of the compose file, as the fix asks; whether
              // that file is committed is sec.git-secrets' and sec.gitignore's question
              .filter(v -> !v.fromEnvFile())
              .toList();
      return new Suspects(
          literals.stream().filter(v -> SecretNames.looksSecret(v.name())).toList(),
          literals.stream()
              .filter(v -> !SecretNames.looksSecret(v.name()))
              .filter(v -> SecretNames.looksRandom(v.length(), v.entropy()))
              .toList());
    }
  }

  private static Finding judge(FactView<ComposeService> view, Findings findings) {
    Suspects suspects = Suspects.of(view.data().environment());
    List<EnvVar> named = suspects.named();
    List<EnvVar> random = suspects.random();
    if (!named.isEmpty()) {
      String message =
          "literal secret in environment: "
              + describe(named)
              + (random.isEmpty() ? "" : "; also random-looking literals: " + describe(random));
      return ServiceFindings.fail(findings, view, message, named.getFirst(), fix(named));
    }
    if (!random.isEmpty()) {
      String message =
          "literal that looks like a key or token (>= "
              + SecretNames.RANDOM_MIN_LENGTH
              + " chars, >= "
              + SecretNames.RANDOM_MIN_ENTROPY
              + " bits/char): "
              + describe(random);
      return ServiceFindings.warn(findings, view, message, random.getFirst(), fix(random));
    }
    return ServiceFindings.pass(
        findings,
        view,
        "none of its "
            + view.data().environment().size()
            + " environment variable(s) is a literal secret or a random-looking literal",
        0);
  }

  private static String fix(List<EnvVar> vars) {
    return "Write "
        + vars.stream()
            .map(v -> v.name() + ": ${" + v.name() + "}")
            .collect(Collectors.joining(", "))
        + " and keep the values in a git-ignored .env file or a Docker secret";
  }

  private static String describe(List<EnvVar> vars) {
    return vars.stream()
        .map(
            v ->
                v.name()
                    + " (fingerprint "
                    + v.fingerprint()
                    + ", "
                    + v.file().map(f -> f + ":").orElse("line ")
                    + v.line()
                    + ")")
        .collect(Collectors.joining(", "));
  }
}
