package dev.opsgrade.serve.web;

import java.util.Locale;

/** Content types of the report formats, and the Content-Disposition that makes them downloads. */
final class ReportTypes {
  private ReportTypes() {}

  static String of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".md")) {
      return "text/markdown; charset=utf-8";
    }
    if (name.endsWith(".json") || name.endsWith(".sarif")) {
      return "application/json";
    }
    if (name.endsWith(".xml")) {
      return "application/xml";
    }
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    return "application/octet-stream";
  }

  /** Always an attachment, so no report is ever rendered in the dashboard's origin. */
  static String attachment(String fileName) {
    String plain = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + PathText.segment(fileName);
  }
}
