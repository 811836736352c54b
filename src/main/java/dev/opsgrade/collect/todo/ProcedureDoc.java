package dev.opsgrade.collect.todo;

import dev.opsgrade.model.FactKind;

/**
 * A runbook or procedure document, by its name or first heading ("RUNBOOK.md", "# Disaster
 * recovery"); {@code disasterRecovery} when it is about restoring or failing over.
 */
@FactKind("todo.procedure")
public record ProcedureDoc(String file, String title, boolean disasterRecovery) {}
