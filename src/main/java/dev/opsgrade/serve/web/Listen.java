package dev.opsgrade.serve.web;

/** host:port from serve.listen; [v6]:port for IPv6; ":port" (no host) is every interface. */
record Listen(String host, int port) {
  static Listen parse(String listen) {
    int colon = listen.lastIndexOf(':');
    if (colon < 0 || colon == listen.length() - 1) {
      throw new IllegalArgumentException("serve.listen is host:port, not '" + listen + "'");
    }
    String host = listen.substring(0, colon);
    if (host.isEmpty()) {
      host = "0.0.0.0";
    } else if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(listen.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("serve.listen has no port number: '" + listen + "'");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("serve.listen port out of range: '" + listen + "'");
    }
    return new Listen(host, port);
  }
}
