package dev.opsgrade.check;

import dev.opsgrade.model.Category;
import dev.opsgrade.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The check metadata, kept as data beside the code (catalogue.yaml). */
public final class Catalogue {
  private static final String RESOURCE = "/dev/opsgrade/check/catalogue.yaml";
  private static final Catalogue DEFAULT = load();

  private final Map<String, CheckMetadata> byId;

  private Catalogue(Map<String, CheckMetadata> byId) {
    this.byId = Map.copyOf(byId);
  }

  public static Catalogue standard() {
    return DEFAULT;
  }

  public Optional<CheckMetadata> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public CheckMetadata get(String id) {
    return find(id)
        .orElseThrow(() -> new IllegalArgumentException("check '" + id + "' has no metadata"));
  }

  public java.util.Set<String> ids() {
    return byId.keySet();
  }

  @SuppressWarnings("unchecked")
  private static Catalogue load() {
    try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      Map<String, Object> root =
          (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
      Map<String, CheckMetadata> byId = new LinkedHashMap<>();
      root.forEach((id, value) -> byId.put(id, parse(id, (Map<String, Object>) value)));
      return new Catalogue(byId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CheckMetadata parse(String id, Map<String, Object> m) {
    return new CheckMetadata(
        id,
        Category.fromId((String) m.get("category")),
        Severity.valueOf(((String) m.get("severity")).toUpperCase(Locale.ROOT)),
        Boolean.TRUE.equals(m.get("blocking")),
        (String) m.get("title"),
        (String) m.get("rationale"),
        (String) m.get("evidence"),
        (String) m.get("fix"));
  }
}
