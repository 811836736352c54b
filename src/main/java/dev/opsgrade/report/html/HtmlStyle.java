package dev.opsgrade.report.html;

/**
 * The report's only stylesheet, inlined: no fonts, images or scripts are fetched, so the file reads
 * the same offline and from a mail attachment. Tables turn into stacked cards on a phone.
 */
public final class HtmlStyle {
  public static final String CSS =
      """
      :root{--fg:#1b1f24;--muted:#5c6670;--bg:#fff;--card:#f5f7f9;--line:#d8dee4;
      --pass:#1a7f37;--fail:#cf222e;--warn:#9a6700;--unverified:#8250df;--na:#6e7781;--waived:#0969da}
      @media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9aa4ae;--bg:#0d1117;
      --card:#161b22;--line:#30363d;--pass:#3fb950;--fail:#f85149;--warn:#d29922;
      --unverified:#a371f7;--na:#8b949e;--waived:#58a6ff}}
      *{box-sizing:border-box}
      body{margin:0;padding:1rem;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
      color:var(--fg);background:var(--bg)}
      main{max-width:72rem;margin:0 auto}
      h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .6rem;
      border-bottom:1px solid var(--line);padding-bottom:.2rem}h3{font-size:1.05rem;margin:1rem 0 .4rem}
      .muted{color:var(--muted)}code{font:.85em ui-monospace,SFMono-Regular,Menlo,monospace;
      overflow-wrap:anywhere}
      .card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1rem}
      .verdict{display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
      .letter{font-size:3rem;font-weight:700;line-height:1}
      .ready{font-weight:600}.ready.yes{color:var(--pass)}.ready.no{color:var(--fail)}
      .cat{display:grid;grid-template-columns:9rem minmax(0,1fr) 17rem;
      grid-template-areas:"name bar text";gap:.2rem .75rem;align-items:center;margin:.3rem 0}
      .cat>.name{grid-area:name}.cat>.bar{grid-area:bar}.cat>.muted{grid-area:text}
      .bar{position:relative;height:.9rem;background:var(--line);border-radius:4px;overflow:hidden}
      .bar>span{display:block;height:100%;background:var(--pass)}
      .bar.low>span{background:var(--fail)}.bar>i{position:absolute;top:0;bottom:0;width:2px;
      background:var(--fg);opacity:.6}
      .scroll{overflow-x:auto}
      table{border-collapse:collapse;width:100%;font-size:.9rem}
      th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
      th{background:var(--card)}td.num,th.num{text-align:right}
      .badge{display:inline-block;padding:0 .4rem;border-radius:4px;color:#fff;font-size:.75rem;
      font-weight:600}
      .badge.pass,.badge.matches{background:var(--pass)}.badge.fail,.badge.contradicts{background:var(--fail)}
      .badge.warn{background:var(--warn)}.badge.unverified,.badge.unverifiable{background:var(--unverified)}
      .badge.not_applicable{background:var(--na)}.badge.waived{background:var(--waived)}
      .badge.other{background:var(--na)}
      details{margin:.5rem 0}summary{cursor:pointer;font-weight:600}
      svg.trend{width:100%;max-width:40rem;height:auto;display:block}
      svg.trend text{font-size:11px;fill:var(--muted)}svg.trend .grid{stroke:var(--line)}
      svg.trend .target{stroke:var(--warn);stroke-dasharray:4 3}
      svg.trend polyline{fill:none;stroke:var(--waived);stroke-width:2}svg.trend circle{fill:var(--waived)}
      footer{margin:2rem 0 1rem;font-size:.85rem;color:var(--muted)}
      @media (max-width:40rem){body{padding:.6rem;font-size:14px}.letter{font-size:2.4rem}
      table.stack thead{display:none}table.stack tr{display:block;border:1px solid var(--line);
      border-radius:6px;margin:.5rem 0;padding:.2rem}
      table.stack td{display:block;border:0;padding:.15rem .4rem}
      table.stack td::before{content:attr(data-label);display:inline-block;min-width:5.5rem;
      font-size:.75rem;color:var(--muted)}
      .cat{grid-template-columns:1fr;grid-template-areas:"name" "bar" "text";margin:.6rem 0}}
      """;

  private HtmlStyle() {}
}
