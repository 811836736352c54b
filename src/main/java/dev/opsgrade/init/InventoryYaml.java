package dev.opsgrade.init;

import static dev.opsgrade.init.YamlText.comment;
import static dev.opsgrade.init.YamlText.quoted;
import static dev.opsgrade.init.YamlText.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a discovery as a commented opsgrade.yaml. What init is sure of is written as settings;
 * what it guessed is marked "confirm"; what it could not find is a commented line marked "TODO".
 * Secrets appear only as ${VAR} references.
 */
final class InventoryYaml {
  private final StringBuilder out = new StringBuilder();

  static String render(Discovery discovery) {
    return new InventoryYaml().write(discovery);
  }

  private String write(Discovery d) {
    line("# opsgrade inventory, written by `opsgrade init` from what it found in this folder");
    line("# and on the local Docker Engine. Check every line marked \"confirm\", fill in every");
    line("# \"TODO\", then run: opsgrade assess " + comment(d.dir().toString()));
    line("# Every key: docs/configuration.md; editors validate with schema/opsgrade.schema.json.");
    line("# Secrets go in only as ${VAR} references (set VAR in the environment or a .env here).");
    line("name: " + quoted(d.name()));
    hosts(d);
    proxy(d);
    monitoring(d.monitoring());
    if (!d.repos().isEmpty()) {
      line("repos: [" + String.join(", ", d.repos().stream().map(YamlText::quoted).toList()) + "]");
    } else {
      line("# repos: [\".\"]   # TODO: the git repositories holding this configuration");
    }
    docs(d);
    line("");
    line("# Not found by init; add what you have (see docs/configuration.md):");
    line("# endpoints: [{ name: status, url: \"https://status.example.net\" }]");
    line(
        "# backup: { max_age: 26h, restic: [{ name: daily, repo: /srv/backup, password_file: secrets/restic-pass }] }");
    line("# dr: { playbooks: ansible/playbooks }");
    return out.toString();
  }

  private void hosts(Discovery d) {
    if (d.hosts().isEmpty()) {
      line("# hosts: TODO: no compose file and no Docker Engine found; list your Docker hosts");
      return;
    }
    line("hosts:");
    for (Discovery.Host host : d.hosts()) {
      line("  # " + comment(host.comment()));
      line("  - name: " + quoted(host.name()));
      if (host.docker().isPresent()) {
        line("    docker: " + quoted(host.docker().get()));
      } else {
        line("    # docker: \"ssh://USER@HOST\"   # TODO: how to reach this host's Docker Engine");
      }
      if (host.compose().stream().anyMatch(Discovery.ComposeEntry::exists)) {
        line("    compose:");
      }
      for (Discovery.ComposeEntry file : host.compose()) {
        String note = file.comment().isEmpty() ? "" : "   # " + comment(file.comment());
        line((file.exists() ? "      - " : "      # - ") + quoted(file.path()) + note);
      }
      host.expectContainers()
          .ifPresent(
              n ->
                  line(
                      "    expect: { containers: "
                          + n
                          + " }   # confirm: running now; is that what should run?"));
    }
  }

  private void proxy(Discovery d) {
    List<String> traefik = d.traefik().map(InventoryYaml::traefik).orElse(List.of());
    List<String> authelia = d.authelia().map(InventoryYaml::authelia).orElse(List.of());
    if (traefik.isEmpty() && authelia.isEmpty()) {
      return;
    }
    line(live(traefik) || live(authelia) ? "proxy:" : "# proxy:");
    block("  ", "traefik", d.traefik().map(Discovery.Traefik::where), traefik);
    block("  ", "authelia", d.authelia().map(Discovery.Authelia::where), authelia);
  }

  private static List<String> traefik(Discovery.Traefik t) {
    List<String> lines = new ArrayList<>();
    lines.add(setting("api", t.api(), "Traefik's API URL"));
    lines.add(
        "# auth: { basic: { user: admin, password: "
            + reference("TRAEFIK_API_PASSWORD")
            + " } }   # if the API asks for a password");
    lines.add(
        t.rulesDir()
            .map(r -> "rules_dir: " + quoted(r) + "   # confirm: the file-provider rules")
            .orElse("# rules_dir: \"traefik/rules\"   # TODO, if Traefik reads rules files"));
    return lines;
  }

  private static List<String> authelia(Discovery.Authelia a) {
    return List.of(
        a.config()
            .map(c -> "config: " + quoted(c))
            .orElse("# config: \"authelia/configuration.yml\"   # TODO: Authelia's configuration"),
        setting("portal", a.portal(), "the login portal's URL"));
  }

  /** A mapping whose children may all be commented out: then its key is commented out too. */
  private void block(String indent, String key, Optional<String> where, List<String> children) {
    if (children.isEmpty()) {
      return;
    }
    String note = where.map(w -> "   # " + comment(w)).orElse("");
    line(indent + (live(children) ? "" : "# ") + key + ":" + note);
    children.forEach(child -> line(indent + "  " + child));
  }

  private static boolean live(List<String> lines) {
    return lines.stream().anyMatch(l -> !l.startsWith("#"));
  }

  private void monitoring(Map<Role, Suggestion> monitoring) {
    if (monitoring.isEmpty()) {
      return;
    }
    boolean anyUsable = monitoring.values().stream().anyMatch(Suggestion::usable);
    line(anyUsable ? "monitoring:" : "# monitoring:");
    monitoring.forEach(
        (role, url) -> {
          String extra = role == Role.GRAFANA ? ", token: " + reference("GRAFANA_TOKEN") : "";
          String entry = role.id() + ": { url: " + quoted(url.value()) + extra + " }";
          String prefix = url.usable() && anyUsable ? "  " : "  # ";
          String mark = url.usable() ? "confirm: " : "TODO: ";
          line(prefix + entry + "   # " + mark + comment(url.reason()));
        });
  }

  private void docs(Discovery d) {
    d.docs()
        .ifPresentOrElse(
            docs -> {
              line("docs:");
              line("  path: " + quoted(docs.path()));
              docs.inventory().ifPresent(i -> line("  inventory: " + quoted(i)));
            },
            () -> line("# docs: { path: docs }   # TODO: the folder of your runbooks and notes"));
  }

  private static String setting(String key, Optional<Suggestion> value, String what) {
    return value
        .map(
            v ->
                (v.usable() ? "" : "# ")
                    + key
                    + ": "
                    + quoted(v.value())
                    + "   # "
                    + (v.usable() ? "confirm: " : "TODO: ")
                    + comment(v.reason()))
        .orElse("# " + key + ": \"https://...\"   # TODO: " + what);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
