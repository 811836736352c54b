package dev.opsgrade.bench;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.CheckRegistry;
import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.CollectionRunner;
import dev.opsgrade.collect.compose.ComposeCollector;
import dev.opsgrade.model.Category;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.SloSpec;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.Rubric;
import dev.opsgrade.score.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Generates 2,000 services over 20 compose files, then times what an assessment does with them: the
 * compose collector, every standard check, the scorer. Writes the numbers to bench/RESULTS.md. Run
 * it as bench/README.md says (with -Xmx256m).
 */
public final class ComposeBench {
  static final int HOSTS = 2;
  static final int INCLUDES_PER_HOST = 9;
  static final int SERVICES_PER_FILE = 100;

  record Timing(
      long collectMs,
      long checksMs,
      long scoreMs,
      long serializeMs,
      long cpuMs,
      long liveMiB,
      int facts,
      int findings,
      String grade) {
    long totalMs() {
      return collectMs + checksMs + scoreMs;
    }
  }

  public static void main(String[] args) throws IOException {
    Path work = Path.of(args.length > 0 ? args[0] : "target/bench-stack").toAbsolutePath();
    Path results = Path.of(args.length > 1 ? args[1] : "bench/RESULTS.md");
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    long start = System.nanoTime();
    List<String> roots = BenchStack.write(work, HOSTS, INCLUDES_PER_HOST, SERVICES_PER_FILE);
    long generateMs = (System.nanoTime() - start) / 1_000_000;
    Inventory inventory = inventory(work, roots);
    Scorer scorer = new Scorer(defaultRubric(), Catalogue.standard());
    List<Timing> timings = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      timings.add(once(inventory, work, scorer));
    }
    long heapPeak = heapPeakBytes();
    long rssPeak = procStatusKb("VmHWM") * 1024;
    String report = BenchReport.markdown(timings, generateMs, heapPeak, rssPeak);
    Files.writeString(results, report);
    System.out.print(report);
  }

  private static Timing once(Inventory inventory, Path work, Scorer scorer) {
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    CollectContext context =
        new CollectContext(
            work,
            Clock.systemUTC(),
            Duration.ofSeconds(60),
            Map.of(),
            CollectContext.Options.readOnly());
    EvidenceBundle bundle =
        new CollectionRunner(List.of(new ComposeCollector()), e -> {}, Duration.ofSeconds(60))
            .collect(inventory, context, "bench");
    long t1 = System.nanoTime();
    List<Finding> findings = CheckRegistry.standard().evaluate(new Evidence(bundle));
    long t2 = System.nanoTime();
    Assessment assessment =
        scorer.score(inventory.name(), bundle.collectedAt(), findings, List.of(), "bench");
    long t3 = System.nanoTime();
    long cpu3 = processCpuNanos();
    int jsonLength = Json.write(bundle).length();
    long t4 = System.nanoTime();
    long live = liveHeapMiB(bundle, assessment);
    if (bundle.facts().size() < 2000 || jsonLength == 0) {
      throw new IllegalStateException("the stack did not read: " + bundle.collectors());
    }
    return new Timing(
        (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000,
        (t3 - t2) / 1_000_000,
        (t4 - t3) / 1_000_000,
        (cpu3 - cpu0) / 1_000_000,
        live,
        bundle.facts().size(),
        findings.size(),
        assessment.grade().score() + " " + assessment.grade().letter());
  }

  private static Inventory inventory(Path work, List<String> roots) {
    List<HostSpec> hosts = new ArrayList<>();
    for (int i = 0; i < roots.size(); i++) {
      hosts.add(
          new HostSpec(
              "host" + i,
              Optional.empty(),
              Optional.empty(),
              List.of(roots.get(i)),
              Optional.empty()));
    }
    return new Inventory(
        "bench",
        work.toString(),
        "opsgrade.yaml",
        hosts,
        Optional.empty(),
        List.of(),
        new ProbeSpec(3, Duration.ofSeconds(5)),
        new SecuritySpec(List.of(80, 443)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        List.of(),
        "default",
        Optional.empty(),
        Optional.empty(),
        new SloSpec(99.9, Duration.ofDays(30)),
        List.of());
  }

  /** The default rubric, read from the resource the product ships. */
  @SuppressWarnings("unchecked")
  private static Rubric defaultRubric() throws IOException {
    try (InputStream in =
        Scorer.class.getResourceAsStream("/dev/opsgrade/score/rubric-default.yaml")) {
      Map<String, Object> yaml =
          (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
      Map<Category, Rubric.CategoryRule> categories = new EnumMap<>(Category.class);
      ((Map<String, Map<String, Number>>) yaml.get("categories"))
          .forEach(
              (id, rule) ->
                  categories.put(
                      Category.fromId(id),
                      new Rubric.CategoryRule(
                          rule.get("weight").doubleValue(), rule.get("minimum").doubleValue())));
      List<Rubric.LetterBand> letters = new ArrayList<>();
      for (Map<String, Object> band : (List<Map<String, Object>>) yaml.get("letters")) {
        letters.add(
            new Rubric.LetterBand(
                ((Number) band.get("min")).doubleValue(), String.valueOf(band.get("letter"))));
      }
      return new Rubric(
          ((Number) yaml.get("target")).doubleValue(), categories, new LinkedHashMap<>(), letters);
    }
  }

  /** Heap in use after a full GC while the evidence and the assessment are still referenced. */
  private static long liveHeapMiB(Object... keep) {
    System.gc();
    long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    if (keep.length == 0) {
      throw new IllegalStateException("nothing kept alive");
    }
    return used / (1024 * 1024);
  }

  /** CPU time of the whole process (all threads, JIT and GC included). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long heapPeakBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static long procStatusKb(String key) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith(key + ":")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
