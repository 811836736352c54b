package dev.opsgrade.collect.git;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Queue;

/**
 * Aho-Corasick over bytes, ASCII case-insensitive, compiled to a full transition table: one table
 * lookup per byte finds every keyword of every rule in a single pass, so a file that holds none of
 * the keywords costs one read and never reaches a regex.
 */
final class KeywordAutomaton {
  private static final int ALPHABET = 256;

  private final int[] next;
  private final int[][] matchedRules;
  private final int ruleCount;

  KeywordAutomaton(List<SecretRule> rules) {
    this.ruleCount = rules.size();
    List<int[]> trie = new ArrayList<>();
    List<BitSet> outputs = new ArrayList<>();
    trie.add(newNode());
    outputs.add(new BitSet());
    for (int rule = 0; rule < rules.size(); rule++) {
      for (String keyword : rules.get(rule).keywords()) {
        int state = 0;
        for (byte b : keyword.getBytes(StandardCharsets.ISO_8859_1)) {
          int c = b & 0xff;
          if (trie.get(state)[c] < 0) {
            trie.get(state)[c] = trie.size();
            trie.add(newNode());
            outputs.add(new BitSet());
          }
          state = trie.get(state)[c];
        }
        outputs.get(state).set(rule);
      }
    }
    this.next = new int[trie.size() * ALPHABET];
    this.matchedRules = new int[trie.size()][];
    build(trie, outputs);
  }

  private static int[] newNode() {
    int[] node = new int[ALPHABET];
    Arrays.fill(node, -1);
    return node;
  }

  /** Breadth-first: failure links, merged outputs, then uppercase letters mapped to lowercase. */
  private void build(List<int[]> trie, List<BitSet> outputs) {
    int[] fail = new int[trie.size()];
    Queue<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < ALPHABET; c++) {
      int child = trie.get(0)[c];
      next[c] = Math.max(child, 0);
      if (child > 0) {
        queue.add(child);
      }
    }
    matchedRules[0] = new int[0];
    while (!queue.isEmpty()) {
      int state = queue.remove();
      outputs.get(state).or(outputs.get(fail[state]));
      matchedRules[state] = outputs.get(state).stream().toArray();
      for (int c = 0; c < ALPHABET; c++) {
        int child = trie.get(state)[c];
        if (child > 0) {
          fail[child] = next[fail[state] * ALPHABET + c];
          next[state * ALPHABET + c] = child;
          queue.add(child);
        } else {
          next[state * ALPHABET + c] = next[fail[state] * ALPHABET + c];
        }
      }
    }
    for (int state = 0; state < trie.size(); state++) {
      for (int c = 'A'; c <= 'Z'; c++) {
        next[state * ALPHABET + c] = next[state * ALPHABET + c + ('a' - 'A')];
      }
    }
  }

  /** The indexes of the rules at least one of whose keywords occurs in the bytes. */
  BitSet rulesIn(byte[] bytes, int length) {
    BitSet found = new BitSet(ruleCount);
    int[] table = next;
    int state = 0;
    for (int i = 0; i < length; i++) {
      state = table[(state << 8) | (bytes[i] & 0xff)];
      int[] rules = matchedRules[state];
      if (rules.length > 0) {
        for (int rule : rules) {
          found.set(rule);
        }
      }
    }
    return found;
  }
}
