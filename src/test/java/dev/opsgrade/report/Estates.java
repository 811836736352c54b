package dev.opsgrade.report;

import static dev.opsgrade.model.Location.file;
import static dev.opsgrade.model.Location.url;

import dev.opsgrade.model.Claim;
import dev.opsgrade.model.Waiver;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.EstateBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The estate of PRODUCT.md (hosts master and lady behind Traefik and Authelia) at three moments: a
 * first assessment, a week later after a change published ports (the grade fell), and two weeks
 * after that, fixed up to production ready.
 */
public final class Estates {
  static final Instant WEEK_1 = Instant.parse("2026-11-13T06:00:00Z");
  static final Instant WEEK_2 = Instant.parse("2026-11-20T06:00:00Z");
  static final Instant WEEK_4 = Instant.parse("2026-12-04T06:00:00Z");
  private static final String MASTER = "stacks/master/docker-compose.yml";
  private static final String LADY = "stacks/lady/docker-compose.yml";
  private static final Waiver SOCKET_WAIVER =
      new Waiver(
          "sec.docker-socket",
          "master/traefik",
          "Traefik's Docker provider needs the socket until the socket proxy of phase 3",
          "j.doe",
          LocalDate.parse("2027-01-31"));

  private Estates() {}

  /** Week 1: a B-grade estate with the usual drift. */
  public static Assessment firstAssessment() {
    return week1().assess("week-1", WEEK_1);
  }

  /** Week 2: a compose change published Grafana, Loki and Prometheus on all interfaces. */
  public static Assessment gradeFell() {
    return week2().assess("week-2", WEEK_2);
  }

  /** Week 4: the findings fixed or waived, the estate production ready. */
  public static Assessment productionReady() {
    return week4().assess("week-4", WEEK_4);
  }

  static EstateBuilder week1() {
    EstateBuilder estate = new EstateBuilder();
    Availability.week1(estate);
    Reliability.week1(estate);
    Monitoring.week1(estate);
    estate
        .pass(
            "sec.public-binding", "master/traefik", "0.0.0.0:443 is allowlisted", file(MASTER, 14))
        .pass(
            "sec.public-binding",
            "master/traefik:80",
            "0.0.0.0:80 is allowlisted",
            file(MASTER, 13))
        .fail(
            "sec.public-binding",
            "master/portainer",
            "9443/tcp published on 0.0.0.0 (not in the allowlist 80, 443, 25, 465, 587, 993)",
            file(MASTER, 57),
            "Publish it as 127.0.0.1:9443:9443 or drop the port and route it through Traefik")
        .pass(
            "sec.auth-coverage",
            "grafana@docker",
            "forwardAuth authelia@docker",
            url("https://grafana.example.net"))
        .pass(
            "sec.auth-coverage",
            "portainer@docker",
            "forwardAuth authelia@docker",
            url("https://portainer.example.net"))
        .pass(
            "sec.auth-bypass",
            "master/grafana",
            "no published port reaches the backend",
            file(MASTER, 88))
        .unverified(
            "sec.git-secrets",
            "../lady-config",
            "repository ../lady-config could not be opened (not a git repository)")
        .unverified(
            "sec.gitignore",
            "../lady-config",
            "repository ../lady-config could not be opened (not a git repository)")
        .fail(
            "sec.env-secrets",
            "lady/nextcloud",
            "POSTGRES_PASSWORD is a literal in the compose environment (fingerprint 3f9a1c07)",
            file(LADY, 112),
            "Move POSTGRES_PASSWORD into an env_file outside git or a Docker secret")
        .waived(
            "sec.docker-socket",
            "master/traefik",
            "/var/run/docker.sock mounted writable",
            file(MASTER, 21),
            SOCKET_WAIVER)
        .pass(
            "sec.docker-socket",
            "lady/promtail",
            "/var/run/docker.sock mounted read-only",
            file(LADY, 140))
        .pass("sec.privileged", "master", "no privileged container among 25", file(MASTER, 1))
        .pass("sec.privileged", "lady", "no privileged container among 37", file(LADY, 1))
        .pass(
            "sec.https-redirect",
            "web@file",
            "HTTP answers 308 to HTTPS",
            url("http://cloud.example.net"))
        .warn(
            "sec.hsts",
            "https://cloud.example.net",
            "Strict-Transport-Security max-age=86400, below one year",
            url("https://cloud.example.net"));
    Paperwork.week1(estate);
    return estate;
  }

