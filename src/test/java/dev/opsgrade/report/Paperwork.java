package dev.opsgrade.report;

import static dev.opsgrade.model.Location.file;

import dev.opsgrade.score.EstateBuilder;

/** Docs, backups, change control and acceptance of the sample estate. */
final class Paperwork {
  private static final String INFRA = ".docs/INFRASTRUCTURE.md";

  private Paperwork() {}

  static void week1(EstateBuilder estate) {
    common(estate);
    estate
        .fail(
            "doc.claims",
            INFRA + ":14",
            "claims \"83 containers\"; 62 are running (master 25, lady 37)",
            file(INFRA, 14),
            "Write 62 containers, or let opsgrade claims keep the number current")
        .warn(
            "doc.freshness",
            ".docs/RUNBOOK.md",
            "last changed 41 days ago (max 30d)",
            file(".docs/RUNBOOK.md"))
        .fail(
            "doc.procedures-tested",
            "restore procedure",
            "no restore drill recorded in the last 30 days",
            file(".docs/RUNBOOK.md", 40),
            "Run opsgrade drill and record it")
        .fail(
            "bak.restore-drill",
            "master-daily",
            "last restore drill on 2026-09-02, 72 days ago",
            file("ansible/playbooks/shared/verify.yml"),
            "Run opsgrade drill master-daily; it restores 200 files and measures the RTO")
        .fail(
            "chg.repo-clean",
            ".",
            "3 files modified but not committed: stacks/lady/docker-compose.yml, .docs/RUNBOOK.md, ...",
            file("."),
            "Commit or revert the changes in .")
        .claim(Estates.claim(INFRA, 14, "The estate runs 83 containers", "83", "62"))
        .claim(Estates.claim(INFRA, 22, "46 playbooks", "46", "46"));
  }

  static void week4(EstateBuilder estate) {
    common(estate);
    estate
        .pass(
            "doc.claims",
            INFRA + ":14",
            "claims \"62 containers\"; 62 are running",
            file(INFRA, 14))
        .warn(
            "doc.freshness",
            ".docs/RUNBOOK.md",
            "last changed 33 days ago (max 30d)",
            file(".docs/RUNBOOK.md"))
        .pass(
            "doc.procedures-tested",
            "restore procedure",
            "drill on 2026-12-01",
            file(".docs/RUNBOOK.md", 40))
        .pass(
            "bak.restore-drill",
            "master-daily",
            "restored 200 files in 14 min on 2026-12-01",
            file("ansible/playbooks/shared/verify.yml"))
        .fail(
            "chg.repo-clean",
            ".",
            "1 file modified but not committed: .docs/RUNBOOK.md",
            file("."),
            "Commit or revert the change in .")
        .claim(Estates.claim(INFRA, 14, "The estate runs 62 containers", "62", "62"))
        .claim(Estates.claim(INFRA, 22, "46 playbooks", "46", "46"));
  }

  private static void common(EstateBuilder estate) {
    estate
        .pass("doc.claims", INFRA + ":22", "claims \"46 playbooks\"; 46 found", file(INFRA, 22))
        .pass(
            "doc.inventory",
            ".docs/DOC_INVENTORY.md",
            "14 of 14 documents listed",
            file(".docs/DOC_INVENTORY.md"))
        .pass(
            "bak.backup-age",
            "master-daily",
            "last snapshot 7 h ago (max 26h)",
            file("/srv/backup/master"))
        .pass(
            "bak.backup-age",
            "contabo/master",
            "provider snapshot 19 h ago",
            file("opsgrade.yaml", 52))
        .pass(
            "bak.retention",
            "master-daily",
            "7 daily, 4 weekly kept as configured",
            file("/srv/backup/master"))
        .pass(
            "bak.integrity", "master-daily", "restic check: no errors", file("/srv/backup/master"))
        .pass(
            "bak.playbooks",
            "ansible/playbooks",
            "11 playbooks pass ansible-playbook --syntax-check",
            file("ansible/playbooks"))
        .pass("chg.repo-pushed", ".", "main is pushed to origin", file("."))
        .pass(
            "chg.drift",
            "master",
            "25 of 25 containers match the compose file",
            file("stacks/master/docker-compose.yml"))
        .pass(
            "acc.phase-signoff",
            "2A",
            "signed off by j.doe on 2026-11-02 with evidence",
            file("phases/PHASE-2A/USER_ACCEPTANCE.md"))
        .pass(
            "acc.done-but-failing",
            "2A",
            "the criteria of phase 2A pass",
            file("phases/PHASE-2A/USER_ACCEPTANCE.md"))
        .notApplicable("acc.conditional-expired", "homelab", "no conditional acceptance recorded");
  }
}
