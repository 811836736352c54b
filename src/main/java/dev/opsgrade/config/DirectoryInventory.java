package dev.opsgrade.config;

import dev.opsgrade.model.inventory.DocsSpec;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * An inventory for a directory that has no opsgrade.yaml: each top-level compose file is a host
 * named after the file ({@code docker-compose.master.yml} is "master", a plain {@code
 * docker-compose.yml} takes the directory's name; an {@code .override} file joins its base file's
 * host, as Compose merges it), the directory is a repo when it is in a git work tree, and {@code
 * docs} or {@code .docs} is the docs folder.
 */
public final class DirectoryInventory {
  private static final Pattern COMPOSE_FILE =
      Pattern.compile("^(compose|docker-compose)(?:[.\\-_](.+?))?\\.(yaml|yml)$");
  private static final List<String> DOCS_FOLDERS = List.of("docs", ".docs");

  private DirectoryInventory() {}

  /** A file named as Docker Compose names its files (compose.yaml, docker-compose.lady.yml...). */
  public static boolean isComposeFileName(String name) {
    return COMPOSE_FILE.matcher(name).matches();
  }

  public static Inventory discover(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    String name = absolute.getFileName() == null ? "root" : absolute.getFileName().toString();
    Optional<DocsSpec> docs =
        DOCS_FOLDERS.stream()
            .filter(folder -> Files.isDirectory(absolute.resolve(folder)))
            .findFirst()
            .map(InventoryDefaults::docs);
    return new Inventory(
        name,
        absolute.toString(),
        ".",
        hosts(absolute, name),
        Optional.empty(),
        List.of(),
        InventoryDefaults.PROBE,
        InventoryDefaults.SECURITY,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        isInGitWorkTree(absolute) ? List.of(".") : List.of(),
        docs,
        List.of(),
        InventoryDefaults.RUBRIC,
        Optional.empty(),
        Optional.of(InventoryDefaults.SERVE),
        InventoryDefaults.SLO,
        List.of());
  }

  /** Compose's own preference among the plain names comes first; each host keeps one base file. */
  private static List<HostSpec> hosts(Path dir, String dirName) {
    Map<String, List<String>> bases = new LinkedHashMap<>();
    Map<String, List<String>> overrides = new LinkedHashMap<>();
    for (String file : composeFiles(dir)) {
      Matcher matcher = COMPOSE_FILE.matcher(file);
      matcher.matches();
      String qualifier = Optional.ofNullable(matcher.group(2)).orElse("");
      boolean override = qualifier.equals("override") || qualifier.endsWith(".override");
      String host = qualifier.replaceFirst("\\.?override$", "");
      host = host.isEmpty() ? dirName : host;
      (override ? overrides : bases).computeIfAbsent(host, h -> new ArrayList<>()).add(file);
    }
    overrides.keySet().forEach(host -> bases.putIfAbsent(host, new ArrayList<>()));
    List<HostSpec> hosts = new ArrayList<>();
    bases.forEach(
        (host, files) -> {
          List<String> compose = new ArrayList<>(files.stream().limit(1).toList());
          compose.addAll(overrides.getOrDefault(host, List.of()));
          hosts.add(
              new HostSpec(
                  host,
                  Optional.empty(),
                  Optional.empty(),
                  List.copyOf(compose),
                  Optional.empty()));
        });
    hosts.sort(Comparator.comparing(HostSpec::name));
    return List.copyOf(hosts);
  }

  private static List<String> composeFiles(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(Files::isRegularFile)
          .map(path -> path.getFileName().toString())
          .filter(file -> COMPOSE_FILE.matcher(file).matches())
          .sorted(DirectoryInventory::byComposePreference)
          .toList();
    } catch (IOException e) {
      throw InventoryException.of(
          Problem.ofFile(dir.toString(), "cannot list: " + e.getClass().getSimpleName()));
    }
  }

  /** compose.yaml, compose.yml, docker-compose.yaml, docker-compose.yml, then by name. */
  private static int byComposePreference(String a, String b) {
    int byRank = Integer.compare(rank(a), rank(b));
    return byRank != 0 ? byRank : a.compareTo(b);
  }

  private static int rank(String file) {
    return (file.startsWith("docker-") ? 2 : 0) + (file.endsWith(".yml") ? 1 : 0);
  }

  private static boolean isInGitWorkTree(Path dir) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    return builder.getGitDir() != null;
  }
}
