package dev.opsgrade.check;

import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import java.util.List;

/**
 * A pure function from evidence to findings: no I/O, no clock but {@link Evidence#now()}. Every
 * check returns at least one finding: with no evidence, an UNVERIFIED one that says what is
 * missing.
 */
public interface Check {

  /** The stable id, as in the catalogue ("sec.public-binding"). */
  String id();

  List<Finding> evaluate(Evidence evidence, Findings findings);
}
