package dev.opsgrade.collect.docs;

import dev.opsgrade.model.FactKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A sentence or table cell of the docs that states a measurable number, as written.
 *
 * @param file the doc, relative to the inventory's folder
 * @param line the line of the claim in that file (1-based)
 * @param text the sentence or table row, trimmed to about 200 characters
 * @param kind what is claimed: one of {@link ClaimKinds}, or the fact of a docs.claims pattern
 * @param fact the measurement the claim is compared with ({@code containers.host.master})
 * @param host the host a per-host claim names, as the inventory spells it when it knows the host
 * @param phrase the words of the claim ("83 containers", "25 Master", "62/62 containers healthy")
 * @param written the claimed value as written in the phrase ("62/62", "1,200", "A+++", "no")
 * @param value the claimed value, normalised ("83", "A+++", "72", "0")
 * @param outOf the total of a fraction ("62/62 healthy": 62), compared with the kind's total
 * @param asOf the date of the section or sentence the claim is made in, if it is dated
 */
@FactKind("docs.claim")
public record DocClaim(
    String file,
    int line,
    String text,
    String kind,
    String fact,
    Optional<String> host,
    String phrase,
    String written,
    String value,
    Optional<String> outOf,
    Optional<LocalDate> asOf) {}
