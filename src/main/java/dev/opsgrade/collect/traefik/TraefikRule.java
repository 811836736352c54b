package dev.opsgrade.collect.traefik;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A Traefik router rule read for what it routes: {@code Host(`a`) && PathPrefix(`/x`) ||
 * Host("b")}. Matchers combine with {@code &&}, {@code ||}, {@code !} and parentheses; values are
 * in backticks, double or single quotes; v2's several values per matcher ({@code Host(`a`, `b`)})
 * mean any of them. The rule becomes its alternatives (an OR of ANDs), each with the hosts and
 * paths a request must carry; negated matchers restrict, so they add no host to probe.
 */
public final class TraefikRule {
  private static final int MAX_ALTERNATIVES = 64;

  /** One way to match: a request for {@code host} (empty: any host) under {@code path}. */
  public record Alternative(Optional<String> host, Optional<String> hostRegexp, String path) {}

  /** The rule's alternatives, or why it could not be read (with the column). */
  public record Parsed(List<Alternative> alternatives, Optional<String> error) {

    public List<String> hosts() {
      Set<String> hosts = new LinkedHashSet<>();
      alternatives.forEach(a -> a.host().ifPresent(hosts::add));
      return List.copyOf(hosts);
    }

    public List<String> hostRegexps() {
      Set<String> regexps = new LinkedHashSet<>();
      alternatives.forEach(a -> a.hostRegexp().ifPresent(regexps::add));
      return List.copyOf(regexps);
    }

    /** Where to send a probe for {@code host}: its first alternative's path. */
    public String pathFor(String host) {
      return alternatives.stream()
          .filter(a -> a.host().map(host::equalsIgnoreCase).orElse(false))
          .map(Alternative::path)
          .findFirst()
          .orElse("/");
    }
  }

  private final List<RuleLexer.Token> tokens;
  private int at;

  private TraefikRule(List<RuleLexer.Token> tokens) {
    this.tokens = tokens;
  }

  public static Parsed parse(String rule) {
    try {
      TraefikRule parser = new TraefikRule(RuleLexer.tokens(rule));
      List<Conjunction> dnf = parser.or();
      if (parser.at < parser.tokens.size()) {
        throw parser.error("unexpected " + parser.peek().text());
      }
      List<Alternative> alternatives = new ArrayList<>();
      dnf.forEach(c -> alternatives.add(c.alternative()));
      return new Parsed(List.copyOf(alternatives), Optional.empty());
    } catch (RuleLexer.RuleException e) {
      return new Parsed(List.of(), Optional.of(e.getMessage()));
    }
  }

  private List<Conjunction> or() throws RuleLexer.RuleException {
    List<Conjunction> result = new ArrayList<>(and());
    while (accept("||")) {
      result.addAll(and());
      limit(result.size());
    }
    return result;
  }

  private List<Conjunction> and() throws RuleLexer.RuleException {
    List<Conjunction> result = unary();
    while (accept("&&")) {
      List<Conjunction> right = unary();
      List<Conjunction> product = new ArrayList<>();
      for (Conjunction left : result) {
        for (Conjunction r : right) {
          product.add(left.with(r));
        }
      }
      limit(product.size());
      result = product;
    }
    return result;
  }

  private List<Conjunction> unary() throws RuleLexer.RuleException {
    if (accept("!")) {
      unary();
      return List.of(Conjunction.ANY);
    }
    if (accept("(")) {
      List<Conjunction> inner = or();
      expect(")");
      return inner;
    }
    return matcher();
  }

  private List<Conjunction> matcher() throws RuleLexer.RuleException {
    RuleLexer.Token name = next("a matcher such as Host(`example.com`)");
    if (name.kind() != RuleLexer.Kind.NAME) {
      throw error("expected a matcher, found " + name.text());
    }
    expect("(");
    List<String> values = new ArrayList<>();
    if (!accept(")")) {
      do {
        RuleLexer.Token value = next("a quoted value");
        if (value.kind() != RuleLexer.Kind.STRING) {
          throw error("expected a quoted value, found " + value.text());
        }
        values.add(value.text());
      } while (accept(","));
      expect(")");
    }
    return Conjunction.of(name.text().toLowerCase(Locale.ROOT), values);
  }

  private void limit(int size) throws RuleLexer.RuleException {
    if (size > MAX_ALTERNATIVES) {
      throw error("more than " + MAX_ALTERNATIVES + " alternatives");
    }
  }

  private boolean accept(String symbol) {
    if (at < tokens.size() && tokens.get(at).is(symbol)) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(String symbol) throws RuleLexer.RuleException {
    if (!accept(symbol)) {
      throw error(
          "expected " + symbol + (at < tokens.size() ? ", found " + peek().text() : " at the end"));
    }
  }

  private RuleLexer.Token next(String expected) throws RuleLexer.RuleException {
    if (at >= tokens.size()) {
      throw error("expected " + expected + " at the end");
    }
    return tokens.get(at++);
  }

  private RuleLexer.Token peek() {
    return tokens.get(at);
  }

  private RuleLexer.RuleException error(String message) {
    int column =
        at < tokens.size()
            ? tokens.get(at).column()
            : tokens.isEmpty() ? 1 : tokens.getLast().column();
    return new RuleLexer.RuleException("rule column " + column + ": " + message);
  }
}
