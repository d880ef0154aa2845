'use strict';
/**
 * What a chart costs (issue #15): draw time and SVG size per chart kind, for the pure
 * chart module alone and for a whole rendered stat block (figures, citation, two SVGs, the
 * block's HTML). The module is bundled from its TypeScript with esbuild, as the plugin's
 * build does. Limits: a five-figure bar chart ≤ 3 KB and ≤ 1 ms to draw; a breach fails
 * the benchmark. Rendered blocks are kept per content version by the enrichment cache, so
 * this cost is paid once per block and write, not per request.
 */
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const LIMIT_BYTES = 3 * 1024;
const LIMIT_MS = 1;

function loadDomain(appDir, workDir) {
  const out = path.join(workDir, 'chart-bench.cjs');
  fs.mkdirSync(workDir, { recursive: true });
  esbuild.buildSync({
    stdin: {
      contents: "export { drawChart } from './chart'; export { renderStatBlock } from './rules';",
      resolveDir: path.join(appDir, 'src', 'plugins', 'editorial', 'server', 'src', 'stat-blocks'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: out,
    logLevel: 'error',
  });
  return require(out);
}

const figure = (label, value, unit = 'percent', base = null, display = `${String(value).replace('.', ',')}\u00a0%`) => ({
  label,
  value,
  unit,
  base,
  qualifier: 'exact',
  display,
  note: null,
});
const FIVE = [
  figure('nennen Kundenbeziehungsmanagement als Hauptziel', 9),
  figure('nennen Employer Branding als Hauptziel', 8),
  figure('nennen Vertrieb als Hauptziel', 7),
  figure('Befragten sehen PR und Marketing als oberste Priorität', 8, 'share', 10, '8 von 10'),
  figure('müssen vor allem das eigene Unternehmen überzeugen („institutional readiness“)', 29),
];
const SOURCE =
  'Quelle: Social-Media-Blog (Demo-Agentur), „Social Media Manager in deutschen Unternehmen 2014“ (Februar 2014, n = 102, nicht repräsentativ)';
const WARNING = 'Diese Daten stammen aus Februar 2014 und sind möglicherweise veraltet.';

function time(fn, iterations) {
  for (let i = 0; i < Math.min(200, iterations); i += 1) fn();
  const samples = [];
  for (let i = 0; i < iterations; i += 1) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { meanMs: Math.round(mean * 1000) / 1000, p99Ms: Math.round(samples[Math.floor(samples.length * 0.99)] * 1000) / 1000 };
}

function benchChartDraw({ appDir, workDir, log, iterations = 2000 }) {
  const { drawChart, renderStatBlock } = loadDomain(appDir, workDir);
  const study = {
    title: 'Social Media Manager in deutschen Unternehmen 2014',
    publisher: 'Social-Media-Blog (Demo-Agentur)',
    publishedOn: '2014-02-01',
    publishedOnPrecision: 'month',
    sampleSize: 102,
    representative: false,
  };
  const edition = (f) => ({ label: '2014', figures: f });
  const cases = {
    'bars (5 figures)': { figures: FIVE, display: 'bars' },
    'bars (5 figures) + title, source, warning': {
      figures: FIVE,
      display: 'bars',
      title: 'Hauptziele der Social-Media-Arbeit',
      source: SOURCE,
      warning: WARNING,
    },
    'tiles (3 figures)': { figures: FIVE.slice(0, 3), display: 'tiles' },
    'pictogram (2 von 3)': {
      figures: [figure('arbeiten in einem Team mit höchstens fünf Personen', 2, 'share', 3, '2 von 3')],
      display: 'pictogram',
    },
    'compare (3 statistics, 2 editions)': {
      figures: FIVE.slice(0, 3),
      display: 'compare',
      editions: [edition(FIVE.slice(0, 3).map((f) => ({ ...f, value: f.value * 2 }))), { label: '2026', figures: FIVE.slice(0, 3) }],
    },
  };
  const rows = [];
  for (const [name, input] of Object.entries(cases)) {
    const drawn = drawChart({ locale: 'de', ...input });
    const cost = time(() => drawChart({ locale: 'de', ...input }), iterations);
    rows.push({ name, kind: drawn.kind, bytes: Buffer.byteLength(drawn.svg), ...cost });
  }
  const block = {
    heading: 'Hauptziele der Social-Media-Arbeit',
    display: 'auto',
    statistics: FIVE.map((f) => ({ label: f.label, value: f.value, unit: f.unit, base: f.base, qualifier: 'exact', study })),
  };
  const options = { locale: 'de', timeZone: 'Europe/Berlin', studyOutdatedAfterMonths: 24, now: new Date() };
  rows.push({
    name: 'whole stat block (5 figures: text, 2 SVGs, HTML)',
    kind: 'bars',
    bytes: Buffer.byteLength(JSON.stringify(renderStatBlock(block, options))),
    ...time(() => renderStatBlock(block, options), iterations),
  });

  const five = rows[0];
  const problems = [];
  if (five.bytes > LIMIT_BYTES) problems.push(`five-figure bar chart is ${five.bytes} bytes (limit ${LIMIT_BYTES})`);
  if (five.meanMs > LIMIT_MS) problems.push(`five-figure bar chart takes ${five.meanMs} ms (limit ${LIMIT_MS} ms)`);
  log(`charts: five-figure bars ${five.bytes} bytes, ${five.meanMs} ms mean, ${five.p99Ms} ms p99`);
  return { iterations, rows, problems };
}

function chartTable(result) {
  const lines = [
    '',
    'Chart drawing (pure module; mean and p99 of ' + result.iterations + ' draws after warm-up)',
    '',
    '| chart | kind | SVG / JSON bytes | mean ms | p99 ms |',
    '| --- | --- | ---: | ---: | ---: |',
  ];
  for (const row of result.rows) lines.push(`| ${row.name} | ${row.kind} | ${row.bytes} | ${row.meanMs} | ${row.p99Ms} |`);
  if (result.problems.length > 0) lines.push('', `LIMITS BROKEN: ${result.problems.join('; ')}`);
  return lines.join('\n');
}

module.exports = { benchChartDraw, chartTable };
