package dev.opsgrade.collect.ansible;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.model.inventory.DrSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.SloSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A DR playbook folder written into a test's directory: valid playbooks, one that is not valid
 * YAML, one Ansible refuses, and the files beside them that are not playbooks; plus an Ansible
 * inventory that reaches localhost through the local connection.
 */
final class DrPlaybooks {
  static final String FOLDER = "ansible/playbooks";

  /** The playbooks the folder holds (the other YAML files there are not playbooks). */
  static final int PLAYBOOKS = 5;

  private DrPlaybooks() {}

  static void write(Path base) {
    Path root = base.resolve(FOLDER);
    file(
        root.resolve("site.yml"),
        """
        - name: Rebuild a host
          hosts: all
          gather_facts: false
          tasks:
            - name: Say what is restored
              ansible.builtin.debug: { msg: "restoring {{ inventory_hostname }}" }
        """);
    file(root.resolve("everything.yaml"), "- import_playbook: site.yml\n");
    file(
        root.resolve("broken-yaml.yml"),
        """
        - hosts: all
          tasks:
            - name: ok
              ansible.builtin.debug: msg=hi
             bad: indentation
        """);
    file(
        root.resolve("restore/broken-task.yml"),
        """
        - hosts: all
          gather_facts: false
          tasks:
            - name: two modules in one task
              ansible.builtin.debug: { msg: hi }
              ansible.builtin.command: /bin/true
        """);
    file(
        root.resolve("shared/verify.yml"),
        """
        - name: Verify the restore target
          hosts: local
          gather_facts: false
          tasks:
            - name: The restore target is there
              ansible.builtin.stat: { path: "{{ target }}" }
              register: restore_target
            - name: Would write the marker (check mode writes nothing)
              ansible.builtin.copy: { content: "restored\\n", dest: "{{ target }}/marker.txt" }
        """);
    file(root.resolve("group_vars/all.yml"), "restore_root: /srv\n");
    file(root.resolve("roles/db/tasks/main.yml"), "- name: t\n  ansible.builtin.debug: {}\n");
    file(root.resolve("vars.yml"), "a: 1\nb: [1, 2]\n");
    file(root.resolve("common-tasks.yml"), "- name: not a play\n  ansible.builtin.debug: {}\n");
  }

  /** An Ansible inventory: localhost as "local", over the local connection. */
  static void inventory(Path base, Path target) {
    file(
        base.resolve("ansible/hosts.ini"),
        "local ansible_connection=local ansible_python_interpreter=/usr/bin/python3 target="
            + target
            + "\n");
  }

  static Inventory with(DrSpec dr) {
    return new Inventory(
        "homelab",
        ".",
        "opsgrade.yaml",
        List.of(),
        Optional.empty(),
        List.of(),
        new ProbeSpec(3, Duration.ofSeconds(5)),
        new SecuritySpec(List.of(80, 443)),
        Optional.empty(),
        Optional.empty(),
        Optional.of(dr),
        List.of(),
        Optional.empty(),
        List.of(),
        "default",
        Optional.empty(),
        Optional.empty(),
        new SloSpec(99.9, Duration.ofDays(30)),
        List.of());
  }

  static DrSpec dr(Optional<String> playbooks, Optional<String> check, Optional<String> inventory) {
    return new DrSpec(playbooks, check, Duration.ofHours(1), Optional.empty(), inventory);
  }

  static CollectContext context(Path base) {
    return new CollectContext(
        base,
        Clock.systemUTC(),
        Duration.ofSeconds(5),
        Map.of(),
        CollectContext.Options.readOnly());
  }

  static void file(Path path, String text) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
