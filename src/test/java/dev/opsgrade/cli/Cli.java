package dev.opsgrade.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the opsgrade command line in this JVM and keeps what it printed. */
record Cli(int exitCode, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }
}
