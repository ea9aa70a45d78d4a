package org.vwb.embedinit.report.internal;

/// The inline stylesheet of `report.html` (no external font or file: the page opens offline).
final class HtmlStyle {
    static final String CSS = """
            body{font-family:"Noto Sans","DejaVu Sans","WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;
              margin:24px auto;max-width:1240px;padding:0 16px;color:#1a1a1a;line-height:1.4;font-size:14px}
            h1{font-size:24px;margin:0 0 8px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd}
            .lead{color:#444;max-width:980px}
            table{border-collapse:collapse;margin:6px 0 12px;font-size:13px}
            th,td{border:1px solid #d8d8d8;padding:3px 7px;text-align:left;vertical-align:top}
            th{background:#f3f3f3;font-weight:600}
            table.num td{white-space:nowrap}
            td.inside{background:#e5f4e3}td.outside{background:#fbe3e1}td.undecided{background:#fdf3d6}
            .sw{display:inline-block;width:11px;height:11px;margin-right:6px;border:1px solid #0003;
              vertical-align:-1px}
            .fact{display:inline-block;margin-right:12px}.hash{font-family:monospace;font-size:12px}
            .tok{font-family:"WenQuanYi Micro Hei Mono","DejaVu Sans Mono",monospace;background:#f5f5f5;
              padding:0 3px;border-radius:3px;white-space:pre;unicode-bidi:isolate}
            td.list{font-size:12px;max-width:330px}
            .plots{display:grid;grid-template-columns:repeat(auto-fill,minmax(980px,1fr));gap:14px}
            figure{margin:0;border:1px solid #e2e2e2;padding:6px;background:#fff;max-width:960px}
            figure img{width:100%;height:auto;display:block}
            figcaption{font-size:12px;color:#555;margin-top:4px}
            tr.baseline td{color:#777}tr.best td{font-weight:600}
            .small{font-size:12px;color:#555;max-width:980px}
            footer{margin-top:28px;color:#666;font-size:12px}
            """;

    private HtmlStyle() {}
}
