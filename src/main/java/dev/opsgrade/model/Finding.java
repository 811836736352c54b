package dev.opsgrade.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/** The result of one check for one subject, with the evidence it rests on. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Finding(
    String check,
    Category category,
    Status status,
    Severity severity,
    String subject,
    String message,
    Optional<Location> location,
    List<String> evidence,
    Optional<String> fix,
    Optional<Waiver> waiver) {

  public Finding withStatus(Status newStatus, String newMessage) {
    return new Finding(
        check, category, newStatus, severity, subject, newMessage, location, evidence, fix, waiver);
  }

  public Finding withWaiver(Status newStatus, Waiver applied) {
    return new Finding(
        check,
        category,
        newStatus,
        severity,
        subject,
        message,
        location,
        evidence,
        fix,
        Optional.of(applied));
  }
}
