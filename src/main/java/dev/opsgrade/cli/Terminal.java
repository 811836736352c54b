package dev.opsgrade.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/** Whether output goes to a person at a terminal, who gets colour and a live progress display. */
final class Terminal {
  private Terminal() {}

  /**
   * A terminal, not CI, not TERM=dumb. On JDK 22 to 24 System.console() is not null when output is
   * redirected, so Console.isTerminal() (JDK 22+) decides when it exists.
   */
  static boolean interactive(Map<String, String> environment) {
    if (environment.containsKey("CI") || "dumb".equals(environment.get("TERM"))) {
      return false;
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // JDK 21: a console exists only at a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** Colour: at a terminal, unless --no-color or NO_COLOR says otherwise. */
  static boolean colour(boolean noColor, Map<String, String> environment) {
    return !noColor && !environment.containsKey("NO_COLOR") && interactive(environment);
  }
}
