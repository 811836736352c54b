package dev.opsgrade.report.claims;

import dev.opsgrade.model.Claim;
import java.util.ArrayList;
import java.util.List;

/**
 * The claims of the docs as a plain-text table (`opsgrade claims`): where each claim is, what it
 * claims, what was measured, the verdict and its note (the date of a dated section, why a claim
 * could not be verified). Pure: claims in, text out.
 */
public final class ClaimsTable {
  private static final String[] HEADER = {"FILE:LINE", "CLAIMED", "MEASURED", "VERDICT", "NOTE"};
  private static final int[] MAX_WIDTH = {56, 40, 36, 12};

  private ClaimsTable() {}

  /** Whether any claim contradicts what was measured (`opsgrade claims` then exits 1). */
  public static boolean anyContradicts(List<Claim> claims) {
    return claims.stream().anyMatch(c -> c.verdict() == Claim.Verdict.CONTRADICTS);
  }

  public static String format(List<Claim> claims) {
    if (claims.isEmpty()) {
      return "No claims of measured facts found in the docs.\n";
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (Claim claim : claims) {
      rows.add(
          new String[] {
            claim.file() + ":" + claim.line(),
            claim.claimed(),
            claim.measured().orElse("-"),
            claim.verdict().name(),
            claim.note().orElse("")
          });
    }
    int[] widths = widths(rows);
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String cell = i < widths.length ? fit(row[i], widths[i]) : row[i];
        line.append(i < widths.length ? pad(cell, widths[i]) + "  " : cell);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.append('\n').append(summary(claims)).append('\n').toString();
  }

  static String summary(List<Claim> claims) {
    long match = count(claims, Claim.Verdict.MATCHES);
    long contradict = count(claims, Claim.Verdict.CONTRADICTS);
    long unverifiable = count(claims, Claim.Verdict.UNVERIFIABLE);
    return claims.size()
        + (claims.size() == 1 ? " claim: " : " claims: ")
        + match
        + " match, "
        + contradict
        + " contradict, "
        + unverifiable
        + " unverifiable";
  }

  private static long count(List<Claim> claims, Claim.Verdict verdict) {
    return claims.stream().filter(c -> c.verdict() == verdict).count();
  }

  private static int[] widths(List<String[]> rows) {
    int[] widths = new int[MAX_WIDTH.length];
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.min(MAX_WIDTH[i], Math.max(widths[i], row[i].length()));
      }
    }
    return widths;
  }

  /** Cuts a long cell, keeping its end for locations (the line number) and its start otherwise. */
  private static String fit(String cell, int width) {
    if (cell.length() <= width) {
      return cell;
    }
    return cell.matches(".*:\\d+")
        ? "…" + cell.substring(cell.length() - width + 1)
        : cell.substring(0, width - 1) + "…";
  }

  private static String pad(String cell, int width) {
    return cell + " ".repeat(Math.max(0, width - cell.length()));
  }
}
