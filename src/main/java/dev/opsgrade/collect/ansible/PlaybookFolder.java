package dev.opsgrade.collect.ansible;

import dev.opsgrade.model.FactKind;
import java.util.Optional;

/** The dr.playbooks folder: whether it is there and readable, and how many playbooks it holds. */
@FactKind("ansible.folder")
public record PlaybookFolder(String folder, int playbooks, Optional<String> problem) {}
