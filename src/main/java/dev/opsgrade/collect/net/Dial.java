package dev.opsgrade.collect.net;

import java.net.InetSocketAddress;

/**
 * One HTTP request's connection: the name the request is for (sent as Host and as TLS SNI, and
 * checked against the certificate) and the address actually dialled, which may differ, as with curl
 * --resolve. {@code urlPort} is the port of the URL the name belongs to, for the Host header.
 */
public record Dial(String host, int urlPort, InetSocketAddress address, boolean tls) {

  public String hostHeader() {
    boolean defaultPort = tls ? urlPort == 443 : urlPort == 80;
    String name = host.contains(":") ? "[" + host + "]" : host;
    return defaultPort ? name : name + ":" + urlPort;
  }

  /** "https://name" or "http://name:8080", as the request's URL shows it. */
  public String origin() {
    return (tls ? "https://" : "http://") + hostHeader();
  }

  /** "127.0.0.1:8443": where the request went. */
  public String dialled() {
    String ip =
        address.getAddress() == null
            ? address.getHostString()
            : address.getAddress().getHostAddress();
    return (ip.contains(":") ? "[" + ip + "]" : ip) + ":" + address.getPort();
  }
}
