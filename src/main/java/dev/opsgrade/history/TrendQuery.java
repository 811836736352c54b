package dev.opsgrade.history;

import dev.opsgrade.model.Category;
import dev.opsgrade.model.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The latest assessments of an inventory as trend points, oldest first. */
final class TrendQuery {
  private TrendQuery() {}

  private record Head(long id, Instant collectedAt, double score, String letter, boolean ready) {}

  private record CategoryRow(long id, Category category, double score) {}

  private record CountRow(long id, Status status, int count) {}

  static List<HistoryEntry> run(Handle handle, String inventory, int limit) {
    List<Head> heads =
        new ArrayList<>(
            handle
                .createQuery(
                    """
                    SELECT id, collected_at, score, letter, production_ready FROM assessment
                    WHERE inventory = :inventory ORDER BY collected_at DESC, id DESC LIMIT :limit""")
                .bind("inventory", inventory)
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new Head(
                            rs.getLong("id"),
                            rs.getTimestamp("collected_at").toInstant(),
                            rs.getDouble("score"),
                            rs.getString("letter"),
                            rs.getBoolean("production_ready")))
                .list());
    if (heads.isEmpty()) {
      return List.of();
    }
    Collections.reverse(heads);
    List<Long> ids = heads.stream().map(Head::id).toList();
    Map<Long, Map<Category, Double>> categories = categories(handle, ids);
    Map<Long, Map<Status, Integer>> counts = problemCounts(handle, ids);
    return heads.stream()
        .map(
            head -> {
              Map<Status, Integer> count = counts.getOrDefault(head.id(), Map.of());
              return new HistoryEntry(
                  head.id(),
                  head.collectedAt(),
                  head.score(),
                  head.letter(),
                  head.ready(),
                  Collections.unmodifiableMap(categories.getOrDefault(head.id(), Map.of())),
                  count.getOrDefault(Status.FAIL, 0),
                  count.getOrDefault(Status.WARN, 0),
                  count.getOrDefault(Status.UNVERIFIED, 0));
            })
        .toList();
  }

  private static Map<Long, Map<Category, Double>> categories(Handle handle, List<Long> ids) {
    Map<Long, Map<Category, Double>> byId = new HashMap<>();
    handle
        .createQuery(
            """
            SELECT assessment_id, category, score FROM category_score
            WHERE assessment_id IN (<ids>) AND score IS NOT NULL""")
        .bindList("ids", ids)
        .map(
            (rs, ctx) ->
                new CategoryRow(
                    rs.getLong("assessment_id"),
                    Category.fromId(rs.getString("category")),
                    rs.getDouble("score")))
        .forEach(
            row ->
                byId.computeIfAbsent(row.id(), id -> new EnumMap<>(Category.class))
                    .put(row.category(), row.score()));
    return byId;
  }

  private static Map<Long, Map<Status, Integer>> problemCounts(Handle handle, List<Long> ids) {
    Map<Long, Map<Status, Integer>> byId = new HashMap<>();
    handle
        .createQuery(
            """
            SELECT assessment_id, status, COUNT(*) AS n FROM finding
            WHERE assessment_id IN (<ids>) AND status IN ('FAIL', 'WARN', 'UNVERIFIED')
            GROUP BY assessment_id, status""")
        .bindList("ids", ids)
        .map(
            (rs, ctx) ->
                new CountRow(
                    rs.getLong("assessment_id"),
                    Status.valueOf(rs.getString("status")),
                    rs.getInt("n")))
        .forEach(
            row ->
                byId.computeIfAbsent(row.id(), id -> new EnumMap<>(Status.class))
                    .put(row.status(), row.count()));
    return byId;
  }
}
