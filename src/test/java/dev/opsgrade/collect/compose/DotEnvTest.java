package dev.opsgrade.collect.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .env and env_file syntax as Docker Compose reads it. */
class DotEnvTest {
  @TempDir Path dir;

  private List<DotEnv.Entry> read(String text, Map<String, String> outer) throws IOException {
    Path file = dir.resolve(".env");
    Files.writeString(file, text);
    return DotEnv.read(file, name -> Optional.ofNullable(outer.get(name)));
  }

  @Test
  void readsEveryForm() throws IOException {
    List<DotEnv.Entry> entries =
        read(
            """
            # a comment
            PLAIN=value
            export EXPORTED=yes
            SPACED = padded   # trailing comment
            SINGLE='no ${PLAIN} here'
            DOUBLE="line\\nnext ${PLAIN}"
            MULTI="first
            second"
            EMPTY=
            FROM_SHELL
            REF=${SHELL_VAR}
            CHAINED=${PLAIN}-x
            """,
            Map.of("SHELL_VAR", "from-shell", "FROM_SHELL", "passed"));

    Map<String, String> values = DotEnv.asMap(entries);
    assertThat(values)
        .containsEntry("PLAIN", "value")
        .containsEntry("EXPORTED", "yes")
        .containsEntry("SPACED", "padded")
        .containsEntry("SINGLE", "no ${PLAIN} here")
        .containsEntry("DOUBLE", "line\nnext value")
        .containsEntry("MULTI", "first\nsecond")
        .containsEntry("EMPTY", "")
        .containsEntry("FROM_SHELL", "passed")
        .containsEntry("REF", "from-shell")
        .containsEntry("CHAINED", "value-x");
    assertThat(entries)
        .filteredOn(e -> e.reference())
        .extracting(DotEnv.Entry::name)
        .containsExactly("FROM_SHELL", "REF");
    assertThat(entries)
        .extracting(DotEnv.Entry::line)
        .containsExactly(2, 3, 4, 5, 6, 7, 9, 10, 11, 12);
  }

  @Test
  void theEnvironmentWinsOverEarlierKeys() throws IOException {
    Map<String, String> values = DotEnv.asMap(read("A=file\nB=${A}\n", Map.of("A", "shell")));

    assertThat(values).containsEntry("B", "shell");
  }

  @Test
  void aBadKeyIsAnErrorWithItsLine() {
    assertThatThrownBy(() -> read("GOOD=1\nBAD KEY=2\n", Map.of()))
        .isInstanceOfSatisfying(
            ComposeException.class,
            e -> {
              assertThat(e.position().line()).isEqualTo(2);
              assertThat(e.problem()).doesNotContain("2");
            });
  }
}
