package dev.opsgrade.collect.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a matched number not a statement of fact: a bound ("more than 3"), an approximation
 * ("~60"), a range ("2 or 3", "3 to 5"), a change ("add 5"), a plan or condition in its clause
 * ("will", "should", "target", "if"), or a question.
 */
final class Guards {
  private static final Pattern QUALIFIED =
      ClaimRules.compile(
          "(?:\\b(?:(?:more|less|fewer|greater|higher|lower)\\s+than|at\\s+(?:least|most)|up\\s+to"
              + "|over|under|above|below|about|around|approximately|approx\\.?|roughly|nearly"
              + "|almost|max(?:imum)?|min(?:imum)?|limit(?:\\s+of)?|threshold(?:\\s+of)?|to|or"
              + "|every|each|per|not|from|instead\\s+of|previously|formerly|add|adds|added|adding"
              + "|remove|removes|removed|removing|another|than"
              + "|(?:reduced|increased|grew|dropped|decreased|shrunk|fell|rose|down|up)\\s+by)"
              + "|[~≈<>≥≤]=?)\\s*$");

  private static final Pattern PLANNED =
      ClaimRules.compile(
          "(?<!\\d\\s)\\b(?:target(?:ed)?|goal|aims?|aiming|planned|planning|plans\\s+to|will|shall|should"
              + "|must|would|could|wants?|wanted|needs?\\s+to|expects?\\s+to|expected\\s+to"
              + "|to\\s+reach|to\\s+achieve|once|until|todo|wish|hope|if|unless|desired|intended"
              + "|required|requires|expect|expectation)\\b|\\bexpected\\s*[:=]");

  /** "3 targets per host" counts something else than the total ("every 15s" is a frequency). */
  private static final Pattern DISTRIBUTIVE =
      ClaimRules.compile("^\\s+(?:per|each|every(?!\\s+\\d))\\b");

  private static final Pattern CLAUSE_END = Pattern.compile("[,;]|\\s[—–-]\\s|\\s\\|\\s");

  private Guards() {}

  /** Whether the words from {@code start} to {@code end} of the sentence are not a claim. */
  static boolean rejects(String sentence, int start, int end) {
    if (sentence.strip().endsWith("?")) {
      return true;
    }
    String before = sentence.substring(Math.max(0, start - 40), start);
    if (QUALIFIED.matcher(before).find()) {
      return true;
    }
    if (DISTRIBUTIVE.matcher(sentence.substring(end)).find()) {
      return true;
    }
    return PLANNED.matcher(clauseUpTo(sentence, end)).find();
  }

  /** The sentence from its start to the end of the clause holding {@code end}. */
  private static String clauseUpTo(String sentence, int end) {
    Matcher m = CLAUSE_END.matcher(sentence);
    int stop = sentence.length();
    if (m.find(end)) {
      stop = m.start();
    }
    return sentence.substring(0, stop);
  }
}
