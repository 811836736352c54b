package dev.opsgrade.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A small estate behind a real nginx (the reverse proxy) on loopback, with real backends, real
 * certificates from a test CA and dnsmasq answering for *.opsgrade.test. Its routes are declared
 * the way Traefik's file provider reads them (rules/routes.yml, next to the real middleware files
 * of the fixtures), so opsgrade finds them without the proxy's API.
 *
 * <pre>
 * healthy     200, HSTS, http redirects to https      grafana    200, no auth (an admin UI!)
 * stopped     backend down: 502                       protected  auth_request: 302 to the portal
 * broken      backend answers 500                     unknown    no server block: nginx's 404
 * slow        answers after 2.5 s (budget 2 s)        plain      http served, no redirect
 * soon        certificate ends in 2 days              expired    certificate ended yesterday
 * wrong       certificate for other.opsgrade.test     selfsigned self-signed certificate
 * missing.nowhere.test: routed, but its name does not resolve (NXDOMAIN)
 * </pre>
 */
public final class ProxyEstate implements AutoCloseable {
  public static final String DOMAIN = "opsgrade.test";
  public static final long SLOW_MILLIS = 2500;

  private final Path dir;
  private final Backends backends = new Backends();
  private final int httpPort = FreePort.next();
  private final int httpsPort = FreePort.next();
  private final int okPort;
  private final int stoppedPort = FreePort.next();
  private Nginx nginx;
  private Dnsmasq dns;
  private TestCa ca;

  private ProxyEstate(Path dir) {
    this.dir = dir;
    this.okPort = backends.start(200, 0, "hello from a healthy backend");
  }

  public static ProxyEstate start(Path dir) {
    ProxyEstate estate = new ProxyEstate(dir);
    try {
      estate.boot();
      return estate;
    } catch (RuntimeException e) {
      estate.close();
      throw e;
    }
  }

