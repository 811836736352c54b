package dev.opsgrade.collect.docker;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real Docker Engine for the tests: Debian's dockerd with the vfs driver, no iptables and no
 * bridge, its own data, exec root and unix socket in a temp dir, plus a TLS tcp:// listener on a
 * free loopback port with certificates made by openssl. One engine serves every test class of a run
 * (JUnit's root store closes it at the end). Its image is imported from a rootfs of busybox-static,
 * since no registry is reachable. Public for the other packages' tests of a real engine (init).
 */
public final class TestEngine implements AutoCloseable {
  public static final String IMAGE = "opsgrade-test/busybox:1";
  static final String PACKAGES = "apt-get install docker.io busybox-static openssh-server openssl";
  private static final Path DOCKERD = Path.of("/usr/sbin/dockerd");

  final Path dir;
  public final Path socket;
  final int tlsPort;
  final Path certs;
  private final Process daemon;

  private TestEngine(Path dir, int tlsPort, Process daemon) {
    this.dir = dir;
    this.socket = dir.resolve("docker.sock");
    this.tlsPort = tlsPort;
    this.certs = dir.resolve("certs");
    this.daemon = daemon;
  }

  /** JUnit: gives a test the shared engine, started on first use. */
  public static final class Extension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == TestEngine.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      assumeTrue(
          Files.isExecutable(DOCKERD) && Files.isExecutable(Path.of("/bin/busybox")),
          "no dockerd or busybox-static here: " + PACKAGES);
      return context
          .getRoot()
          .getStore(ExtensionContext.Namespace.GLOBAL)
          .computeIfAbsent(TestEngine.class, k -> start(), TestEngine.class);
    }
  }

  static TestEngine start() {
    try {
      Path dir = Files.createTempDirectory(Path.of("/tmp"), "og-dk");
      TlsCertificates.make(dir.resolve("certs"));
      int tlsPort = Processes.freePort();
      Path certs = dir.resolve("certs");
      List<String> command =
          List.of(
              DOCKERD.toString(),
              "--storage-driver=vfs",
              "--iptables=false",
              "--ip-masq=false",
              "--bridge=none",
              "--data-root=" + dir.resolve("data"),
              "--exec-root=" + dir.resolve("exec"),
              "--pidfile=" + dir.resolve("docker.pid"),
              "--tlsverify",
              "--tlscacert=" + certs.resolve("ca.pem"),
              "--tlscert=" + certs.resolve("server.pem"),
              "--tlskey=" + certs.resolve("server-key.pem"),
              "-H",
              "unix://" + dir.resolve("docker.sock"),
              "-H",
              "tcp://127.0.0.1:" + tlsPort);
      Process daemon =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("dockerd.log").toFile())
              .start();
      TestEngine engine = new TestEngine(dir, tlsPort, daemon);
      engine.awaitReady();
      engine.importImage();
      return engine;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start dockerd", e);
    }
  }

  private void awaitReady() {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < end) {
      if (!daemon.isAlive()) {
        throw new IllegalStateException("dockerd exited: " + log());
      }
      try {
        docker("version", "--format", "{{.Server.Version}}");
        return;
      } catch (IllegalStateException notYet) {
        sleep(250);
      }
    }
    throw new IllegalStateException("dockerd did not answer within 60 s: " + log());
  }

  private void importImage() throws IOException {
    Path rootfs = dir.resolve("rootfs");
    Files.createDirectories(rootfs.resolve("bin"));
    for (String d : List.of("tmp", "etc", "proc", "sys", "dev")) {
      Files.createDirectories(rootfs.resolve(d));
    }
    Files.copy(Path.of("/bin/busybox"), rootfs.resolve("bin/busybox"));
    for (String tool :
        List.of("sh", "sleep", "true", "false", "cat", "echo", "head", "tail", "dd", "ls")) {
      Files.createSymbolicLink(rootfs.resolve("bin").resolve(tool), Path.of("busybox"));
    }
    Processes.run(dir, "tar", "-C", rootfs.toString(), "-cf", "rootfs.tar", ".");
    docker("import", dir.resolve("rootfs.tar").toString(), IMAGE);
  }

  /** The docker CLI against this engine: test setup may change the test engine. */
  public String docker(String... args) {
    List<String> command = new ArrayList<>(List.of(cli(), "-H", "unix://" + socket));
    command.addAll(List.of(args));
    return Processes.run(dir, command);
  }

  static String cli() {
    return Files.isExecutable(Path.of("/usr/bin/docker")) ? "/usr/bin/docker" : "docker";
  }

  String log() {
    try {
      String text = Files.readString(dir.resolve("dockerd.log"));
      return text.length() > 3000 ? text.substring(text.length() - 3000) : text;
    } catch (IOException e) {
      return "(no log)";
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    removeContainers();
    daemon.destroy(); // SIGTERM: dockerd stops what still runs, then exits
    try {
      if (!daemon.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
        daemon.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    endLeftoverShims();
    unmountLeftovers();
    Processes.deleteTree(dir);
  }

  /** On a busy machine dockerd's shutdown may give up on running containers: remove them first. */
  private void removeContainers() {
    try {
      String ids = docker("ps", "-aq");
      if (!ids.isBlank()) {
        List<String> args = new ArrayList<>(List.of("rm", "-f"));
        args.addAll(List.of(ids.split("\\s+")));
        docker(args.toArray(String[]::new));
      }
    } catch (IllegalStateException e) {
      // the engine is already gone: the shims of its containers are ended below
    }
  }

  /** Ends the container shims whose containerd lived in this engine's exec root, if any remain. */
  private void endLeftoverShims() {
    ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(dir + "/")).orElse(false))
        .forEach(
            shim -> {
              shim.descendants().forEach(ProcessHandle::destroyForcibly);
              shim.destroyForcibly();
            });
  }

  /** dockerd bind-mounts its data root and namespaces; a hard stop can leave them mounted. */
  private void unmountLeftovers() {
    try {
      List<String> mounts =
          Files.readAllLines(Path.of("/proc/mounts")).stream()
              .map(line -> line.split(" ")[1])
              .filter(target -> target.startsWith(dir.toString()))
              .sorted(java.util.Comparator.reverseOrder())
              .toList();
      for (String target : mounts) {
        new ProcessBuilder("umount", target).start().waitFor();
      }
    } catch (IOException e) {
      // nothing more to do: a leftover temp dir is harmless
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
