package dev.opsgrade.collect.authelia;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.testing.Collect;
import dev.opsgrade.testing.TestInventory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** access_control read from Authelia's own configuration files (fixtures), nothing else kept. */
class AutheliaCollectorTest {
  @TempDir Path dir;

  private Evidence read(String fixture) throws IOException {
    try (InputStream in =
        AutheliaCollectorTest.class.getResourceAsStream("/fixtures/authelia/" + fixture)) {
      Files.copy(in, dir.resolve("configuration.yml"));
    }
    return Collect.run(
        new TestInventory().authelia("configuration.yml", "https://auth.example.com").build(),
        dir,
        Map.of(),
        new AutheliaCollector());
  }

  @Test
  void rulesKeepTheirOrderPoliciesNetworksAndLines() throws IOException {
    Evidence evidence = read("configuration-access-control-full.yml");
    AutheliaAccessControl control = evidence.all(AutheliaAccessControl.class).getFirst().data();
    assertThat(control.defaultPolicy()).isEqualTo("deny");
    assertThat(control.rules()).hasSize(12);
    AutheliaAccessControl.Rule first = control.rules().getFirst();
    assertThat(first.domains()).containsExactly("public.example.com");
    assertThat(first.policy()).isEqualTo("bypass");
    assertThat(first.line()).isEqualTo(38);
    assertThat(control.rules().get(1).networks()).containsExactly("192.168.1.0/24");
    assertThat(control.rules().get(3).domains())
        .containsExactly("singlefactor.example.com", "onefactor.example.com");
    assertThat(evidence.bundle().facts().toString())
        .doesNotContain("ldap://")
        .doesNotContain("authelia_session");
  }

  @Test
  void namedNetworksAndDomainRegexAreRead() throws IOException {
    AutheliaAccessControl acl =
        read("configuration-network-acl-suite.yml")
            .all(AutheliaAccessControl.class)
            .getFirst()
            .data();
    assertThat(acl.networks()).containsKey("Clients");
    assertThat(acl.rules().get(1).networks()).containsExactly("Clients");
  }

  @Test
  void aBrokenFileIsAFailureWithItsPosition() throws IOException {
    Files.writeString(
        dir.resolve("configuration.yml"), "access_control:\n  rules:\n    - domain: [unclosed\n");
    Evidence evidence =
        Collect.run(
            new TestInventory().authelia("configuration.yml", "https://auth.lab").build(),
            dir,
            Map.of(),
            new AutheliaCollector());
    assertThat(evidence.runs("authelia"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.outcome()).isEqualTo(CollectorRun.Outcome.FAILED);
              assertThat(r.detail()).startsWith("configuration.yml:");
            });
  }
}
