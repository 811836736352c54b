package dev.opsgrade.check.security;

import static dev.opsgrade.check.compose.TestService.empty;
import static dev.opsgrade.check.compose.TestService.fingerprint;
import static dev.opsgrade.check.compose.TestService.literal;
import static dev.opsgrade.check.compose.TestService.reference;
import static dev.opsgrade.check.compose.TestService.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.compose.ComposeFacts;
import dev.opsgrade.check.compose.TestService;
import dev.opsgrade.collect.compose.ComposeService.EnvVar;
import dev.opsgrade.collect.compose.ComposeService.ValueKind;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvSecretsCheckTest {
  private static final String PASSWORD = "Sup3r-S3cret-Passw0rd!";
  private static final String TOKEN = "ghp_9fK2LmQ7xR4tV8wZ1bN6cJ3hY5sD0aE";

  private final EnvSecretsCheck check = new EnvSecretsCheck();

  private Finding judge(TestService service) {
    List<Finding> findings = new ComposeFacts().service(service).evaluate(check);
    assertThat(findings).hasSize(1);
    return findings.getFirst();
  }

  @Test
  void aLiteralPasswordFailsNamingTheVariableAndItsFingerprint() {
    Finding finding =
        judge(
            service("db")
                .env(literal("TZ", "Etc/UTC", 11))
                .env(literal("POSTGRES_PASSWORD", PASSWORD, 12)));

    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message()).contains("POSTGRES_PASSWORD").contains(fingerprint(PASSWORD));
    assertThat(finding.location().orElseThrow().line()).contains(12);
    assertThat(finding.fix())
        .hasValueSatisfying(f -> assertThat(f).contains("POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}"));
  }

  @Test
  void aSecretKeptInAnEnvFilePassesOneWrittenInAnExtendedFileIsLocatedThere() {
    Finding envFile =
        judge(
            service("db")
                .env(
                    new EnvVar(
                        "POSTGRES_PASSWORD",
                        ValueKind.LITERAL,
                        PASSWORD.length(),
                        4.0,
                        fingerprint(PASSWORD),
                        3,
                        Optional.of("db.env"),
                        true)));
    Finding extended =
        judge(
            service("app")
                .env(
                    new EnvVar(
                        "GITHUB_TOKEN",
                        ValueKind.LITERAL,
                        TOKEN.length(),
                        4.9,
                        fingerprint(TOKEN),
                        13,
                        Optional.of("common/base.yml"))));

    assertThat(envFile.status()).isEqualTo(Status.PASS);
    assertThat(extended.status()).isEqualTo(Status.FAIL);
    assertThat(extended.location().orElseThrow().display()).isEqualTo("common/base.yml:13");
    assertThat(extended.message()).contains("common/base.yml:13");
  }

  @Test
  void referencesEmptyValuesAndFilePathsPass() {
    Finding finding =
        judge(
            service("authelia")
                .env(reference("GOTIFY_DEFAULTUSER_PASS", 20))
                .env(empty("SMTP_PASSWORD", 21))
                .env(literal("AUTHELIA_SESSION_SECRET_FILE", "/run/secrets/authelia_session", 22))
                .env(literal("LOG_LEVEL", "info", 23)));

    assertThat(finding.status()).isEqualTo(Status.PASS);
  }

  @Test
  void aLongRandomLiteralUnderAnyNameIsAWarning() {
    Finding finding = judge(service("bot").env(literal("GITHUB_CONFIG", TOKEN, 30)));

    assertThat(finding.status()).isEqualTo(Status.WARN);
    assertThat(finding.message()).contains("GITHUB_CONFIG").contains(fingerprint(TOKEN));
    assertThat(finding.fix()).isPresent();
  }

  @Test
  void aLongButRepetitiveLiteralIsNotRandom() {
    Finding finding =
        judge(service("app").env(literal("GREETING", "hello hello hello hello hello", 30)));

    assertThat(finding.status()).isEqualTo(Status.PASS);
  }

  @Test
  void noValueEverAppearsInAFinding() {
    List<String> values = List.of(PASSWORD, TOKEN, "hunter2", "AKIAIOSFODNN7EXAMPLEKEY1");
    Finding finding =
        judge(
            service("leaky")
                .env(literal("DB_PASS", values.get(0), 3))
                .env(literal("SOME_VALUE", values.get(1), 4))
                .env(literal("ADMIN_PASSWORD", values.get(2), 5))
                .env(literal("AWS_SECRET_ACCESS_KEY", values.get(3), 6)));

    String written = Json.write(finding);
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    for (String value : values) {
      assertThat(written).doesNotContain(value);
      assertThat(written).contains(fingerprint(value));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "POSTGRES_PASSWORD, true",
    "MYSQL_ROOT_PASSWD, true",
    "REDIS_PASS, true",
    "DB_PWD, true",
    "JWT_SECRET, true",
    "API_TOKEN, true",
    "OPENAI_API_KEY, true",
    "APIKEY, true",
    "SSH_PRIVATE_KEY, true",
    "AWS_SECRET_ACCESS_KEY, true",
    "OAUTH_CLIENT_SECRET, true",
    "GOOGLE_CREDENTIALS, true",
    "SECRET_KEY_BASE, true",
    "APP_KEY, true",
    "ENCRYPTION_KEY, true",
    "TZ, false",
    "PWD, false",
    "PUID, false",
    "SSH_PUBLIC_KEY, false",
    "TLS_KEY_FILE, false",
    "AWS_ACCESS_KEY_ID, false",
    "PASSWORD_MIN_LENGTH, false",
    "TOKEN_URL, false",
    "MONKEY, false"
  })
  void judgesVariableNames(String name, boolean secret) {
    assertThat(SecretNames.looksSecret(name)).isEqualTo(secret);
  }
}
