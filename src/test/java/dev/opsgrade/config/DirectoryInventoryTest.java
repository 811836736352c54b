package dev.opsgrade.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory without opsgrade.yaml is assessed from what it holds. */
class DirectoryInventoryTest {
  @TempDir Path parent;

  private Path site() throws Exception {
    Path dir = Files.createDirectories(parent.resolve("homelab"));
    Inventories.write(dir, "docker-compose.master.yml", "services: {}\n");
    Inventories.write(dir, "compose.lady.yaml", "services: {}\n");
    Inventories.write(dir, "README.md", "not compose\n");
    Inventories.write(dir, "stacks/docker-compose.nested.yml", "services: {}\n");
    Files.createDirectories(dir.resolve("docs"));
    return dir;
  }

  @Test
  void eachComposeFileIsAHostTheGitTreeARepoAndDocsTheDocs() throws Exception {
    Path dir = site();
    try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
      assertThat(git.getRepository().getWorkTree()).isEqualTo(dir.toFile());
    }
    Inventory inventory = DirectoryInventory.discover(dir);
    assertThat(inventory.name()).isEqualTo("homelab");
    assertThat(inventory.baseDir()).isEqualTo(dir.toAbsolutePath().toString());
    assertThat(inventory.hosts())
        .extracting(HostSpec::name, HostSpec::compose)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lady", java.util.List.of("compose.lady.yaml")),
            org.assertj.core.groups.Tuple.tuple(
                "master", java.util.List.of("docker-compose.master.yml")));
    assertThat(inventory.repos()).containsExactly(".");
    assertThat(inventory.docs().orElseThrow().path()).isEqualTo("docs");
    assertThat(inventory.probe()).isEqualTo(InventoryDefaults.PROBE);
    assertThat(inventory.rubric()).isEqualTo("default");
  }

  @Test
  void insideAWorkTreeCountsAsARepo() throws Exception {
    Git.init().setDirectory(parent.toFile()).call().close();
    Path dir = site();
    assertThat(DirectoryInventory.discover(dir).repos()).containsExactly(".");
  }

  @Test
  void withoutGitNoRepoAndHiddenDocsFolder() throws Exception {
    Path dir = Files.createDirectories(parent.resolve("plain"));
    Files.createDirectories(dir.resolve(".docs"));
    Inventory inventory = DirectoryInventory.discover(dir);
    assertThat(inventory.repos()).isEmpty();
    assertThat(inventory.hosts()).isEmpty();
    assertThat(inventory.docs().orElseThrow().path()).isEqualTo(".docs");
  }

  @Test
  void plainComposeFileTakesTheDirectoryNameAndItsOverrideJoinsIt() throws Exception {
    Path dir = Files.createDirectories(parent.resolve("shop"));
    Inventories.write(dir, "docker-compose.yml", "services: {}\n");
    Inventories.write(dir, "compose.yaml", "services: {}\n");
    Inventories.write(dir, "docker-compose.override.yml", "services: {}\n");
    Inventory inventory = DirectoryInventory.discover(dir);
    assertThat(inventory.hosts()).hasSize(1);
    HostSpec host = inventory.hosts().get(0);
    assertThat(host.name()).isEqualTo("shop");
    assertThat(host.compose())
        .as("Compose prefers compose.yaml and merges the override over it")
        .containsExactly("compose.yaml", "docker-compose.override.yml");
    assertThat(inventory.docs()).isEmpty();
  }

  @Test
  void locatorLoadsAFileADirectoryWithAnInventoryOrDiscovers() throws Exception {
    Path dir = site();
    assertThat(InventoryLocator.locate(dir, Map.of()).hosts()).hasSize(2);
    Inventories.write(dir, "opsgrade.yml", "name: declared\n");
    assertThat(InventoryLocator.locate(dir, Map.of()).name()).isEqualTo("declared");
    Path file = Inventories.write(dir, "other.yaml", "name: other\n");
    assertThat(InventoryLocator.locate(file, Map.of()).name()).isEqualTo("other");
    Inventories.write(dir, "opsgrade.yaml", "name: preferred\n");
    assertThat(InventoryLocator.locate(dir, Map.of()).name()).isEqualTo("preferred");
    Path missing = dir.resolve("missing");
    assertThatThrownBy(() -> InventoryLocator.locate(missing, Map.of()))
        .isInstanceOf(InventoryException.class)
        .hasMessage(missing + ": no such file or directory");
  }

  @Test
  void aComposeFileGivenAsTheInventoryPointsAtItsFolder() throws Exception {
    Path dir = site();
    Path compose = dir.resolve("docker-compose.master.yml");

    assertThatThrownBy(() -> InventoryLocator.locate(compose, Map.of()))
        .isInstanceOf(InventoryException.class)
        .hasMessageContaining("a compose file, not an opsgrade inventory")
        .hasMessageContaining("opsgrade assess " + dir.toAbsolutePath())
        .hasMessageNotContaining("unknown key");
  }
}
