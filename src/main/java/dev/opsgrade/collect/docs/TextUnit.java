package dev.opsgrade.collect.docs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One block of prose as the claim finder sees it: a heading, a paragraph (also inside a list item
 * or a quote) or a table row, with the date of the section it sits in.
 *
 * @param cells a table row's cells (empty for other blocks)
 * @param header the header cells of the row's table (empty for other blocks)
 * @param openTask whether the block belongs to an unchecked task item ("- [ ] ..."): a plan, not a
 *     statement of fact
 */
record TextUnit(
    Type type,
    LinedText text,
    List<LinedText> cells,
    List<String> header,
    Optional<LocalDate> sectionDate,
    boolean openTask) {

  enum Type {
    HEADING,
    PARAGRAPH,
    TABLE_ROW
  }

  int line() {
    return text.lineAt(0);
  }
}
