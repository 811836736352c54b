package dev.opsgrade.collect.todo;

import dev.opsgrade.model.FactKind;
import java.util.List;
import java.util.Optional;

/**
 * A checkbox item of a task list ("- [x] Put Grafana behind Authelia (sec.auth-coverage)"): where
 * it is, its text, whether it is ticked, the check ids it names, and the phase whose folder holds
 * it.
 */
@FactKind("todo.item")
public record TodoItem(
    String file,
    int line,
    String text,
    boolean done,
    List<String> checks,
    Optional<String> phase) {}
