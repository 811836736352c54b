package dev.opsgrade.collect.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Cache;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Resolves host names as the probes do: with the system resolver (hosts file, nsswitch) by default,
 * or by asking the DNS servers of {@code probe.resolvers} directly (dnsjava), so an estate whose
 * names live in a private zone, or a test, controls resolution without touching the machine's
 * configuration. Every lookup is bounded in time; none throws.
 */
public final class HostResolver {
  private static final Pattern HOST_NAME =
      Pattern.compile(
          "(?i)(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?)(\\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?)*\\.?");

  private final List<String> servers;
  private final Duration timeout;
  private final Resolver resolver;
  private final Cache cache = new Cache();

  private HostResolver(List<String> servers, Duration timeout, Resolver resolver) {
    this.servers = List.copyOf(servers);
    this.timeout = timeout;
    this.resolver = resolver;
  }

  /**
   * @param servers "10.0.0.2", "127.0.0.1:5353" or "[::1]:53"; empty for the system resolver
   */
  public static HostResolver of(List<String> servers, Duration timeout) {
    if (servers.isEmpty()) {
      return new HostResolver(List.of(), timeout, null);
    }
    List<Resolver> each = new ArrayList<>();
    for (String server : servers) {
      each.add(simple(server, timeout));
    }
    ExtendedResolver all = new ExtendedResolver(each);
    all.setTimeout(timeout);
    all.setRetries(1);
    return new HostResolver(servers, timeout, all);
  }

  /** "system" or the servers asked, as facts name the resolver. */
  public String name() {
    return servers.isEmpty() ? "system" : String.join(", ", servers);
  }

  public static boolean validName(String host) {
    return HOST_NAME.matcher(host).matches();
  }

  public Resolution resolve(String host) {
    long start = System.nanoTime();
    if (host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return literal(host, start);
    }
    if (!validName(host)) {
      return done(
          host,
          Resolution.Outcome.INVALID_NAME,
          List.of(),
          "\"" + host + "\" is not a host name",
          start);
    }
    try {
      return resolver == null ? system(host, start) : direct(host, start);
    } catch (RuntimeException e) {
      // dnsjava reports some resolver failures as unchecked exceptions; a lookup never throws.
      return done(host, Resolution.Outcome.RESOLVER_FAILED, List.of(), e.toString(), start);
    }
  }

  private Resolution literal(String host, long start) {
    try {
      InetAddress address = InetAddress.getByName(host.replace("[", "").replace("]", ""));
      return done(host, Resolution.Outcome.RESOLVED, List.of(address), "an address literal", start);
    } catch (UnknownHostException e) {
      return done(host, Resolution.Outcome.INVALID_NAME, List.of(), "not an address", start);
    }
  }

  private Resolution system(String host, long start) {
    CompletableFuture<InetAddress[]> lookup =
        CompletableFuture.supplyAsync(() -> systemLookup(host), HostResolver::onVirtualThread);
    try {
      InetAddress[] found = lookup.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return done(host, Resolution.Outcome.RESOLVED, List.of(found), "", start);
    } catch (TimeoutException e) {
      lookup.cancel(true);
      return done(
          host,
          Resolution.Outcome.RESOLVER_FAILED,
          List.of(),
          "no answer within " + timeout.toMillis() + " ms",
          start);
    } catch (ExecutionException e) {
      return done(
          host,
          Resolution.Outcome.NO_SUCH_NAME,
          List.of(),
          "the system resolver does not know it",
          start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return done(host, Resolution.Outcome.RESOLVER_FAILED, List.of(), "interrupted", start);
    }
  }

  private static InetAddress[] systemLookup(String host) {
    try {
      return InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new java.util.concurrent.CompletionException(e);
    }
  }

  private static void onVirtualThread(Runnable task) {
    Thread.ofVirtual().name("dns-system").start(task);
  }

  private Resolution direct(String host, long start) {
    Name name;
    try {
      name = Name.fromString(host.endsWith(".") ? host : host + ".");
    } catch (TextParseException e) {
      return done(host, Resolution.Outcome.INVALID_NAME, List.of(), e.getMessage(), start);
    }
    List<InetAddress> addresses = new ArrayList<>();
    Lookup a = lookup(name, Type.A);
    Lookup aaaa = lookup(name, Type.AAAA);
    addAll(a.run(), addresses);
    addAll(aaaa.run(), addresses);
    if (!addresses.isEmpty()) {
      return done(host, Resolution.Outcome.RESOLVED, addresses, "", start);
    }
    int result = a.getResult();
    Resolution.Outcome outcome =
        switch (result) {
          case Lookup.HOST_NOT_FOUND -> Resolution.Outcome.NO_SUCH_NAME;
          case Lookup.TYPE_NOT_FOUND -> Resolution.Outcome.NO_ADDRESS;
          default -> Resolution.Outcome.RESOLVER_FAILED;
        };
    return done(host, outcome, List.of(), a.getErrorString() + " (asked " + name() + ")", start);
  }

  private Lookup lookup(Name name, int type) {
    Lookup lookup = new Lookup(name, type);
    lookup.setResolver(resolver);
    lookup.setCache(cache);
    return lookup;
  }

  private static void addAll(Record[] records, List<InetAddress> into) {
    if (records == null) {
      return;
    }
    for (Record record : records) {
      if (record instanceof ARecord a) {
        into.add(a.getAddress());
      } else if (record instanceof AAAARecord aaaa) {
        into.add(aaaa.getAddress());
      }
    }
  }

  private Resolution done(
      String host, Resolution.Outcome outcome, List<InetAddress> found, String detail, long start) {
    return new Resolution(
        host,
        name(),
        outcome,
        List.copyOf(found),
        detail,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private static Resolver simple(String server, Duration timeout) {
    String hostPart = server;
    int port = 53;
    int colon = server.lastIndexOf(':');
    if (server.startsWith("[")) {
      int close = server.indexOf(']');
      hostPart = server.substring(1, close);
      if (close + 1 < server.length() && server.charAt(close + 1) == ':') {
        port = Integer.parseInt(server.substring(close + 2));
      }
    } else if (colon > 0 && server.indexOf(':') == colon) {
      hostPart = server.substring(0, colon);
      port = Integer.parseInt(server.substring(colon + 1));
    }
    try {
      SimpleResolver simple = new SimpleResolver(hostPart);
      simple.setPort(port);
      simple.setTimeout(timeout);
      return simple;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(
          "probe.resolvers: \"" + server + "\" is not an address", e);
    }
  }
}
