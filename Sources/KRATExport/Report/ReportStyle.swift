/// The report's inline style sheet: readable on screen, A4 in print, each chapter on a
/// new page, charts and table rows never cut across pages.
enum ReportStyle {
    static let css = """
    @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
    * { box-sizing: border-box; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #1d232b;
           line-height: 1.4; margin: 0 auto; max-width: 190mm; padding: 12mm 8mm; }
    h1 { font-size: 24pt; margin: 0 0 4mm 0; color: #1f3f60; }
    h2 { font-size: 16pt; color: #1f3f60; border-bottom: 2px solid #1f3f60; padding-bottom: 1.5mm; margin: 0 0 4mm 0; }
    h3 { font-size: 12pt; color: #1f3f60; margin: 5mm 0 2mm 0; break-after: avoid; page-break-after: avoid; }
    p { margin: 0 0 2.5mm 0; }
    section.chapter { margin-bottom: 14mm; }
    section.chapter + section.chapter { break-before: page; page-break-before: always; }
    #cover { min-height: 230mm; display: flex; flex-direction: column; justify-content: center; }
    #cover .committee { font-size: 13pt; color: #40546b; margin-bottom: 10mm; }
    #cover .meta { color: #40546b; }
    #cover ol.contents { columns: 2; font-size: 10pt; color: #40546b; margin-top: 8mm; }
    .headline { font-size: 13pt; background: #eef3f8; border-left: 5px solid #c0392b; padding: 4mm 5mm; margin: 4mm 0 5mm 0;
                break-inside: avoid; page-break-inside: avoid; }
    .headline strong { color: #c0392b; }
    .keyfigures { display: flex; flex-wrap: wrap; gap: 3mm; margin: 4mm 0; }
    .keyfigure { flex: 1 1 26mm; border: 1px solid #cfd8e3; border-radius: 2mm; padding: 2.5mm 3mm; break-inside: avoid; }
    .keyfigure .value { font-size: 18pt; font-weight: bold; color: #1f3f60; display: block; }
    .keyfigure .label { font-size: 9pt; color: #40546b; }
    figure { margin: 3mm 0 5mm 0; break-inside: avoid; page-break-inside: avoid; }
    figcaption { font-size: 9pt; color: #55606e; margin-top: 1mm; }
    svg.chart { display: block; width: 100%; height: auto; max-width: 100%; }
    svg.chart text { fill: #1d232b; }
    .grid { display: flex; flex-wrap: wrap; gap: 0 6mm; }
    .grid > figure { flex: 1 1 80mm; min-width: 80mm; }
    table.data { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm 0; font-size: 9pt; }
    table.data th { background: #1f3f60; color: #fff; text-align: left; padding: 1.2mm 2mm; font-weight: 600; }
    table.data td { border-bottom: 1px solid #dde3ea; padding: 1mm 2mm; vertical-align: top; }
    table.data .num { text-align: right; }
    table.data td.num { white-space: nowrap; }
    table.data th:first-child, table.data td:first-child { min-width: 45mm; }
    table.data tr.total td { font-weight: bold; border-top: 1.5px solid #1f3f60; }
    table.data tr { break-inside: avoid; page-break-inside: avoid; }
    thead { display: table-header-group; }
    td.suppressed { color: #8a5a00; font-style: italic; }
    td.on_track, span.on_track { color: #1e7145; font-weight: 600; }
    td.off_track, span.off_track { color: #b03a2e; font-weight: 600; }
    td.up { color: #1e7145; } td.down { color: #b03a2e; }
    td.progress svg { width: 30mm; height: auto; display: block; }
    .note { font-size: 8.5pt; color: #55606e; font-style: italic; }
    .empty { color: #55606e; font-style: italic; }
    .pillar { break-inside: avoid-page; }
    @media print {
      body { padding: 0; max-width: none; font-size: 10pt; }
      #cover { min-height: 250mm; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
