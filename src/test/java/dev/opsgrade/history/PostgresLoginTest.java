package dev.opsgrade.history;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A PostgreSQL that refuses the login: the error names the database, never the password. */
@ExtendWith(TestDatabases.class)
class PostgresLoginTest {

  @Test
  void aRefusedLoginNamesTheDatabaseAndNotThePassword(TestDatabases.Factory databases)
      throws Exception {
    PostgresCluster cluster = databases.cluster();
    String url = cluster.createDatabase();
    String wrong = "not-the-" + cluster.password();

    assertThatThrownBy(
            () -> HistoryStore.open(url, Optional.of(PostgresCluster.USER), Optional.of(wrong)))
        .isInstanceOf(HistoryException.class)
        .hasMessageStartingWith("cannot open the history at " + url + ": ")
        .hasMessageContaining("password authentication failed")
        .hasMessageNotContaining(wrong)
        .hasMessageNotContaining(cluster.password());
  }

  @Test
  void aPasswordWrittenInTheUrlIsNotRepeatedInTheError(TestDatabases.Factory databases)
      throws Exception {
    PostgresCluster cluster = databases.cluster();
    String url = cluster.createDatabase();
    String secret = "in-url-" + cluster.password();

    assertThatThrownBy(() -> HistoryStore.open(url + "?user=opsgrade&password=" + secret))
        .isInstanceOf(HistoryException.class)
        .hasMessageStartingWith("cannot open the history at " + url + ": ")
        .hasMessageNotContaining(secret);
  }
}
