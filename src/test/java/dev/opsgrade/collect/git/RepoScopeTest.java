package dev.opsgrade.collect.git;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Paths between the inventory's folder, a repo entry's folder and its repository's root. */
class RepoScopeTest {

  @Test
  void aFolderTwoLevelsBelowTheRootShowsItsFilesFromTheInventory() {
    RepoScope where = RepoScope.of(".", "examples/homelab");
    assertThat(where.root()).isEqualTo("../..");
    assertThat(where.covers("examples/homelab/stacks/x.yml")).isTrue();
    assertThat(where.covers("examples/homelabs/x")).isFalse();
    assertThat(where.display("examples/homelab/stacks/x.yml")).isEqualTo("stacks/x.yml");
    assertThat(where.display("examples/homelab")).isEqualTo(".");
    assertThat(where.display(".gitignore")).isEqualTo("../../.gitignore");
    assertThat(where.inScope("examples/homelab/stacks/x.yml")).isEqualTo("stacks/x.yml");
    assertThat(where.rootPath("stacks/secrets/db")).contains("examples/homelab/stacks/secrets/db");
    assertThat(where.rootPath("../elsewhere/db")).isEmpty();
    assertThat(where.describe())
        .isEqualTo(". (folder examples/homelab of the repository at ../..)");
  }

  @Test
  void aWholeRepositoryBesideTheInventoryKeepsItsPrefix() {
    RepoScope where = RepoScope.of("../lady-config", ".");
    assertThat(where.whole()).isTrue();
    assertThat(where.root()).isEqualTo("../lady-config");
    assertThat(where.display("a/.env")).isEqualTo("../lady-config/a/.env");
    assertThat(where.rootPath("../lady-config/a/.env")).contains("a/.env");
    assertThat(where.describe()).isEqualTo("../lady-config");
  }

  @Test
  void aSubfolderEntryOfTheInventorysOwnRepositoryHasTheInventoryAsRoot() {
    RepoScope where = RepoScope.of("config", "config");
    assertThat(where.root()).isEqualTo(".");
    assertThat(where.display("config/app.env")).isEqualTo("config/app.env");
    assertThat(where.display("README.md")).isEqualTo("README.md");
    RepoScope absolute = RepoScope.of("/srv/repo/infra", "infra");
    assertThat(absolute.root()).isEqualTo("/srv/repo");
    assertThat(absolute.display("infra/x.yml")).isEqualTo("/srv/repo/infra/x.yml");
  }
}