  private void boot() {
    Instant now = Instant.now();
    ca = TestCa.create(dir.resolve("ca"));
    TestCa.Pair wildcard =
        ca.leaf(
            "wildcard",
            List.of("*." + DOMAIN),
            now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(90)));
    TestCa.Pair soon =
        ca.leaf(
            "soon",
            List.of("soon." + DOMAIN),
            now.minus(Duration.ofDays(60)),
            now.plus(Duration.ofDays(2)));
    TestCa.Pair expired =
        ca.leaf(
            "expired",
            List.of("expired." + DOMAIN),
            now.minus(Duration.ofDays(90)),
            now.minus(Duration.ofDays(1)));
    TestCa.Pair wrong =
        ca.leaf(
            "wrong",
            List.of("other." + DOMAIN),
            now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(90)));
    TestCa.Pair missing =
        ca.leaf(
            "missing",
            List.of("missing.nowhere.test"),
            now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(90)));
    TestCa.Pair self = ca.selfSigned("selfsigned", "selfsigned." + DOMAIN);
    int broken = backends.start(500, 0, "internal error");
    int slow = backends.start(200, SLOW_MILLIS, "slow but fine");
    int authz = backends.start(401, 0, "");
    StringBuilder servers = new StringBuilder();
    servers.append(defaults(wildcard));
    servers.append(
        https(
            "healthy",
            wildcard,
            proxy(okPort)
                + "add_header Strict-Transport-Security \"max-age=31536000; includeSubDomains\" always;"));
    servers.append(https("stopped", wildcard, proxy(stoppedPort)));
    servers.append(https("broken", wildcard, proxy(broken)));
    servers.append(https("slow", wildcard, proxy(slow)));
    servers.append(https("grafana", wildcard, proxy(okPort)));
    servers.append(https("plain", wildcard, proxy(okPort)));
    servers.append(https("soon", soon, proxy(okPort)));
    servers.append(https("expired", expired, proxy(okPort)));
    servers.append(https("wrong", wrong, proxy(okPort)));
    servers.append(https("selfsigned", self, proxy(okPort)));
    servers.append(
        https("missing.nowhere.test", missing, proxy(okPort))
            .replace("missing.nowhere.test." + DOMAIN, "missing.nowhere.test"));
    servers.append(protectedServer(wildcard, authz));
    servers.append(redirects());
    nginx = Nginx.start(dir.resolve("nginx"), servers.toString(), List.of(httpPort, httpsPort));
    dns = Dnsmasq.start(dir, Map.of(DOMAIN, "127.0.0.1"), List.of("nowhere.test"));
    writeRules();
  }

  private String defaults(TestCa.Pair cert) {
    return """
        server { listen 127.0.0.1:%d default_server; return 404; }
        server { listen 127.0.0.1:%d ssl default_server; ssl_certificate %s; ssl_certificate_key %s; return 404; }
        """
        .formatted(httpPort, httpsPort, cert.cert(), cert.key());
  }

  private String https(String name, TestCa.Pair cert, String location) {
    return """
        server { listen 127.0.0.1:%d ssl; server_name %s.%s; ssl_certificate %s; ssl_certificate_key %s;
          location / { %s } }
        """
        .formatted(httpsPort, name, DOMAIN, cert.cert(), cert.key(), location);
  }

  private String protectedServer(TestCa.Pair cert, int authz) {
    return """
        server { listen 127.0.0.1:%1$d ssl; server_name protected.%2$s; ssl_certificate %3$s; ssl_certificate_key %4$s;
          location / { auth_request /authz; error_page 401 = @login; %5$s }
          location = /authz { internal; proxy_pass http://127.0.0.1:%6$d/api/authz/auth-request;
            proxy_pass_request_body off; proxy_set_header Content-Length ""; proxy_set_header X-Original-URL $scheme://$host$request_uri; }
          location @login { return 302 https://auth.%2$s/?rd=$scheme://$host$request_uri; } }
        """
        .formatted(httpsPort, DOMAIN, cert.cert(), cert.key(), proxy(okPort), authz);
  }

  /** Plain HTTP: every host redirects to HTTPS except "plain", which is served over HTTP. */
  private String redirects() {
    return """
        server { listen 127.0.0.1:%1$d; server_name *.%2$s missing.nowhere.test; return 308 https://$host$request_uri; }
        server { listen 127.0.0.1:%1$d; server_name plain.%2$s; location / { %3$s } }
        """
        .formatted(httpPort, DOMAIN, proxy(okPort));
  }

  private static String proxy(int port) {
    return "proxy_pass http://127.0.0.1:" + port + "; proxy_set_header Host $host; ";
  }

  /** The file-provider rules: the fixtures' middleware files and a routes file for this estate. */
  private void writeRules() {
    Path rules = dir.resolve("rules");
    try {
      Files.createDirectories(rules);
      for (String fixture :
          List.of(
              "dynamic-chain-authelia.yml",
              "dynamic-middlewares-authelia-gotemplate.yml",
              "dynamic-middlewares-secure-headers.yml")) {
        try (InputStream in =
            ProxyEstate.class.getResourceAsStream("/fixtures/traefik/" + fixture)) {
          Files.copy(in, rules.resolve(fixture));
        }
      }
      StringBuilder yaml = new StringBuilder("http:\n  routers:\n");
      for (String name :
          List.of(
              "healthy",
              "stopped",
              "broken",
              "slow",
              "grafana",
              "plain",
              "soon",
              "expired",
              "wrong",
              "selfsigned",
              "unknown")) {
        yaml.append(
            router(
                name, name + "." + DOMAIN, name.equals("stopped") ? "stopped-svc" : "app-svc", ""));
      }
      yaml.append(
          router(
              "protected",
              "protected." + DOMAIN,
              "app-svc",
              "      middlewares:\n        - chain-authelia\n"));
      yaml.append(router("missing", "missing.nowhere.test", "app-svc", ""));
      yaml.append("  services:\n");
      yaml.append(
          "    app-svc:\n      loadBalancer:\n        servers:\n          - url: \"http://127.0.0.1:%d\"\n"
              .formatted(okPort));
      yaml.append(
          "    stopped-svc:\n      loadBalancer:\n        servers:\n          - url: \"http://127.0.0.1:%d\"\n"
              .formatted(stoppedPort));
      Files.writeString(rules.resolve("routes.yml"), yaml.toString());
      Files.writeString(
          dir.resolve("authelia.yml"),
          """
          access_control:
            default_policy: deny
            rules:
              - domain: "healthy.%1$s"
                policy: bypass
              - domain: "*.%1$s"
                policy: two_factor
          """
              .formatted(DOMAIN));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String router(String name, String host, String service, String extra) {
    return "    %s:\n      rule: \"Host(`%s`)\"\n      entryPoints:\n        - websecure\n      tls: {}\n      service: %s\n%s"
        .formatted(name, host, service, extra);
  }

  public Path dir() {
    return dir;
  }

  /** The inventory of this estate: rules_dir, entrypoints to nginx, dnsmasq, the test CA. */
  public TestInventory inventory() {
    return new TestInventory()
        .rulesDir("rules")
        .entrypoint("websecure", "https://127.0.0.1:" + httpsPort)
        .entrypoint("web", "http://127.0.0.1:" + httpPort)
        .authelia("authelia.yml", "https://auth." + DOMAIN)
        .resolvers(dns.server())
        .ca("ca/ca.pem")
        .probe(2, Duration.ofSeconds(5));
  }

  public int httpsPort() {
    return httpsPort;
  }

  public int okPort() {
    return okPort;
  }

  @Override
  public void close() {
    if (nginx != null) {
      nginx.close();
    }
    if (dns != null) {
      dns.close();
    }
    backends.close();
  }
}
