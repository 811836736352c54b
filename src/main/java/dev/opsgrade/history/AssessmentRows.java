package dev.opsgrade.history;

import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Location;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.CategoryScore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Writes one assessment as its rows: the caller holds the transaction around it. */
final class AssessmentRows {
  private AssessmentRows() {}

  static long insert(Handle handle, Assessment assessment, Instant recordedAt) {
    long id =
        handle
            .createQuery(
                """
                INSERT INTO assessment (inventory, collected_at, recorded_at, score, letter,
                  production_ready, evidence_sha256, assessment_json)
                VALUES (:inventory, :collectedAt, :recordedAt, :score, :letter,
                  :ready, :evidenceSha256, :json)
                RETURNING id""")
            .bind("inventory", assessment.inventory())
            .bind("collectedAt", column(assessment.collectedAt()))
            .bind("recordedAt", column(recordedAt))
            .bind("score", assessment.grade().score())
            .bind("letter", assessment.grade().letter())
            .bind("ready", assessment.grade().productionReady())
            .bind("evidenceSha256", assessment.evidenceSha256())
            .bind("json", Json.write(assessment))
            .mapTo(Long.class)
            .one();
    insertCategories(handle, id, assessment.categories());
    insertFindings(handle, id, assessment.findings());
    return id;
  }

  /**
   * SQLite keeps a time as epoch milliseconds, PostgreSQL as microseconds: the columns keep
   * milliseconds in both so that both give the same order and the same trend; the assessment_json
   * keeps the exact time.
   */
  static Instant column(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS);
  }

  private static void insertCategories(Handle handle, long id, List<CategoryScore> categories) {
    PreparedBatch batch =
        handle.prepareBatch(
            """
            INSERT INTO category_score (assessment_id, category, weight, score, minimum)
            VALUES (:id, :category, :weight, :score, :minimum)""");
    for (CategoryScore category : categories) {
      batch
          .bind("id", id)
          .bind("category", category.id().id())
          .bind("weight", category.weight())
          .bind("score", category.score().orElse(null))
          .bind("minimum", category.minimum())
          .add();
    }
    execute(batch);
  }

  private static void insertFindings(Handle handle, long id, List<Finding> findings) {
    PreparedBatch batch =
        handle.prepareBatch(
            """
            INSERT INTO finding (assessment_id, position, check_id, category, status, severity,
              subject, message, location)
            VALUES (:id, :position, :check, :category, :status, :severity,
              :subject, :message, :location)""");
    int position = 0;
    for (Finding finding : findings) {
      batch
          .bind("id", id)
          .bind("position", position++)
          .bind("check", finding.check())
          .bind("category", finding.category().id())
          .bind("status", finding.status().name())
          .bind("severity", finding.severity().name())
          .bind("subject", finding.subject())
          .bind("message", finding.message())
          .bind("location", finding.location().map(Location::display).orElse(null))
          .add();
    }
    execute(batch);
  }

  private static void execute(PreparedBatch batch) {
    if (batch.size() > 0) {
      batch.execute();
    }
  }
}
