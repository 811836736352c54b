package dev.opsgrade.serve.web;

import java.util.Optional;

/** The login form: one password field, posted to /login. */
final class LoginPage {
  private LoginPage() {}

  static String html(Optional<String> problem) {
    return Layout.bare(
        "opsgrade: log in",
        "<h1>opsgrade dashboard</h1>\n"
            + problem.map(p -> Layout.notice(p, true)).orElse("")
            + "<form class=\"stack\" method=\"post\" action=\"/login\">"
            + "<label>Password <input type=\"password\" name=\"password\" required"
            + " autocomplete=\"current-password\" autofocus></label>"
            + "<button type=\"submit\">Log in</button></form>\n");
  }
}
