package dev.opsgrade.collect.git;

import static dev.opsgrade.collect.git.GitTestRepos.commitAll;
import static dev.opsgrade.collect.git.GitTestRepos.write;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;

/**
 * A real monorepo whose folder infra/homelab holds an inventory (repo entry "."), with planted
 * secrets, dirty files and secret-looking files both inside that folder and beside it (other/), and
 * a second repository, lady-config, beside the monorepo (entry "../../../lady-config"). Inside the
 * folder everything must be found and located from the inventory's folder; beside it nothing.
 *
 * <pre>
 * root/mono/.gitignore                *.log ignored-dir/
 * root/mono/ignored-dir/config.yml    in a folder the repository ignores: nothing there is tracked
 * root/mono/infra/.gitignore          acme.json
 * root/mono/infra/homelab/            the inventory's folder, repo entry "."
 *   .gitignore                        secrets/ *.key
 *   stacks/x.yml                      a GitHub token on line 2
 *   stacks/.env                       tracked, no secret
 *   stacks/old.env                    a Stripe key, committed then deleted
 *   notes.md                          modified, not committed
 *   untracked.txt                     untracked
 *   stacks/new.env                    untracked, not ignored, an npm token: never committed
 * root/mono/other/                    beside the folder: never looked at
 *   .env (tracked, a Slack token), old.yml (deleted, a GitLab token), dirty.txt, server.key
 * root/lady-config/a/.env             its own repository, a GitLab token on line 1
 * </pre>
 */
public final class ScopedRepos {
  public static final String GITHUB = "gh" + "p_" + GitTestRepos.alnum(36, 601);
  public static final String STRIPE = "sk" + "_live_" + GitTestRepos.alnum(24, 602);
  public static final String SLACK = "xox" + "b-" + GitTestRepos.alnum(30, 603);
  public static final String GITLAB = "gl" + "pat-" + GitTestRepos.alnum(20, 604);
  public static final String LADY = "gl" + "pat-" + GitTestRepos.alnum(20, 605);
  public static final String NPM = "np" + "m_" + GitTestRepos.alnum(36, 606);

  private ScopedRepos() {}

  /** Builds the layout under {@code root}; returns the inventory's folder. */
  public static Path build(Path root) throws Exception {
    try (Git git = GitTestRepos.init(root.resolve("mono"))) {
      write(git, ".gitignore", "*.log\nignored-dir/\n");
      write(git, "ignored-dir/config.yml", "services: {}\n");
      write(git, "infra/.gitignore", "acme.json\n");
      write(git, "infra/homelab/.gitignore", "secrets/\n*.key\n");
      write(git, "infra/homelab/stacks/x.yml", "services: {}\n# GITHUB_TOKEN=" + GITHUB + "\n");
      write(git, "infra/homelab/stacks/.env", "TZ=Europe/Berlin\n");
      write(git, "infra/homelab/stacks/old.env", "PAYMENTS=" + STRIPE + "\n");
      write(git, "infra/homelab/notes.md", "one\n");
      write(git, "other/.env", "SLACK=" + SLACK + "\n");
      write(git, "other/old.yml", "gitlab: " + GITLAB + "\n");
      commitAll(git, "everything", 0);
      Files.delete(root.resolve("mono/infra/homelab/stacks/old.env"));
      Files.delete(root.resolve("mono/other/old.yml"));
      commitAll(git, "drop the old files", 1);
      write(git, "infra/homelab/notes.md", "two\n");
      write(git, "infra/homelab/untracked.txt", "u\n");
      write(git, "infra/homelab/stacks/new.env", "NPM_TOKEN=" + NPM + "\n");
      write(git, "other/dirty.txt", "d\n");
      write(git, "other/server.key", "k\n");
    }
    try (Git lady = GitTestRepos.init(root.resolve("lady-config"))) {
      write(lady, "a/.env", "GITLAB=" + LADY + "\n");
      commitAll(lady, "lady", 0);
    }
    return root.resolve("mono/infra/homelab");
  }
}
