package dev.opsgrade.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Debian's nginx as the reverse proxy of a test: its own prefix, config, pid and logs in a temp
 * folder, in the foreground, listening on loopback ports only.
 */
public final class Nginx implements AutoCloseable {
  private final Daemon daemon;

  private Nginx(Daemon daemon) {
    this.daemon = daemon;
  }

  /**
   * @param servers the server blocks (and upstreams) of the http section
   * @param ports the ports to wait for
   */
  public static Nginx start(Path dir, String servers, List<Integer> ports) {
    try {
      Files.createDirectories(dir.resolve("temp"));
      Files.writeString(
          dir.resolve("nginx.conf"),
          """
          daemon off;
          master_process off;
          worker_processes 1;
          pid %1$s/nginx.pid;
          error_log %1$s/error.log warn;
          events { worker_connections 1024; }
          http {
            access_log off;
            client_body_temp_path %1$s/temp/body;
            proxy_temp_path %1$s/temp/proxy;
            fastcgi_temp_path %1$s/temp/fastcgi;
            uwsgi_temp_path %1$s/temp/uwsgi;
            scgi_temp_path %1$s/temp/scgi;
            proxy_connect_timeout 2s;
            %2$s
          }
          """
              .formatted(dir, servers));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Daemon daemon =
        Daemon.start(
            "nginx",
            List.of(
                "/usr/sbin/nginx",
                "-p",
                dir.toString(),
                "-c",
                dir.resolve("nginx.conf").toString(),
                "-e",
                dir.resolve("error.log").toString()),
            dir.resolve("nginx.out"));
    for (int port : ports) {
      daemon.awaitTcp(port, Duration.ofSeconds(10));
    }
    return new Nginx(daemon);
  }

  @Override
  public void close() {
    daemon.close();
  }
}