  static EstateBuilder week2() {
    EstateBuilder estate = week1();
    Availability.wikiBack(estate);
    estate
        .fail(
            "sec.public-binding",
            "master/grafana",
            "3000/tcp published on 0.0.0.0 (\"3000:3000\")",
            file(MASTER, 91),
            "Write \"127.0.0.1:3000:3000\" or remove the port: Traefik reaches Grafana on the network")
        .fail(
            "sec.public-binding",
            "master/loki",
            "3100/tcp published on 0.0.0.0 (\"3100:3100\")",
            file(MASTER, 104),
            "Write \"127.0.0.1:3100:3100\"; promtail on lady pushes through the VPN address")
        .fail(
            "sec.public-binding",
            "lady/prometheus",
            "9090/tcp published on :: (\"[::]:9090:9090\")",
            file(LADY, 61),
            "Bind 9090 to 127.0.0.1 and scrape through the internal network")
        .without("sec.auth-bypass", "master/grafana")
        .fail(
            "sec.auth-bypass",
            "master/grafana",
            "https://grafana.example.net is behind authelia@docker, but http://203.0.113.10:3000/"
                + " answers 200 without auth",
            url("http://203.0.113.10:3000/"),
            "Remove the published port 3000 of master/grafana (stacks/master/docker-compose.yml:91)")
        .fail(
            "sec.auth-coverage",
            "wiki-admin@file",
            "rule Host(`wiki.example.net`) || PathPrefix(`/admin`) has no auth middleware\n"
                + "<middlewares: none>",
            file("appdata/traefik/rules/wiki.yml", 7),
            "Add middlewares: [authelia@docker] to router wiki-admin")
        .fail(
            "chg.drift",
            "lady/grafana",
            "runs grafana/grafana:11.3.0, the compose file says grafana/grafana:11.2.2",
            file(LADY, 70),
            "Commit the upgrade to stacks/lady/docker-compose.yml or redeploy 11.2.2");
    return estate;
  }

  static EstateBuilder week4() {
    EstateBuilder estate = new EstateBuilder();
    Availability.week4(estate);
    Reliability.week4(estate);
    Monitoring.week4(estate);
    estate
        .pass(
            "sec.public-binding", "master/traefik", "0.0.0.0:443 is allowlisted", file(MASTER, 14))
        .pass(
            "sec.public-binding",
            "master/traefik:80",
            "0.0.0.0:80 is allowlisted",
            file(MASTER, 13))
        .pass(
            "sec.public-binding",
            "master/grafana",
            "3000/tcp published on 127.0.0.1 only",
            file(MASTER, 91))
        .pass(
            "sec.auth-coverage",
            "grafana@docker",
            "forwardAuth authelia@docker",
            url("https://grafana.example.net"))
        .pass(
            "sec.auth-coverage",
            "wiki-admin@file",
            "forwardAuth authelia@docker",
            file("appdata/traefik/rules/wiki.yml", 7))
        .pass(
            "sec.auth-bypass",
            "master/grafana",
            "no published port reaches the backend",
            file(MASTER, 88))
        .pass("sec.git-secrets", ".", "no secret in 412 commits", file(".git", 1))
        .pass(
            "sec.git-secrets",
            "../lady-config",
            "no secret in 97 commits",
            file("../lady-config/.git", 1))
        .pass("sec.gitignore", ".", ".env, *.key and acme.json are ignored", file(".gitignore", 1))
        .pass(
            "sec.env-secrets",
            "lady/nextcloud",
            "POSTGRES_PASSWORD comes from env_file",
            file(LADY, 112))
        .waived(
            "sec.docker-socket",
            "master/traefik",
            "/var/run/docker.sock mounted writable",
            file(MASTER, 21),
            SOCKET_WAIVER)
        .pass("sec.privileged", "master", "no privileged container among 25", file(MASTER, 1))
        .pass("sec.privileged", "lady", "no privileged container among 37", file(LADY, 1))
        .pass(
            "sec.https-redirect",
            "web@file",
            "HTTP answers 308 to HTTPS",
            url("http://cloud.example.net"))
        .warn(
            "sec.hsts",
            "https://cloud.example.net",
            "Strict-Transport-Security max-age=86400, below one year",
            url("https://cloud.example.net"));
    Paperwork.week4(estate);
    return estate;
  }

  static Claim claim(String file, int line, String text, String claimed, String measured) {
    Claim.Verdict verdict =
        claimed.equals(measured) ? Claim.Verdict.MATCHES : Claim.Verdict.CONTRADICTS;
    return new Claim(file, line, text, claimed, Optional.of(measured), verdict, Optional.empty());
  }
}
