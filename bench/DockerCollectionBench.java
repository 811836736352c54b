import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.CollectionRunner;
import dev.opsgrade.collect.docker.DockerCollector;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.SloSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Times the Docker collector against one engine (bench/docker-collection.sh starts it and fills
 * it with containers): N collections in one JVM, the first cold. Prints a Markdown section.
 * Usage: java -cp ... bench/DockerCollectionBench.java unix:///path/docker.sock RUNS DOCKERD_PID
 */
public class DockerCollectionBench {
  public static void main(String[] args) throws Exception {
    String endpoint = args[0];
    int runs = Integer.parseInt(args[1]);
    Path engineStat = Path.of("/proc", args[2], "stat");
    HostSpec host = new HostSpec("bench", Optional.of(endpoint), Optional.empty(), List.of(), Optional.empty());
    Inventory inventory =
        new Inventory("bench", "/tmp", "/tmp/opsgrade.yaml", List.of(host), Optional.empty(), List.of(),
            new ProbeSpec(3, Duration.ofSeconds(5)), new SecuritySpec(List.of(80, 443)), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), Optional.empty(), List.of(), "default",
            Optional.empty(), Optional.empty(), new SloSpec(99.9, Duration.ofDays(30)), List.of());
    List<String> rows = new ArrayList<>();
    var threads = ManagementFactory.getThreadMXBean();
    for (int run = 1; run <= runs; run++) {
      CollectContext context =
          new CollectContext(Path.of("/tmp"), Clock.systemUTC(), Duration.ofSeconds(10), Map.of(),
              CollectContext.Options.readOnly());
      long cpuBefore = processCpuNanos();
      long engineBefore = engineCpuMillis(engineStat);
      long start = System.nanoTime();
      EvidenceBundle bundle =
          new CollectionRunner(List.of(new DockerCollector()), e -> {}, Duration.ofSeconds(120))
              .collect(inventory, context, "bench");
      long wall = System.nanoTime() - start;
      long cpu = processCpuNanos() - cpuBefore;
      long engineCpu = engineCpuMillis(engineStat) - engineBefore;
      CollectorRun result = bundle.collectors().getFirst();
      if (result.outcome() != CollectorRun.Outcome.OK) {
        throw new IllegalStateException("collection failed: " + result);
      }
      long containers = bundle.facts().stream().filter(f -> f.kind().equals("docker.container")).count();
      rows.add(String.format("| %d%s | %d | %d | %.2f s | %.2f s | %.2f s |", run, run == 1 ? " (cold)" : "",
          containers, bundle.facts().size(), wall / 1e9, cpu / 1e9, engineCpu / 1e3));
    }
    System.out.println("| run | containers read | facts | wall time | CPU time (opsgrade) | CPU time (dockerd) |");
    System.out.println("|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
    System.out.println();
    System.out.printf("Peak heap used: %d MiB (of -Xmx %d MiB); peak RSS (VmHWM): %s; load average at the end: %s.%n",
        peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20, vmHwm(),
        Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** utime + stime of the engine's process, in ms (clock ticks of 10 ms). */
  private static long engineCpuMillis(Path stat) throws Exception {
    String text = Files.readString(stat);
    String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static String vmHwm() throws Exception {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(l -> l.startsWith("VmHWM"))
        .map(l -> l.replace("VmHWM:", "").trim())
        .findFirst()
        .orElse("?");
  }
}
