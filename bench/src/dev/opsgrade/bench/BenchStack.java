package dev.opsgrade.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic compose estate: {@code hosts} hosts, each a root compose file that defines
 * services and includes {@code includesPerHost} more files; every file has an x- anchor merged into
 * its services, short and long ports, list and map environments, labels, volumes, healthchecks and
 * memory limits; a {@code .env} per host feeds the interpolation.
 */
final class BenchStack {
  private BenchStack() {}

  /** The root compose file of each host, relative to {@code dir}. */
  static List<String> write(Path dir, int hosts, int includesPerHost, int servicesPerFile)
      throws IOException {
    List<String> roots = new ArrayList<>();
    int port = 10000;
    for (int h = 0; h < hosts; h++) {
      Path hostDir = dir.resolve("host" + h);
      Files.createDirectories(hostDir.resolve("stacks"));
      Files.writeString(
          hostDir.resolve(".env"),
          "STACK_DIR=stacks\nTZ=Europe/Berlin\nDB_PASSWORD=from-dotenv-"
              + h
              + "\nTAG=1.2."
              + h
              + "\n");
      StringBuilder root = new StringBuilder("name: host" + h + "\ninclude:\n");
      for (int i = 0; i < includesPerHost; i++) {
        root.append("  - ${STACK_DIR}/part").append(i).append(".yml\n");
        String part = file("h" + h + "p" + i, servicesPerFile, port);
        port += servicesPerFile * 3;
        Files.writeString(hostDir.resolve("stacks/part" + i + ".yml"), part);
      }
      root.append(file("h" + h + "root", servicesPerFile, port));
      port += servicesPerFile * 3;
      Files.writeString(hostDir.resolve("compose.yml"), root.toString());
      roots.add("host" + h + "/compose.yml");
    }
    return roots;
  }

  private static String file(String prefix, int services, int firstPort) {
    StringBuilder yaml =
        new StringBuilder(
            """
            x-common: &common
              restart: unless-stopped
              environment:
                TZ: ${TZ}
                COMMON_FLAG: "1"
              labels:
                traefik.enable: "true"
            x-limits: &limits
              mem_limit: 512m
            services:
            """);
    for (int s = 0; s < services; s++) {
      int port = firstPort + s * 3;
      String name = prefix + "-svc" + s;
      yaml.append("  ").append(name).append(":\n");
      yaml.append(s % 2 == 0 ? "    <<: [*common, *limits]\n" : "    <<: *common\n");
      yaml.append("    image: registry.example/").append(name).append(":${TAG:-latest}\n");
      yaml.append("    ports:\n");
      yaml.append("      - \"127.0.0.1:").append(port).append(":80\"\n");
      yaml.append(s % 5 == 0 ? "      - \"" + (port + 1) + ":443\"\n" : "      - \"9000\"\n");
      yaml.append("      - target: 53\n        published: ")
          .append(port + 2)
          .append("\n        protocol: udp\n");
      yaml.append("    environment:\n");
      yaml.append("      - DB_PASSWORD=${DB_PASSWORD}\n");
      yaml.append("      - API_KEY=literal-key-").append(name).append("\n");
      yaml.append("      - PASSED_THROUGH\n");
      yaml.append("    labels:\n");
      yaml.append("      - traefik.http.routers.")
          .append(name)
          .append(".rule=Host(`")
          .append(name)
          .append(".example.net`)\n");
      yaml.append("      - traefik.http.middlewares.")
          .append(name)
          .append("-auth.basicauth.users=admin:$$apr1$$x$$y\n");
      yaml.append("    volumes:\n      - ./data/").append(name).append(":/data\n");
      yaml.append(
          s % 3 == 0
              ? "      - /var/run/docker.sock:/var/run/docker.sock:ro\n"
              : "      - cache:/cache\n");
      if (s % 4 == 0) {
        yaml.append(
            "    healthcheck:\n"
                + "      test: [\"CMD\", \"wget\", \"-q\", \"http://localhost/\"]\n"
                + "      interval: 30s\n");
      }
      if (s % 10 == 0) {
        yaml.append("    profiles: [debug]\n");
      }
    }
    return yaml.toString();
  }
}
