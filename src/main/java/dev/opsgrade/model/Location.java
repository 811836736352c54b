package dev.opsgrade.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/** Where a fact or finding comes from: a file position or a URL. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Location(
    Optional<String> file, Optional<Integer> line, Optional<Integer> column, Optional<String> url) {

  public static Location file(String file) {
    return new Location(Optional.of(file), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Location file(String file, int line) {
    return new Location(Optional.of(file), Optional.of(line), Optional.empty(), Optional.empty());
  }

  public static Location file(String file, int line, int column) {
    return new Location(
        Optional.of(file), Optional.of(line), Optional.of(column), Optional.empty());
  }

  public static Location url(String url) {
    return new Location(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(url));
  }

  /** "file:line:column", "file:line", "file" or the URL. */
  public String display() {
    if (url.isPresent()) {
      return url.get();
    }
    StringBuilder text = new StringBuilder(file.orElse("?"));
    line.ifPresent(l -> text.append(':').append(l));
    column.ifPresent(c -> text.append(':').append(c));
    return text.toString();
  }
}
