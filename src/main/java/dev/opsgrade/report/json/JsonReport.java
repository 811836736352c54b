package dev.opsgrade.report.json;

import dev.opsgrade.model.Json;
import dev.opsgrade.score.Assessment;

/**
 * assessment.json: the assessment exactly as {@link Json} serializes it. Its shape is documented by
 * schema/assessment.schema.json; a change to the records is a change to that contract.
 */
public final class JsonReport {
  public static final String FILE_NAME = "assessment.json";

  private JsonReport() {}

  public static String render(Assessment assessment) {
    return Json.write(assessment);
  }
}
