package dev.opsgrade.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A certificate authority made by the test with Debian's openssl: leaf certificates with chosen
 * names and validity windows (past ones included, via "openssl ca -startdate/-enddate"), and
 * self-signed ones.
 */
public final class TestCa {
  private static final DateTimeFormatter ASN1 =
      DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
  private final Path dir;

  /** A key and certificate pair in PEM files. */
  public record Pair(Path cert, Path key) {}

  private TestCa(Path dir) {
    this.dir = dir;
  }

  public static TestCa create(Path dir) {
    TestCa ca = new TestCa(dir);
    try {
      Files.createDirectories(dir.resolve("issued"));
      Files.writeString(dir.resolve("index.txt"), "");
      Files.writeString(dir.resolve("serial"), "1000\n");
      Files.writeString(
          dir.resolve("ca.cnf"),
          """
          [ ca ]
          default_ca = test
          [ test ]
          dir = %s
          database = $dir/index.txt
          new_certs_dir = $dir/issued
          serial = $dir/serial
          default_md = sha256
          policy = any
          unique_subject = no
          [ any ]
          commonName = supplied
          """
              .formatted(dir));
      ca.run(
          "openssl",
          "req",
          "-x509",
          "-newkey",
          "ec",
          "-pkeyopt",
          "ec_paramgen_curve:P-256",
          "-nodes",
          "-subj",
          "/CN=opsgrade test CA",
          "-days",
          "30",
          "-keyout",
          dir.resolve("ca.key").toString(),
          "-out",
          dir.resolve("ca.pem").toString(),
          "-addext",
          "basicConstraints=critical,CA:TRUE",
          "-addext",
          "keyUsage=critical,keyCertSign,cRLSign");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ca;
  }

  public Path caPem() {
    return dir.resolve("ca.pem");
  }

  /** A leaf for {@code names} (first is the CN), valid from {@code from} to {@code until}. */
  public Pair leaf(String file, List<String> names, Instant from, Instant until) {
    Path key = dir.resolve(file + ".key");
    Path csr = dir.resolve(file + ".csr");
    Path cert = dir.resolve(file + ".pem");
    Path ext = dir.resolve(file + ".ext");
    try {
      Files.writeString(
          ext,
          "subjectAltName="
              + String.join(",", names.stream().map(n -> "DNS:" + n).toList())
              + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    run(
        "openssl",
        "req",
        "-new",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-subj",
        "/CN=" + names.getFirst(),
        "-keyout",
        key.toString(),
        "-out",
        csr.toString());
    run(
        "openssl",
        "ca",
        "-batch",
        "-config",
        dir.resolve("ca.cnf").toString(),
        "-cert",
        caPem().toString(),
        "-keyfile",
        dir.resolve("ca.key").toString(),
        "-in",
        csr.toString(),
        "-out",
        cert.toString(),
        "-notext",
        "-startdate",
        ASN1.format(from),
        "-enddate",
        ASN1.format(until),
        "-extfile",
        ext.toString());
    return new Pair(cert, key);
  }

  /** A certificate that signs itself, for {@code name}. */
  public Pair selfSigned(String file, String name) {
    Path key = dir.resolve(file + ".key");
    Path cert = dir.resolve(file + ".pem");
    run(
        "openssl",
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-subj",
        "/CN=" + name,
        "-addext",
        "subjectAltName=DNS:" + name,
        "-days",
        "30",
        "-keyout",
        key.toString(),
        "-out",
        cert.toString());
    return new Pair(cert, key);
  }

  private void run(String... command) {
    try {
      Process process =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
