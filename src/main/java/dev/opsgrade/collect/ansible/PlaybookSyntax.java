package dev.opsgrade.collect.ansible;

import dev.opsgrade.model.FactKind;
import java.util.Optional;

/**
 * One playbook's ansible-playbook --syntax-check: passed or not, the first error line and where it
 * points (the line in the playbook, when Ansible says), and how long it took.
 */
@FactKind("ansible.syntax")
public record PlaybookSyntax(
    String playbook,
    RunOutcome outcome,
    Optional<String> firstError,
    Optional<Integer> errorLine,
    long millis) {}
