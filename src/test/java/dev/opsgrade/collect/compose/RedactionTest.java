package dev.opsgrade.collect.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secret values planted everywhere a compose project can hold them never reach the evidence. */
class RedactionTest {
  private static final List<String> PLANTED =
      List.of(
          "LiteralListSecret-9f2k",
          "LiteralMapSecret-7h3j",
          "DotEnvSecret-4m8n",
          "ShellSecret-2p6q",
          "EnvFileSecret-5r1s",
          "admin:$apr1$Zx9$BasicAuthHash",
          "LabelPasswordSecret-8t4u",
          "HealthcheckSecret-3v7w",
          "ExtendsSecret-6x2y",
          "IncludedSecret-1z5a",
          "BrokenLineSecret-0b9c");

  @TempDir Path dir;

  @Test
  void noPlantedSecretAppearsInTheSerializedFacts() {
    new ComposeProject(dir)
        .write(".env", "DOTENV_PW=DotEnvSecret-4m8n\n")
        .write("app.env", "FILE_PW=EnvFileSecret-5r1s\n")
        .write(
            "base.yml",
            "services:\n  base:\n    image: b\n    environment: [BASE_PW=ExtendsSecret-6x2y]\n")
        .write(
            "inc/more.yml",
            "services:\n  more:\n    image: m\n    environment: {INC_PW: IncludedSecret-1z5a}\n")
        .write(
            "compose.yml",
            """
            include: [inc/more.yml]
            services:
              app:
                extends: {service: base, file: base.yml}
                image: app
                env_file: app.env
                environment:
                  - LIST_PW=LiteralListSecret-9f2k
                  - DOTENV_PW=${DOTENV_PW}
                  - SHELL_PW
                labels:
                  - "traefik.http.middlewares.auth.basicauth.users=admin:$$apr1$$Zx9$$BasicAuthHash"
                  - "app.admin.password=LabelPasswordSecret-8t4u"
                healthcheck:
                  test: ["CMD", "check", "--password", "${HC_PW}"]
              map:
                image: map
                environment:
                  MAP_PW: LiteralMapSecret-7h3j
            """)
        .write(
            "broken.yml", "services:\n  x:\n    environment:\n      PW: \"BrokenLineSecret-0b9c\n");
    Map<String, String> shell =
        Map.of("SHELL_PW", "ShellSecret-2p6q", "HC_PW", "HealthcheckSecret-3v7w");

    EvidenceBundle bundle =
        Inventories.collect(
            Inventories.of(dir, Inventories.host("h", "compose.yml", "broken.yml")), dir, shell);
    String json = Json.write(bundle);

    assertThat(bundle.facts()).hasSize(7);
    for (String secret : PLANTED) {
      assertThat(json).doesNotContain(secret);
      assertThat(json).doesNotContain(secret.substring(secret.length() - 9));
    }
    assertThat(json).contains(ValueShape.fingerprint("LiteralListSecret-9f2k"));
    assertThat(json).contains(ValueShape.fingerprint("EnvFileSecret-5r1s"));
    assertThat(json)
        .contains("fingerprint:" + ValueShape.fingerprint("admin:$apr1$Zx9$BasicAuthHash"));
    assertThat(json).contains("${HC_PW}");
  }
}
