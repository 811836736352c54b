package dev.opsgrade.collect.webapi;

/** URLs as reports show them: credentials written into a URL are never repeated. */
public final class UrlText {
  private UrlText() {}

  /** "http://user:pass@host/x" becomes "http://host/x". */
  public static String withoutUserInfo(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return url;
    }
    int start = scheme + 3;
    int slash = url.indexOf('/', start);
    int end = slash < 0 ? url.length() : slash;
    int at = url.lastIndexOf('@', end - 1);
    return at >= start ? url.substring(0, start) + url.substring(at + 1) : url;
  }
}
