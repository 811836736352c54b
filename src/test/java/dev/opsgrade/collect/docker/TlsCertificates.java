package dev.opsgrade.collect.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A CA, a server certificate for 127.0.0.1 and a client certificate, made with openssl. */
final class TlsCertificates {
  private TlsCertificates() {}

  static void make(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("server.ext"),
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
    Files.writeString(dir.resolve("client.ext"), "extendedKeyUsage=clientAuth\n");
    openssl(
        dir,
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=opsgrade test CA",
        "-keyout",
        "ca-key.pem",
        "-out",
        "ca.pem");
    signed(dir, "server", "/CN=127.0.0.1");
    signed(dir, "client", "/CN=opsgrade");
    // the client key in the PKCS#1 form `openssl genrsa` wrote before OpenSSL 3, as older guides
    // make it
    openssl(dir, "rsa", "-in", "client-key.pem", "-traditional", "-out", "key.pem");
    Files.copy(dir.resolve("client.pem"), dir.resolve("cert.pem"));
  }

  private static void signed(Path dir, String name, String subject) {
    openssl(
        dir,
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        subject,
        "-keyout",
        name + "-key.pem",
        "-out",
        name + ".csr");
    openssl(
        dir,
        "x509",
        "-req",
        "-in",
        name + ".csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca-key.pem",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        name + ".ext",
        "-out",
        name + ".pem");
  }

  private static void openssl(Path dir, String... args) {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("openssl"));
    command.addAll(java.util.List.of(args));
    Processes.run(dir, command);
  }
}
