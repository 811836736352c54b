package dev.opsgrade.collect.docker;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsgrade.model.inventory.HostSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsFilesTest {
  @TempDir Path dir;

  @Test
  void aMissingTlsFileIsNamedAndSaidMissing() {
    HostSpec.TlsFiles files =
        new HostSpec.TlsFiles("certs/ca.pem", "certs/cert.pem", "certs/key.pem");

    assertThatThrownBy(() -> TlsFiles.context(files, dir::resolve))
        .isInstanceOf(DockerFailure.class)
        .hasMessage(
            "cannot use the TLS files of the host: "
                + dir.resolve("certs/ca.pem")
                + " does not exist (hosts[].tls)");
  }
}
