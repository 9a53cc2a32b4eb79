/**
 * The HTML report's stylesheet, inlined so the file stands alone: a CJK
 * font stack the reader's machine already has (nothing is fetched), and a
 * print layout with one section per page, table headers repeated and rows
 * never split across pages.
 */
export const REPORT_CSS = `
:root {
  color-scheme: light;
  --ink: #1f2933;
  --muted: #52606d;
  --rule: #d9e2ec;
  --head: #eef2f6;
  --accent: #0b5394;
  --high: #b42318;
  --medium: #b54708;
  --low: #175cd3;
  --ok: #027a48;
}
* { box-sizing: border-box; }
html {
  font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
  font-size: 15px;
  line-height: 1.55;
  color: var(--ink);
  background: #fff;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
body { max-width: 1120px; margin: 0 auto; padding: 32px 40px 48px; }
h1 { font-size: 1.9rem; margin: 0.1em 0 0.4em; color: var(--accent); }
h2 { font-size: 1.35rem; margin: 1.6em 0 0.6em; padding-bottom: 0.2em; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.05rem; margin: 1.3em 0 0.4em; }
p { margin: 0.4em 0 0.8em; }
.subtitle { margin: 0; color: var(--muted); letter-spacing: 0.05em; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 1.5em; color: var(--muted); }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.contents ol { columns: 2; margin: 0; padding-left: 1.5em; }
.contents a { color: var(--accent); text-decoration: none; }
.note { color: var(--muted); font-style: italic; }
table { width: auto; min-width: 60%; max-width: 100%; border-collapse: collapse; margin: 0.4em 0 1.2em; font-size: 0.88rem; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { background: var(--head); border-bottom: 2px solid #9fb3c8; font-weight: 600; word-break: keep-all; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.78rem; color: var(--muted); word-break: break-all; }
.tone { font-weight: 600; white-space: nowrap; }
.tone-high, .tone-broken { color: var(--high); }
.tone-medium, .tone-single { color: var(--medium); }
.tone-low { color: var(--low); }
.tone-info { color: var(--muted); }
.tone-ok { color: var(--ok); }
figure.diagram { position: relative; margin: 1em 0 1.6em; }
/* The SVG prints its own title; the caption is for screen readers and the outline. */
figure.diagram figcaption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
/* On screen a diagram keeps its drawn size and scrolls sideways: shrunk to the column its labels could not be read. */
.diagram-scroll { overflow-x: auto; }
figure.diagram svg { display: block; max-width: none; height: auto; }
.diagram-tiles, .diagram-part { display: none; }
.report-footer { margin-top: 3em; padding-top: 0.8em; border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.85rem; }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  /* A diagram wider than a portrait page prints on a landscape page of its own (diagramPages.ts chooses). */
  @page landscape { size: A4 landscape; margin: 16mm 14mm; }
  figure.page-landscape, table.page-landscape { page: landscape; }
  table.page-landscape thead th { white-space: normal; word-break: normal; }
  /* The print size diagramPages.ts worked out: never below the scale its labels stay readable at. */
  figure.diagram svg { width: var(--print-width, auto); }
  .diagram-scroll { overflow: visible; }
  figure.split .diagram-scroll { display: none; }
  figure.split .diagram-tiles { display: block; }
  .diagram-tile { break-inside: avoid; }
  .diagram-tile + .diagram-tile { break-before: page; }
  .diagram-tile svg { width: var(--print-width, auto); }
  .diagram-part { display: block; margin: 0 0 2mm; font-size: 8pt; color: var(--muted); }
  html { font-size: 10pt; }
  table { font-size: 8.5pt; }
  body { max-width: none; padding: 0; }
  .report-section { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, figure.diagram { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;
