package dev.opsgrade.collect.docker;

import java.time.Duration;

/**
 * Containers with the traits the checks judge, made through the docker CLI on the test engine:
 * healthy, unhealthy, restart loop, OOM-killed, no restart policy, privileged, socket mounted,
 * published ports on 0.0.0.0 and 127.0.0.1, and one drifted from its compose file.
 */
final class Scenario {
  static final String SECRET_ENV = "s3cr3t-value-that-must-not-leak";
  static final String BASIC_AUTH = "admin:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/";
  private static boolean created;
  private static boolean made;

  private Scenario() {}

  /**
   * Creates the containers once, then waits for their traits; a wait that timed out is tried again
   * by the next test instead of creating the containers a second time (names in use).
   */
  static synchronized void ensure(TestEngine engine) {
    if (!created) {
      create(engine);
      created = true;
    }
    if (!made) {
      awaitTraits(engine);
      made = true;
    }
  }

  private static void create(TestEngine engine) {
    String image = TestEngine.IMAGE;
    engine.docker("tag", image, "opsgrade-test/busybox:2");
    engine.docker(
        "run",
        "-d",
        "--name",
        "web",
        "--network",
        "none",
        "--restart",
        "unless-stopped",
        "-m",
        "64m",
        "--health-cmd",
        "true",
        "--health-interval",
        "2s",
        "-e",
        "API_TOKEN=" + SECRET_ENV,
        "--label",
        "com.docker.compose.project=shop",
        "--label",
        "com.docker.compose.service=web",
        "--label",
        "traefik.enable=true",
        "--label",
        "traefik.http.routers.web.rule=Host(`shop.example.net`)",
        "--label",
        "traefik.http.middlewares.web-auth.basicauth.users=" + BASIC_AUTH,
        image,
        "sleep",
        "100000");
    engine.docker(
        "run",
        "-d",
        "--name",
        "db",
        "--network",
        "none",
        "--restart",
        "unless-stopped",
        "--health-cmd",
        "echo db down >&2; exit 1",
        "--health-interval",
        "2s",
        "--health-retries",
        "1",
        "--label",
        "com.docker.compose.project=shop",
        "--label",
        "com.docker.compose.service=db",
        image,
        "sleep",
        "100000");
    engine.docker(
        "run",
        "-d",
        "--name",
        "looper",
        "--network",
        "none",
        "--restart",
        "always",
        image,
        "sh",
        "-c",
        "exit 1");
    engine.docker(
        "run",
        "-d",
        "--name",
        "hog",
        "--network",
        "none",
        "-m",
        "8m",
        "--memory-swap",
        "8m",
        image,
        "sh",
        "-c",
        "tail /dev/zero");
    engine.docker("run", "-d", "--name", "plain", "--network", "none", image, "sleep", "100000");
    // created, not started: this sandbox's runc may not grant every capability, and the
    // engine reports HostConfig.Privileged all the same
    engine.docker(
        "create",
        "--name",
        "root",
        "--network",
        "none",
        "--privileged",
        "--restart",
        "always",
        image,
        "sleep",
        "100000");
    engine.docker(
        "run",
        "-d",
        "--name",
        "socket",
        "--network",
        "none",
        "--restart",
        "always",
        "-v",
        engine.socket + ":/var/run/docker.sock",
        image,
        "sleep",
        "100000");
    engine.docker(
        "create",
        "--name",
        "exposed",
        "-p",
        "0.0.0.0:18081:80",
        "-p",
        "127.0.0.1:18082:81",
        image,
        "sleep",
        "100000");
    engine.docker(
        "create",
        "--name",
        "shop-api-1",
        "-p",
        "127.0.0.1:18090:8080",
        "--label",
        "com.docker.compose.project=shop",
        "--label",
        "com.docker.compose.service=api",
        "--label",
        "traefik.http.routers.api.rule=Host(`api.example.net`)",
        "opsgrade-test/busybox:2",
        "sleep",
        "100000");
  }

  /**
   * Makes the events of the traits again (a new restart loop, another OOM kill, a new turn to
   * unhealthy): the engine keeps only its last ~256 events, and healthchecks fill them quickly.
   */
  static synchronized void refresh(TestEngine engine) {
    ensure(engine);
    engine.docker("rm", "-f", "looper");
    engine.docker(
        "run",
        "-d",
        "--name",
        "looper",
        "--network",
        "none",
        "--restart",
        "always",
        TestEngine.IMAGE,
        "sh",
        "-c",
        "exit 1");
    String oomBefore = engine.docker("inspect", "-f", "{{.State.FinishedAt}}", "hog");
    engine.docker("start", "hog");
    engine.docker("restart", "-t", "1", "db");
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < end
        && engine.docker("inspect", "-f", "{{.State.FinishedAt}}", "hog").equals(oomBefore)) {
      TestEngine.sleep(250);
    }
    awaitTraits(engine);
  }

  /** Restart backoff and healthcheck intervals are slow on a loaded machine: up to 3 minutes. */
  private static void awaitTraits(TestEngine engine) {
    long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    String missing = "";
    while (System.nanoTime() < end) {
      String restarts = engine.docker("inspect", "-f", "{{.RestartCount}}", "looper");
      String oom = engine.docker("inspect", "-f", "{{.State.OOMKilled}}", "hog");
      String db = engine.docker("inspect", "-f", "{{.State.Health.Status}}", "db");
      String web = engine.docker("inspect", "-f", "{{.State.Health.Status}}", "web");
      missing =
          (Integer.parseInt(restarts) >= 6 ? "" : " looper restarted " + restarts + " times;")
              + (oom.equals("true") ? "" : " hog not OOM-killed;")
              + (db.equals("unhealthy") ? "" : " db is " + db + ";")
              + (web.equals("healthy") ? "" : " web is " + web + ";");
      if (missing.isEmpty()) {
        return;
      }
      if (!oom.equals("true")
          && engine.docker("inspect", "-f", "{{.State.Running}}", "hog").equals("false")) {
        // seen once in a full run: after 3 minutes the hog was not flagged OOMKilled; if it
        // stopped without the flag, let it run into its memory limit again
        engine.docker("start", "hog");
      }
      TestEngine.sleep(500);
    }
    throw new IllegalStateException(
        "the scenario's containers did not reach their states:"
            + missing
            + "\nengine log:\n"
            + engine.log());
  }
}
