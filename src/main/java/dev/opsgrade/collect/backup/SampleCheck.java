package dev.opsgrade.collect.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Compares the SHA-256 of a random sample of restored files with the live source (the file at the
 * same path on this machine) or with a manifest. A live file modified since the backup (its mtime
 * differs from the restored one) is not compared: it may rightly differ.
 */
final class SampleCheck {
  private SampleCheck() {}

  /** What the sample showed; {@code differing} says which file differs and how. */
  record Outcome(
      String against, int sampled, int compared, List<String> differing, int changed, int absent) {}

  static Outcome againstLive(List<RestoredTree.File> files, int sample, Random random)
      throws IOException {
    List<RestoredTree.File> picked = pick(files, sample, random);
    List<String> differing = new ArrayList<>();
    int compared = 0;
    int changed = 0;
    int absent = 0;
    for (RestoredTree.File each : picked) {
      String file = each.live();
      Path restored = each.restored();
      Path live = Path.of(file);
      if (!Files.isRegularFile(live, LinkOption.NOFOLLOW_LINKS) || !Files.isReadable(live)) {
        absent++;
      } else if (!sameMtime(restored, live)) {
        changed++;
      } else {
        compared++;
        compare(file, sha256(restored), sha256(live), "live", differing);
      }
    }
    return new Outcome("the live source", picked.size(), compared, differing, changed, absent);
  }

  static Outcome againstManifest(
      List<RestoredTree.File> files,
      Map<String, String> manifest,
      String name,
      int sample,
      Random random)
      throws IOException {
    Map<String, Path> restoredByLive = new HashMap<>();
    files.forEach(f -> restoredByLive.put(f.live(), f.restored()));
    List<String> picked = pick(new ArrayList<>(manifest.keySet()), sample, random);
    picked.sort(String::compareTo);
    List<String> differing = new ArrayList<>();
    for (String file : picked) {
      Path restored = restoredByLive.get(file);
      if (restored == null) {
        differing.add(file + ": listed in the manifest but not restored");
      } else {
        compare(file, sha256(restored), manifest.get(file), "manifest", differing);
      }
    }
    return new Outcome("the manifest " + name, picked.size(), picked.size(), differing, 0, 0);
  }

  private static void compare(
      String file, String restored, String expected, String what, List<String> differing) {
    if (!restored.equalsIgnoreCase(expected)) {
      differing.add(file + ": restored sha256 " + restored + ", " + what + " sha256 " + expected);
    }
  }

  private static <T> List<T> pick(List<T> files, int sample, Random random) {
    List<T> shuffled = new ArrayList<>(files);
    Collections.shuffle(shuffled, random);
    return new ArrayList<>(shuffled.subList(0, Math.min(sample, shuffled.size())));
  }

  private static boolean sameMtime(Path restored, Path live) throws IOException {
    return Files.getLastModifiedTime(restored, LinkOption.NOFOLLOW_LINKS)
        .toInstant()
        .truncatedTo(ChronoUnit.SECONDS)
        .equals(
            Files.getLastModifiedTime(live, LinkOption.NOFOLLOW_LINKS)
                .toInstant()
                .truncatedTo(ChronoUnit.SECONDS));
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
