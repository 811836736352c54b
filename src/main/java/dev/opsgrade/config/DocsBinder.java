package dev.opsgrade.config;

import dev.opsgrade.model.inventory.DocsSpec;
import java.util.ArrayList;
import java.util.List;

/** {@code docs:} the docs folder, its inventory file, how fresh it must be, extra claim kinds. */
final class DocsBinder {
  private DocsBinder() {}

  static DocsSpec bind(YamlMap docs) {
    docs.allowKeys("path", "inventory", "max_age", "claims");
    List<DocsSpec.ClaimPattern> claims = new ArrayList<>();
    for (YamlMap claim : docs.maps("claims")) {
      claim.allowKeys("pattern", "fact");
      claims.add(
          new DocsSpec.ClaimPattern(
              claim.required("pattern", Types.REGEX_WITH_GROUP).orElse(""),
              claim.required("fact", Types.TEXT).orElse("")));
    }
    return new DocsSpec(
        docs.get("path", Types.TEXT, InventoryDefaults.DOCS_PATH),
        docs.get("inventory", Types.TEXT),
        docs.get("max_age", Formats.DURATION_TYPE, InventoryDefaults.DOCS_MAX_AGE),
        List.copyOf(claims));
  }
}
