package dev.opsgrade.acceptance;

import java.time.Instant;

/**
 * One entry of the journal: its place in the chain, when it was written, what it records (kind,
 * inventory, subject and a JSON payload), the hash of the entry before it and its own hash over all
 * of that ({@link JournalChain#hash}). {@code kind} stays text so that an entry of an unknown kind
 * can still be verified.
 */
public record JournalEntry(
    long seq,
    Instant at,
    String inventory,
    String kind,
    String subject,
    String payload,
    String prevHash,
    String hash) {}
