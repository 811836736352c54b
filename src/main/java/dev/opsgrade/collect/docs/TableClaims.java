package dev.opsgrade.collect.docs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claims in table rows. A table whose header names a count ("| Host | Containers |", "| Host |
 * Running | Healthy |") is read by column: a host's row claims that host's containers, a "Total"
 * row claims the totals. Other tables ("| Metric | Value |") are read as prose, row by row, so
 * "Grade | A+++" reads like "Grade: A+++".
 */
final class TableClaims {
  private static final Pattern HOST_HEADER =
      ClaimRules.compile("^(?:hosts?|host\\s*name|hostname|servers?|nodes?|vps|machines?)$");
  private static final Pattern TOTAL_LABEL =
      ClaimRules.compile("^(?:total|all|sum|overall|both)\\b");
  private static final Pattern LEADING_NUMBER =
      Pattern.compile("^" + ClaimRules.num("v") + "(?!\\s*[/\\-–]\\s*\\d)");
  private static final Pattern FIRST_WORD = Pattern.compile("[\\w.-]+");

  private final ClaimFinder finder;

  TableClaims(ClaimFinder finder) {
    this.finder = finder;
  }

  /** What a column counts, from its header. */
  enum Column {
    UNHEALTHY("unhealthy", ClaimKinds.CONTAINERS_UNHEALTHY, ClaimKinds.CONTAINERS_UNHEALTHY),
    HEALTHY("healthy", ClaimKinds.CONTAINERS_HEALTHY, ClaimKinds.CONTAINERS_HEALTHY),
    RUNNING("running", ClaimKinds.CONTAINERS_RUNNING, ClaimKinds.CONTAINERS_RUNNING),
    CONTAINERS("container", ClaimKinds.CONTAINERS_TOTAL, ClaimKinds.CONTAINERS_TOTAL),
    DASHBOARDS("dashboards", ClaimKinds.GRAFANA_DASHBOARDS, ClaimKinds.GRAFANA_DASHBOARDS),
    TARGETS("targets", ClaimKinds.PROMETHEUS_TARGETS, ClaimKinds.PROMETHEUS_TARGETS),
    ROUTERS("routers", ClaimKinds.TRAEFIK_ROUTERS, ClaimKinds.TRAEFIK_ROUTERS),
    PLAYBOOKS("playbooks", ClaimKinds.ANSIBLE_PLAYBOOKS, ClaimKinds.ANSIBLE_PLAYBOOKS);

    final String word;
    final String kind;
    final String totalFact;

    Column(String word, String kind, String totalFact) {
      this.word = word;
      this.kind = kind;
      this.totalFact = totalFact;
    }

    static Optional<Column> of(String header) {
      String lower = header.toLowerCase(Locale.ROOT);
      for (Column column : values()) {
        if (lower.contains(column.word)) {
          return Optional.of(column);
        }
      }
      return Optional.empty();
    }
  }

  List<DocClaim> find(ClaimFinder.Doc doc, TextUnit row) {
    List<String> header = row.header();
    int hostColumn = indexOf(header, h -> HOST_HEADER.matcher(h.strip()).matches());
    int labelColumn = Math.max(hostColumn, 0);
    List<Integer> counted = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (i != labelColumn && Column.of(header.get(i)).isPresent()) {
        counted.add(i);
      }
    }
    if (counted.isEmpty() || row.cells().size() <= labelColumn) {
      return prose(doc, row, row.text());
    }
    List<DocClaim> claims = new ArrayList<>();
    String label = row.cells().get(labelColumn).text().strip();
    Optional<Column> hostCount = hostCountColumn(header, counted);
    for (int i = 0; i < row.cells().size(); i++) {
      if (i == labelColumn) {
        continue;
      }
      if (!counted.contains(i)) {
        claims.addAll(prose(doc, row, row.cells().get(i)));
        continue;
      }
      Column column = Column.of(header.get(i)).orElseThrow();
      cellClaim(doc, row, row.cells().get(i), column, label, hostColumn >= 0, hostCount)
          .ifPresent(claims::add);
    }
    return claims;
  }

  private Optional<DocClaim> cellClaim(
      ClaimFinder.Doc doc,
      TextUnit row,
      LinedText cell,
      Column column,
      String label,
      boolean hostTable,
      Optional<Column> hostCount) {
    Matcher number = LEADING_NUMBER.matcher(cell.masked());
    Matcher word = FIRST_WORD.matcher(label);
    if (!number.find() || !word.find()) {
      return Optional.empty();
    }
    Optional<Target> target = target(column, label, word.group(), hostTable, hostCount);
    Optional<LocalDate> date = ClaimFinder.dateOf(row.text(), row);
    return target.map(
        t ->
            new DocClaim(
                doc.file(),
                row.line(),
                ClaimFinder.excerpt(row.text().text(), 0),
                t.kind(),
                t.fact(),
                t.host(),
                cell.text().strip(),
                number.group("v"),
                number.group("v").replace(",", ""),
                Optional.empty(),
                date));
  }

  private record Target(String kind, String fact, Optional<String> host) {}

  /** What a count in a row claims: a total ("Total" row), a host's containers, or nothing. */
  private Optional<Target> target(
      Column column,
      String label,
      String firstWord,
      boolean hostTable,
      Optional<Column> hostCount) {
    if (TOTAL_LABEL.matcher(label).find()) {
      return Optional.of(new Target(column.kind, column.totalFact, Optional.empty()));
    }
    if ((hostTable || finder.isHost(firstWord)) && hostCount.equals(Optional.of(column))) {
      String host = finder.hostName(firstWord);
      return Optional.of(
          new Target(ClaimKinds.CONTAINERS_HOST, ClaimKinds.hostFact(host), Optional.of(host)));
    }
    return Optional.empty(); // a per-host dashboard count, say: nothing measures that
  }

  /** A host's own count is its Containers column, or its Running column when there is none. */
  private static Optional<Column> hostCountColumn(List<String> header, List<Integer> counted) {
    List<Column> columns =
        counted.stream().map(i -> Column.of(header.get(i)).orElseThrow()).toList();
    if (columns.contains(Column.CONTAINERS)) {
      return Optional.of(Column.CONTAINERS);
    }
    return columns.contains(Column.RUNNING) ? Optional.of(Column.RUNNING) : Optional.empty();
  }

  private List<DocClaim> prose(ClaimFinder.Doc doc, TextUnit row, LinedText text) {
    Optional<LocalDate> date = ClaimFinder.dateOf(text, row);
    return finder.hits(doc, text).stream()
        .map(h -> h.toClaim(doc.file(), row.text(), date))
        .toList();
  }

  private static int indexOf(List<String> header, Predicate<String> test) {
    for (int i = 0; i < header.size(); i++) {
      if (test.test(header.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
