package dev.opsgrade.history;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster from Debian's binaries (package postgresql) in a temp dir, on a free
 * loopback port, with password authentication. Root cannot run postgres: as root, the commands run
 * as the postgres user the package creates.
 */
final class PostgresCluster implements AutoCloseable {
  static final String USER = "opsgrade";
  private static final Path INSTALL = Path.of("/usr/lib/postgresql");

  private final Path bin;
  private final Path dir;
  private final int port;
  private final String password;
  private final AtomicInteger databases = new AtomicInteger();

  private PostgresCluster(Path bin, Path dir, int port, String password) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.password = password;
  }

  /** The bin folder of the newest installed PostgreSQL that has initdb and pg_ctl. */
  static Optional<Path> binaries() {
    if (!Files.isDirectory(INSTALL)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(INSTALL)) {
      return versions
          .map(version -> version.resolve("bin"))
          .filter(
              b ->
                  Files.isExecutable(b.resolve("initdb"))
                      && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(b -> versionOf(b.getParent())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static PostgresCluster start(Path bin) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("opsgrade-pg-");
    String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    Files.writeString(dir.resolve("pwfile"), password + "\n");
    if (isRoot()) {
      run(List.of("chown", "-R", "postgres:postgres", dir.toString()), dir);
    }
    PostgresCluster cluster = new PostgresCluster(bin, dir, freePort(), password);
    cluster.pg(
        "initdb",
        "-D",
        cluster.data(),
        "-U",
        USER,
        "--pwfile=" + dir.resolve("pwfile"),
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C");
    cluster.pg(
        "pg_ctl",
        "-D",
        cluster.data(),
        "-l",
        dir.resolve("server.log").toString(),
        "-w",
        "-t",
        "60",
        "-o",
        "-p " + cluster.port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
        "start");
    return cluster;
  }

  int port() {
    return port;
  }

  String password() {
    return password;
  }

  /** A new empty database, so that each test starts from nothing. */
  String createDatabase() throws SQLException {
    String name = "history_" + databases.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(url("postgres"), USER, password);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return url(name);
  }

  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      pg("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private String data() {
    return dir.resolve("data").toString();
  }

  private void pg(String program, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    run(command, dir);
  }

  private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
    Path output = Files.createTempFile("opsgrade-pg-cmd-", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(command + " did not finish within 120 s");
      }
      if (process.exitValue() != 0) {
        throw new IOException(
            command
                + " exited "
                + process.exitValue()
                + ":\n"
                + Files.readString(output, StandardCharsets.UTF_8));
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static int versionOf(Path versionDir) {
    try {
      return Integer.parseInt(versionDir.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
