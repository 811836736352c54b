package dev.opsgrade.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.opsgrade.model.Json;
import dev.opsgrade.report.Estates;
import dev.opsgrade.report.GoldenFiles;
import dev.opsgrade.score.Assessment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** assessment.json against its published schema, schema/assessment.schema.json. */
class AssessmentSchemaTest {
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("schema", "assessment.schema.json"))) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"first-assessment", "grade-fell", "production-ready"})
  void goldenOutputIsValid(String scenario) throws IOException {
    JsonNode document = Json.mapper().readTree(GoldenFiles.read(scenario + ".json"));

    assertThat(schema.validate(document)).extracting(Error::toString).isEmpty();
  }

  @Test
  void schemaRejectsAnUnknownStatusAMissingGradeAndAnExtraField() {
    ObjectNode document = (ObjectNode) Json.toTree(Estates.gradeFell());
    ((ObjectNode) document.get("findings").get(0)).put("status", "PASSED");
    document.remove("grade");
    document.put("score", 69.7);

    List<String> errors = schema.validate(document).stream().map(Error::toString).toList();

    assertThat(errors)
        .hasSize(3)
        .anySatisfy(e -> assertThat(e).contains("/findings/0/status").contains("enumeration"))
        .anySatisfy(e -> assertThat(e).contains("required property 'grade'"))
        .anySatisfy(e -> assertThat(e).contains("'score'").contains("additional properties"));
  }

  @Test
  void jsonReportIsTheModelSerializationAndReadsBackToTheSameAssessment() {
    Assessment assessment = Estates.gradeFell();

    String json = JsonReport.render(assessment);

    assertThat(json).isEqualTo(Json.write(assessment));
    assertThat(Json.mapper().readValue(json, Assessment.class)).isEqualTo(assessment);
  }
}
