package dev.opsgrade.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole `assess` flow on a stack of compose files, offline: redaction and reproducibility. */
class AssessmentRunTest {
  private static final String LITERAL_SECRET = "Zx81-literal-pw-Qr7tKp2mW9vB";
  private static final String DOTENV_SECRET = "dotenv-secret-Lm4nP8qR2sT6vW";
  private static final String SHELL_SECRET = "shell-secret-Hj3kL7mN1pQ5rS";
  private static final String LABEL_HASH = "$apr1$Xy7Q2wE9$hT5kL3mN8pQ2rS6vW1xY0z";

  @TempDir Path stack;

  @Test
  void plantedSecretsAppearInNoOutputAndTheBundleRegradesByteForByte() throws Exception {
    writeStack();
    AssessmentRun run =
        new AssessmentRun(
            Map.of("DB_PASSWORD", SHELL_SECRET), Clock.systemUTC(), event -> {}, "test");
    Path out = stack.resolve("reports");
    AssessmentOutcome live = run.run(request(stack, Optional.empty(), out));

    assertThat(live.assessment().findings())
        .anySatisfy(f -> assertThat(f.check()).isEqualTo("sec.env-secrets"));
    assertThat(live.written())
        .extracting(p -> p.getFileName().toString())
        .contains("evidence.json");
    Path again = stack.resolve("regraded");
    run.run(request(stack, Optional.of(out.resolve("evidence.json")), again));
    List<Path> outputs = new ArrayList<>(allFiles(out));
    outputs.addAll(allFiles(again));
    outputs.addAll(allFiles(stack.resolve(".opsgrade")));
    assertThat(outputs).hasSizeGreaterThan(5);
    for (Path file : outputs) {
      String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String secret : List.of(LITERAL_SECRET, DOTENV_SECRET, SHELL_SECRET, LABEL_HASH)) {
        assertThat(content).as(file + " must not hold a planted secret").doesNotContain(secret);
      }
    }

    assertThat(Files.readAllBytes(again.resolve("assessment.json")))
        .isEqualTo(Files.readAllBytes(out.resolve("assessment.json")));
  }

  private static AssessmentRequest request(Path target, Optional<Path> bundle, Path out) {
    return new AssessmentRequest(
        target,
        bundle,
        EnumSet.allOf(ReportFormat.class),
        Optional.of(out),
        true,
        true,
        CollectContext.Options.readOnly(),
        Duration.ofMinutes(1));
  }

  private void writeStack() throws IOException {
    Files.writeString(
        stack.resolve("opsgrade.yaml"),
        """
        name: redaction-lab
        hosts:
          - name: solo
            compose: [docker-compose.yml]
        docs: { path: docs }
        """);
    Files.writeString(stack.resolve(".env"), "APP_SECRET=" + DOTENV_SECRET + "\n");
    Files.writeString(
        stack.resolve("docker-compose.yml"),
        """
        services:
          app:
            image: example/app:1.0
            ports: ["8080:8080"]
            environment:
              ADMIN_PASSWORD: "%s"
              APP_SECRET: ${APP_SECRET}
              DB_PASSWORD: ${DB_PASSWORD}
            labels:
              - traefik.http.middlewares.auth.basicauth.users=admin:%s
        """
            .formatted(LITERAL_SECRET, LABEL_HASH.replace("$", "$$")));
    Files.createDirectories(stack.resolve("docs"));
    Files.writeString(stack.resolve("docs/README.md"), "# Lab\n\nThe lab runs 3 containers.\n");
  }

  private static List<Path> allFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return new ArrayList<>(files.filter(Files::isRegularFile).toList());
    }
  }
}
