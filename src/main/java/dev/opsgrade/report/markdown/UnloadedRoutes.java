package dev.opsgrade.report.markdown;

import dev.opsgrade.check.routes.Route;
import dev.opsgrade.check.routes.RouteBook;
import dev.opsgrade.model.Evidence;
import java.util.List;

/**
 * The routes declared in configuration (rules files, compose labels) that the running proxy's API
 * does not list: a route that was meant to be served but is not, whatever its probe says.
 */
final class UnloadedRoutes {
  private UnloadedRoutes() {}

  /** The section, or "" when no route is known at all. */
  static String section(Evidence evidence) {
    RouteBook book = RouteBook.of(evidence);
    if (book.routes().isEmpty()) {
      return "";
    }
    StringBuilder out =
        new StringBuilder("## Routes in configuration, not in the running proxy\n\n");
    if (!book.apiRead()) {
      return out.append(
              "The proxy's API was not read, so whether the running proxy loaded the "
                  + book.routes().size()
                  + " configured routes is unknown: they were probed from configuration.\n\n")
          .toString();
    }
    List<Route> unloaded = book.routes().stream().filter(r -> !r.running()).toList();
    if (unloaded.isEmpty()) {
      return out.append("Every configured route is loaded by the running proxy.\n\n").toString();
    }
    MarkdownTable table = MarkdownTable.of("Route", "Hosts", "Declared in", "Where");
    unloaded.forEach(
        r ->
            table.row(
                r.name(), String.join(", ", r.hosts()), r.declaredIn(), r.location().display()));
    return out.append(table.render()).append('\n').toString();
  }
}
