package dev.opsgrade.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The bench's numbers as the Markdown section of bench/RESULTS.md. */
final class BenchReport {
  private BenchReport() {}

  static String markdown(
      List<ComposeBench.Timing> timings, long generateMs, long heapPeak, long rssPeak)
      throws IOException {
    ComposeBench.Timing cold = timings.get(0);
    ComposeBench.Timing best =
        timings.stream().min((a, b) -> Long.compare(a.totalMs(), b.totalMs())).orElseThrow();
    StringBuilder md = new StringBuilder();
    md.append("## Compose bench, JVM flags ")
        .append(ManagementFactory.getRuntimeMXBean().getInputArguments())
        .append("\n\n");
    md.append("Written by `dev.opsgrade.bench.ComposeBench` (see bench/README.md) on ")
        .append(Instant.now().toString(), 0, 10)
        .append(".\n\n");
    md.append("Stack: ")
        .append(ComposeBench.HOSTS)
        .append(" hosts, ")
        .append(ComposeBench.HOSTS * (ComposeBench.INCLUDES_PER_HOST + 1))
        .append(" compose files (each root includes ")
        .append(ComposeBench.INCLUDES_PER_HOST)
        .append(" via an interpolated path), ")
        .append(
            ComposeBench.HOSTS
                * (ComposeBench.INCLUDES_PER_HOST + 1)
                * ComposeBench.SERVICES_PER_FILE)
        .append(" services with merge keys, 3 ports, 5 env vars, labels, volumes; generated in ")
        .append(generateMs)
        .append(" ms (not counted).\n\n");
    md.append("JVM: ")
        .append(System.getProperty("java.version"))
        .append(", flags ")
        .append(ManagementFactory.getRuntimeMXBean().getInputArguments())
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" CPUs, max heap ")
        .append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
        .append(" MiB.\n\n");
    md.append("Load average of the machine (1 min) when the bench ended: ")
        .append(loadAverage())
        .append(" on ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(
            " CPUs (the machine is shared: wall times above the CPU time mean waiting for a"
                + " CPU).\n\n");
    md.append(
        "| run | collect (parse) ms | checks ms | score ms | total wall ms | total CPU ms | JSON"
            + " write ms | live heap MiB | facts | findings | grade |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (int i = 0; i < timings.size(); i++) {
      ComposeBench.Timing t = timings.get(i);
      md.append("| ")
          .append(i == 0 ? "1 (cold)" : String.valueOf(i + 1))
          .append(" | ")
          .append(t.collectMs())
          .append(" | ")
          .append(t.checksMs())
          .append(" | ")
          .append(t.scoreMs())
          .append(" | ")
          .append(t.totalMs())
          .append(" | ")
          .append(t.cpuMs())
          .append(" | ")
          .append(t.serializeMs())
          .append(" | ")
          .append(t.liveMiB())
          .append(" | ")
          .append(t.facts())
          .append(" | ")
          .append(t.findings())
          .append(" | ")
          .append(t.grade())
          .append(" |\n");
    }
    md.append("\nCold run (collect + checks + score): **")
        .append(cold.totalMs())
        .append(" ms wall, ")
        .append(cold.cpuMs())
        .append(" ms CPU** (all threads: JIT and GC included); best warm run: ")
        .append(best.totalMs())
        .append(" ms wall, ")
        .append(best.cpuMs())
        .append(" ms CPU. Target: under 2,000 ms.\n\n");
    md.append("Live heap (after a full GC, with the run's evidence and assessment still held): **")
        .append(cold.liveMiB())
        .append(" MiB**. ");
    md.append("Peak heap used (sum of heap pools' peaks, garbage included): **")
        .append(heapPeak / (1024 * 1024))
        .append(" MiB**; peak RSS of the process (VmHWM): **")
        .append(rssPeak / (1024 * 1024))
        .append(" MiB**. Target: under 256 MiB.\n");
    return md.toString();
  }

  private static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }
}
