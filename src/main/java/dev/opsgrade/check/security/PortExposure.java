package dev.opsgrade.check.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a published port is reachable from outside the host, judged from plain values so that
 * compose ports and a running container's port bindings are judged alike.
 */
public final class PortExposure {
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-f:]*:[0-9a-f:.]*");

  /** Where a host address puts a port. */
  public enum Reach {
    /** Empty host IP, 0.0.0.0 or :: : every interface, the public one included. */
    ALL_INTERFACES,
    /** A specific address that is routable on the internet. */
    PUBLIC_ADDRESS,
    /** A specific private, CGNAT/Tailscale or link-local address. */
    PRIVATE_ADDRESS,
    LOOPBACK,
    /** Not an IP literal (Docker refuses it, so nothing is published). */
    NOT_AN_ADDRESS;

    public boolean reachableFromInternet() {
      return this == ALL_INTERFACES || this == PUBLIC_ADDRESS;
    }
  }

  private PortExposure() {}

  /** Judges a host IP as written: "", "0.0.0.0", "[::]", "127.0.0.1", "10.0.0.5"... */
  public static Reach reach(String hostIp) {
    String ip = hostIp.trim().replace("[", "").replace("]", "").toLowerCase(Locale.ROOT);
    if (ip.isEmpty() || ip.equals("0.0.0.0") || ip.matches("[0:]*::?[0:]*")) {
      return Reach.ALL_INTERFACES;
    }
    if (ip.startsWith("::ffff:")) {
      ip = ip.substring("::ffff:".length());
    }
    Matcher v4 = IPV4.matcher(ip);
    if (v4.matches()) {
      return reachV4(octet(v4, 1), octet(v4, 2));
    }
    if (IPV6.matcher(ip).matches()) {
      return reachV6(ip);
    }
    return Reach.NOT_AN_ADDRESS;
  }

  /** The host ports of {@code start..end} that the allowlist does not cover, in order. */
  public static List<Integer> notAllowed(int start, int end, Collection<Integer> allowed) {
    List<Integer> result = new ArrayList<>();
    for (int port = start; port <= Math.max(start, end); port++) {
      if (!allowed.contains(port)) {
        result.add(port);
      }
    }
    return result;
  }

  /** "3000" or "8000-8010". */
  public static String range(int start, int end) {
    return end > start ? start + "-" + end : String.valueOf(start);
  }

  private static int octet(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static Reach reachV4(int a, int b) {
    if (a == 127) {
      return Reach.LOOPBACK;
    }
    boolean rfc1918 = a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168);
    boolean cgnat = a == 100 && b >= 64 && b <= 127;
    boolean linkLocal = a == 169 && b == 254;
    return rfc1918 || cgnat || linkLocal ? Reach.PRIVATE_ADDRESS : Reach.PUBLIC_ADDRESS;
  }

  private static Reach reachV6(String ip) {
    if (ip.equals("::1")) {
      return Reach.LOOPBACK;
    }
    boolean uniqueLocal = ip.startsWith("fc") || ip.startsWith("fd");
    boolean linkLocal = ip.matches("fe[89ab].*");
    return uniqueLocal || linkLocal ? Reach.PRIVATE_ADDRESS : Reach.PUBLIC_ADDRESS;
  }
}
