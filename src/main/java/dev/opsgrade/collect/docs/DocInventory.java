package dev.opsgrade.collect.docs;

import dev.opsgrade.model.FactKind;
import java.util.List;

/**
 * The doc inventory file (docs.inventory) and the docs it lists, by link or by a bare path in a
 * list or table.
 *
 * @param file relative to the inventory's folder
 * @param exists whether the file is there at all
 * @param entries the Markdown files it lists, each once, in the order they first appear
 */
@FactKind("docs.inventory")
public record DocInventory(String file, boolean exists, List<Entry> entries) {

  /**
   * @param listed the path as the inventory writes it
   * @param path the file it names, relative to the inventory's folder
   * @param line where the inventory lists it
   * @param exists whether that file exists
   */
  public record Entry(String listed, String path, int line, boolean exists) {}
}
