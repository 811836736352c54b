package dev.opsgrade.history;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a fresh history database of either dialect. The PostgreSQL cluster starts on first
 * use, is shared by every test of the run and is stopped when the run ends (JUnit closes it with
 * the root context). Only missing PostgreSQL binaries skip a test; a cluster that fails to start
 * fails it.
 */
final class TestDatabases implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(TestDatabases.class);

  /** Where a test's database is and how to log in. */
  record Target(Dialect dialect, String url, Optional<String> user, Optional<String> password) {
    HistoryStore open() {
      return HistoryStore.open(url, user, password);
    }
  }

  /** Hands out databases; one per test, in the test's temp dir for SQLite. */
  static final class Factory {
    private final ExtensionContext.Store store;

    private Factory(ExtensionContext.Store store) {
      this.store = store;
    }

    Target create(Dialect dialect, Path tempDir) throws Exception {
      return switch (dialect) {
        case SQLITE ->
            new Target(
                dialect,
                "jdbc:sqlite:" + tempDir.resolve("history.db"),
                Optional.empty(),
                Optional.empty());
        case POSTGRESQL -> {
          PostgresCluster cluster = cluster();
          yield new Target(
              dialect,
              cluster.createDatabase(),
              Optional.of(PostgresCluster.USER),
              Optional.of(cluster.password()));
        }
      };
    }

    PostgresCluster cluster() {
      Optional<Path> bin = PostgresCluster.binaries();
      Assumptions.assumeTrue(
          bin.isPresent(),
          "PostgreSQL tests skipped: no initdb and pg_ctl under /usr/lib/postgresql/*/bin"
              + " (apt-get install -y postgresql)");
      return store.computeIfAbsent(
          PostgresCluster.class,
          key -> {
            try {
              return PostgresCluster.start(bin.get());
            } catch (Exception e) {
              throw new IllegalStateException("cannot start PostgreSQL from " + bin.get(), e);
            }
          },
          PostgresCluster.class);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Factory.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return new Factory(context.getRoot().getStore(NAMESPACE));
  }
}
