package dev.opsgrade.acceptance;

import dev.opsgrade.model.Finding;
import dev.opsgrade.model.inventory.PhaseSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a phase's state is judged from. {@code findings}: of the assessment, waivers applied (empty
 * when nothing was assessed yet); {@code files}: the files of the phase folder and of the reports
 * folder, relative to the inventory; {@code items}/{@code itemsDone}: the checkbox items of the
 * task lists in the phase folder.
 */
public record PhaseInputs(
    PhaseSpec phase,
    Optional<List<Finding>> findings,
    List<AcceptanceRecord> acceptances,
    List<String> folderFiles,
    List<String> reportFiles,
    int items,
    int itemsDone,
    LocalDate today) {}
