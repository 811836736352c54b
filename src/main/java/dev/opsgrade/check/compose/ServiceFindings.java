package dev.opsgrade.check.compose;

import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.Optional;

/**
 * Findings about one compose service: subject "host/service", located at the line that matters (a
 * port, a variable, a mount) or else where the service is declared.
 */
public final class ServiceFindings {
  private ServiceFindings() {}

  public static String subject(ComposeService service) {
    return service.host() + "/" + service.service();
  }

  /** file:line of {@code line} in the service's file, or of the service itself when line <= 0. */
  public static Location at(ComposeService service, int line) {
    return Location.file(service.file(), line > 0 ? line : service.line());
  }

  /** file:line of {@code line} in {@code file} when given (a file the service extends). */
  public static Location at(ComposeService service, Optional<String> file, int line) {
    return file.map(f -> Location.file(f, line)).orElseGet(() -> at(service, line));
  }

  /** A failure located in {@code file} when given, else in the service's own file. */
  public static Finding fail(
      Findings findings,
      FactView<ComposeService> service,
      String message,
      Optional<String> file,
      int line,
      String fix) {
    ComposeService data = service.data();
    return findings.fail(subject(data), message, at(data, file, line), List.of(service.id()), fix);
  }

  public static Finding warn(
      Findings findings,
      FactView<ComposeService> service,
      String message,
      Optional<String> file,
      int line,
      String fix) {
    return fail(findings, service, message, file, line, fix).withStatus(Status.WARN, message);
  }

  /** Where a variable is written: its own file (a file the service extends) or the service's. */
  public static Location at(ComposeService service, ComposeService.EnvVar variable) {
    return variable
        .file()
        .map(f -> Location.file(f, variable.line()))
        .orElseGet(() -> at(service, variable.line()));
  }

  public static Finding pass(
      Findings findings, FactView<ComposeService> service, String message, int line) {
    return of(findings, Status.PASS, service, message, line);
  }

  public static Finding notApplicable(
      Findings findings, FactView<ComposeService> service, String message) {
    return of(findings, Status.NOT_APPLICABLE, service, message, 0);
  }

  public static Finding fail(
      Findings findings, FactView<ComposeService> service, String message, int line, String fix) {
    ComposeService data = service.data();
    return findings.fail(subject(data), message, at(data, line), List.of(service.id()), fix);
  }

  /** A failure located at the variable it is about, in whichever file writes it. */
  public static Finding fail(
      Findings findings,
      FactView<ComposeService> service,
      String message,
      ComposeService.EnvVar variable,
      String fix) {
    ComposeService data = service.data();
    return findings.fail(subject(data), message, at(data, variable), List.of(service.id()), fix);
  }

  public static Finding warn(
      Findings findings,
      FactView<ComposeService> service,
      String message,
      ComposeService.EnvVar variable,
      String fix) {
    return fail(findings, service, message, variable, fix).withStatus(Status.WARN, message);
  }

  /** Half credit, with a fix as specific as a failure's. */
  public static Finding warn(
      Findings findings, FactView<ComposeService> service, String message, int line, String fix) {
    return fail(findings, service, message, line, fix).withStatus(Status.WARN, message);
  }

  private static Finding of(
      Findings findings,
      Status status,
      FactView<ComposeService> service,
      String message,
      int line) {
    ComposeService data = service.data();
    return findings.of(
        status, subject(data), message, Optional.of(at(data, line)), List.of(service.id()));
  }
}
