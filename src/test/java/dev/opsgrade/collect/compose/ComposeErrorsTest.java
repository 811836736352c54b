package dev.opsgrade.collect.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file that cannot be read says which file, line and column, and why. */
class ComposeErrorsTest {
  @TempDir Path dir;
  private ComposeProject project;

  @BeforeEach
  void setUp() {
    project = new ComposeProject(dir);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'services:\\n  a:\\n    image: a\\n   bad: [\\n' | c.yml:4:4 | expected <block end>, but found '<block mapping start>'",
        "'services:\\n  a:\\n\\timage: a\\n'             | c.yml:3:1 | found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)",
        "'services:\\n  a:\\n    image: a\\n    image: b\\n' | c.yml:4:5 | mapping key 'image' already defined at line 3",
        "'services:\\n  a:\\n    image: ${TAG:?set TAG}\\n' | c.yml:3:12 | required variable TAG is missing a value: set TAG",
        "'services: [a, b]\\n'                          | c.yml:1:11 | services must be a mapping",
        "'services:\\n  a: web\\n'                       | c.yml:2:6 | service 'a' must be a mapping",
        "'include: [{project_directory: x}]\\n'         | c.yml:1:11 | include needs a path",
        "'services:\\n  a:\\n    image: a\\n    mem_limit: lots\\n' | c.yml:4:16 | invalid memory size 'lots'",
        "'services:\\n  a:\\n    extends: nothere\\n'   | c.yml:3:14 | cannot extend service 'nothere': no such service",
        "'- just\\n- a list\\n'                        | c.yml:1:1 | a compose file's top level must be a mapping",
      })
  void brokenFilesNameFileLineAndColumn(String yaml, String where, String problem) {
    ComposeFile file = project.write("c.yml", yaml.translateEscapes()).read("c.yml").file();

    assertThat(file.readable()).isFalse();
    assertThat(file.error()).contains(where + ": " + problem);
    assertThat(file.errorFile()).contains("c.yml");
    assertThat(where)
        .isEqualTo(
            "c.yml:" + file.errorLine().orElseThrow() + ":" + file.errorColumn().orElseThrow());
    assertThat(file.services()).isZero();
  }

  @Test
  void anErrorInAnIncludedFileNamesThatFile() {
    ComposeFile file =
        project
            .write("c.yml", "include: [stack/b.yml]\n")
            .write("stack/b.yml", "services:\n  b:\n    image: [unclosed\n")
            .read("c.yml")
            .file();

    assertThat(file.error()).hasValueSatisfying(e -> assertThat(e).startsWith("stack/b.yml:4:1: "));
    assertThat(file.errorFile()).contains("stack/b.yml");
    assertThat(file.file()).isEqualTo("c.yml");
  }

  @Test
  void aMissingFileIsAnErrorWithoutPosition() {
    ComposeFile file = project.read("absent.yml").file();

    assertThat(file.error()).contains("absent.yml: no such file");
    assertThat(file.errorLine()).isEmpty();
    assertThat(file.errorColumn()).isEmpty();
  }

  @Test
  void notUtf8IsAnError() throws IOException {
    Files.write(dir.resolve("c.yml"), new byte[] {'a', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});

    assertThat(project.read("c.yml").file().error()).contains("c.yml: not UTF-8 text");
  }

  @Test
  void anAliasBombStopsWithAnError() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 9; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      yaml.append(("*a" + (i - 1) + ", ").repeat(10)).append("x]\n");
    }
    long start = System.nanoTime();
    ComposeFile file = project.write("c.yml", yaml.toString()).read("c.yml").file();

    assertThat(file.error())
        .hasValueSatisfying(e -> assertThat(e).contains("aliases expand to a document too large"));
    assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
  }

  @Test
  void deepNestingIsAnErrorNotACrash() {
    String deep = "a: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
    String interpolation =
        "services:\n  a:\n    image: " + "${A:-".repeat(20_000) + "x" + "}".repeat(20_000) + "\n";

    assertThat(project.write("deep.yml", deep).read("deep.yml").file().error()).isPresent();
    assertThat(project.write("interp.yml", interpolation).read("interp.yml").file().error())
        .hasValueSatisfying(e -> assertThat(e).contains("nested too deeply"));
  }

  @Test
  void aPathWithANulCharacterIsAnError() {
    project.write("c.yml", "services:\n  a:\n    image: a\n    env_file: \"bad\\0.env\"\n");

    assertThat(project.read("c.yml").file().error())
        .hasValueSatisfying(
            e -> assertThat(e).startsWith("c.yml:4:15: ").contains("not a valid path"));
  }

  @Test
  void yamlErrorsNeverQuoteTheLine() {
    ComposeFile file =
        project
            .write(
                "c.yml",
                "services:\n  a:\n    environment:\n      PASSWORD: \"hunter2-very-secret\n")
            .read("c.yml")
            .file();

    assertThat(file.error()).isPresent();
    assertThat(file.error().orElseThrow()).doesNotContain("hunter2");
  }

  @Test
  void theOriginalConstructorStillBuildsAFileFact() {
    ComposeFile old =
        new ComposeFile(
            "h",
            "c.yml",
            java.util.List.of(),
            0,
            java.util.List.of(),
            Optional.of("c.yml:1:1: bad"),
            Optional.of(1),
            Optional.of(1));

    assertThat(old.missingFiles()).isEmpty();
    assertThat(old.errorFile()).contains("c.yml");
    assertThat(old.complete()).isFalse();
  }

  @Test
  void aGoodFileBesideABadOneStillReads() {
    project.write("bad.yml", "services: [\n").write("good.yml", "services:\n  a:\n    image: a\n");

    assertThat(project.read("bad.yml").file().readable()).isFalse();
    assertThat(project.read("good.yml", Map.of()).services()).hasSize(1);
  }
}
