package dev.opsgrade.collect.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a restore produced under the scratch directory: its entries and bytes, and each regular file
 * with the path it had on the backed-up machine ("/srv/data/a.txt").
 */
record RestoredTree(long entries, long bytes, List<File> files) {

  /** A restored file and where it lives on the backed-up machine. */
  record File(Path restored, String live) {}

  /**
   * Reads the restore of {@code snapshotPaths} in {@code scratch}. restic puts each backed-up path
   * under its last name ("/srv/data" in scratch/data) or, in other versions, under its whole path;
   * borg (which records no paths) under the whole path. Everything restored is counted (the parents
   * of a backed-up path too, as restic's statistics count them); directories only when the tool's
   * statistics count them.
   */
  static RestoredTree read(Path scratch, List<String> snapshotPaths, boolean countDirectories)
      throws IOException {
    long entries = 0;
    long bytes = 0;
    List<File> files = new ArrayList<>();
    List<Root> roots = roots(scratch, snapshotPaths);
    try (Stream<Path> walk = Files.walk(scratch)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        if (path.equals(scratch)) {
          continue;
        }
        boolean directory = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        entries += directory && !countDirectories ? 0 : 1;
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          bytes += Files.size(path);
          files.add(new File(path, live(scratch, roots, path)));
        }
      }
    }
    files.sort(Comparator.comparing(File::live));
    return new RestoredTree(entries, bytes, List.copyOf(files));
  }

  private record Root(Path restored, String live) {}

  private static List<Root> roots(Path scratch, List<String> snapshotPaths) {
    if (snapshotPaths.isEmpty()) {
      return List.of(new Root(scratch, "/"));
    }
    List<Root> roots = new ArrayList<>();
    for (String path : snapshotPaths) {
      String trimmed = path.replaceFirst("^/+", "");
      Path whole = scratch.resolve(trimmed);
      Path last = scratch.resolve(Path.of(trimmed).getFileName().toString());
      if (Files.exists(whole, LinkOption.NOFOLLOW_LINKS)) {
        roots.add(new Root(whole, path));
      } else if (Files.exists(last, LinkOption.NOFOLLOW_LINKS)) {
        roots.add(new Root(last, path));
      }
    }
    return roots;
  }

  /** Where a restored file lives: under the root that holds it, else its path in scratch. */
  private static String live(Path scratch, List<Root> roots, Path path) {
    for (Root root : roots) {
      if (path.startsWith(root.restored())) {
        String relative = root.restored().relativize(path).toString().replace('\\', '/');
        return relative.isEmpty() ? root.live() : join(root.live(), relative);
      }
    }
    return "/" + scratch.relativize(path).toString().replace('\\', '/');
  }

  private static String join(String root, String relative) {
    return root.endsWith("/") ? root + relative : root + "/" + relative;
  }
}
