package dev.opsgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.contabo.ContaboServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `assess --create-snapshot HOST`: refused when no provider knows HOST, and otherwise a snapshot
 * taken through the local Contabo server, waited for, and reported, with no credential in any
 * output.
 */
class CreateSnapshotTest {
  @TempDir Path dir;

  @Test
  void refusedWithoutAProvider() throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27\n");

    Cli cli = Cli.run("assess", dir.toString(), "--no-history", "--create-snapshot", "master");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--create-snapshot master: no snapshot provider is configured");
  }

  @Test
  void refusedForAHostTheProviderDoesNotKnow() throws IOException {
    inventory("http://127.0.0.1:9", "http://127.0.0.1:9/token");

    Cli cli = Cli.run("assess", dir.toString(), "--no-history", "--create-snapshot", "lady");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("no instance for that host", "(hosts there: master)");
  }

  @Test
  void takesTheSnapshotWaitsForItAndReportsIt() throws IOException {
    try (ContaboServer server = ContaboServer.onSystemClock()) {
      inventory(server.apiUrl(), server.authUrl());
      Path out = dir.resolve("reports");

      Cli cli =
          Cli.run(
              "assess",
              dir.toString(),
              "--no-history",
              "--no-color",
              "--out",
              out.toString(),
              "--create-snapshot",
              "master");

      assertThat(cli.exitCode()).as(cli.err()).isEqualTo(1);
      assertThat(server.created).hasSize(1);
      String evidence = Files.readString(out.resolve("evidence.json"));
      assertThat(evidence).contains("\"outcome\" : \"COMPLETE\"", "snapshot.created");
      String everything = cli.out() + cli.err() + allFiles(out);
      assertThat(everything)
          .contains("bak.snapshot-age")
          .doesNotContain(ContaboServer.CLIENT_SECRET)
          .doesNotContain(ContaboServer.API_PASSWORD);
      for (String token : server.issued) {
        assertThat(everything).doesNotContain(token);
      }
    }
  }

  private void inventory(String apiUrl, String authUrl) throws IOException {
    Files.writeString(
        dir.resolve("opsgrade.yaml"),
        """
        name: lab
        hosts:
          - name: master
        backup:
          contabo:
            client_id: ${CONTABO_ID}
            client_secret: ${CONTABO_SECRET}
            api_user: ${CONTABO_USER}
            api_password: ${CONTABO_PASSWORD}
            instances: { master: 12345 }
            api_url: %s
            auth_url: %s
        """
            .formatted(apiUrl, authUrl));
    Files.writeString(
        dir.resolve(".env"),
        "CONTABO_ID=%s\nCONTABO_SECRET=%s\nCONTABO_USER=%s\nCONTABO_PASSWORD=%s\n"
            .formatted(
                ContaboServer.CLIENT_ID,
                ContaboServer.CLIENT_SECRET,
                ContaboServer.API_USER,
                ContaboServer.API_PASSWORD));
  }

  private static String allFiles(Path out) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        text.append(Files.readString(file));
      }
    }
    return text.toString();
  }
}
