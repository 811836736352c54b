package dev.opsgrade.check.docs;

import dev.opsgrade.collect.docs.DocClaim;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a contradicted claim should say instead: its own phrase with the measured value in
 * place of the claimed one ("83 containers" becomes "62 containers", "62/62 containers healthy"
 * becomes "60/62 containers healthy").
 */
final class Correction {
  private static final Pattern FRACTION = Pattern.compile("^([\\d,.]+)(\\D+?)([\\d,.]+)$");

  private Correction() {}

  static String of(DocClaim claim, Optional<Measured> value, Optional<Measured> outOf) {
    String replacement = replacement(claim, value, outOf);
    String phrase = claim.phrase();
    int at = phrase.indexOf(claim.written());
    if (at < 0) {
      return replacement; // the phrase was reworded by the reader: give the value alone
    }
    return phrase.substring(0, at) + replacement + phrase.substring(at + claim.written().length());
  }

  private static String replacement(
      DocClaim claim, Optional<Measured> value, Optional<Measured> outOf) {
    String main = value.map(m -> m.writtenLike(claim.fact(), claim.value())).orElse(claim.value());
    if (claim.outOf().isPresent()) {
      String total = outOf.map(Measured::value).orElse(claim.outOf().get());
      Matcher fraction = FRACTION.matcher(claim.written());
      String between = fraction.matches() ? fraction.group(2) : "/";
      return main + between + total;
    }
    if (claim.fact().equals("grade.score")) {
      // "97/100" keeps its "/100", "97%" its "%"
      return main + claim.written().replaceFirst("^[\\d.]+", "");
    }
    return main;
  }
}
