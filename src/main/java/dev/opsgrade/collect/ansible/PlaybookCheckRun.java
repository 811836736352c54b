package dev.opsgrade.collect.ansible;

import dev.opsgrade.model.FactKind;
import java.util.Optional;

/**
 * The dr.check_playbook run with ansible-playbook --check (nothing changed on the hosts): its
 * outcome, the first error, the PLAY RECAP totals ("changed" is what a real run would change) and
 * how long it took.
 */
@FactKind("ansible.check")
public record PlaybookCheckRun(
    String playbook,
    Optional<String> inventory,
    RunOutcome outcome,
    Optional<String> firstError,
    Optional<Recap> recap,
    long millis) {

  /** The PLAY RECAP, summed over hosts. */
  public record Recap(int hosts, int ok, int changed, int unreachable, int failed) {}
}
