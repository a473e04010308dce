import { bandNamed } from '../../core/calculate.js';
import { formatIndex, formatNumber } from '../../core/format.js';
import { indexName } from '../../core/framework.js';
import { labelWidth, niceStep, scaleMarks } from '../../core/geometry.js';
import { text } from '../../core/i18n.js';
import type { ResultEntry, SpbeResults } from '../../core/results.js';
import type { Lang } from '../../core/types.js';
import { rt } from './ranking-strings.js';

/** One instansi's place in the ranking of a year. */
export interface RankRow {
  /** Its code, else its name: what `highlight` and `spbe-select` name it by. */
  key: string;
  name: string;
  code?: string;
  kind?: string;
  index: number;
  /** The band (1-based) of its unrounded index, for colour. */
  band: number;
  /**
   * The predikat: the official one, in the reader's language where it names a band (`Memuaskan`
   * is `Excellent` in English), else as given; without one, its band's name.
   */
  predikat: string;
  /** Competition ranking ("1224") by the published index, highest first. */
  rank: number;
  /** Its rank the year before among the same instansi filter, if it was evaluated then. */
  previous?: number;
  /** `previous - rank`: positive is up. */
  change?: number;
  highlight: boolean;
  damaged: boolean;
}

export interface RankFilter {
  year?: number;
  /** A province's name (any case) or Kemendagri code (`18`). */
  province?: string;
  /** Comma separated: `provinsi`, `kabupaten`, `kota`, `instansi_pusat`; `pemda` is the first three, `pusat` the last. */
  kind?: string;
  /** The instansi to mark: its code (`18.72`) or its name (any case; `Kota Metro` too). */
  highlight?: string;
}

export interface RankModel {
  /** "Peringkat Indeks SPBE", by the index's name in the framework. */
  label: string;
  year: number;
  previousYear?: number;
  /** What was ranked: the province, the kinds, or "Nasional". */
  scope: string;
  rows: RankRow[];
  highlighted?: RankRow;
  /** The rule: the national index of the year, else the mean of the rows. */
  rule?: { value: number; label: string };
  scale: { min: number; max: number };
  /** The predikat bands' names, lowest first (row `band` n is entry n - 1). */
  bands: string[];
  /** Whether an instansi is in the filter (its province and kinds). */
  within: (instansi: ResultEntry['instansi']) => boolean;
}

const KINDS: Record<string, string[]> = { pemda: ['provinsi', 'kabupaten', 'kota'], pusat: ['instansi_pusat'] };
const fold = (s: string | undefined) => (s ?? '').trim().toLocaleLowerCase('id');

/** The rows of `year` among `entries`, ranked (competition ranking, ties by name). */
function rankYear(entries: ResultEntry[], year: number, data: SpbeResults, lang: Lang, highlight: string): RankRow[] {
  const rows: RankRow[] = [];
  const { bands } = data.framework;
  for (const { instansi, evaluations } of entries) {
    const e = evaluations.find((x) => x.year === year);
    if (!e) continue;
    const { name, code, kind } = instansi;
    rows.push({
      key: code ?? name,
      name,
      code,
      kind,
      index: e.index,
      band: bands.indexOf(e.band) + 1,
      predikat: text(e.predikat === undefined ? e.band.label : (bandNamed(e.predikat, data.framework)?.label ?? e.predikat), lang),
      rank: 0,
      // By code, or by name with or without the "Pemerintah" most names start with.
      highlight: highlight !== '' && [code, name, name.replace(/^Pemerintah\s+/, '')].some((n) => fold(n) === highlight),
      damaged: e.damaged === true,
    });
  }
  // Ties by name, in code-point order: names are Title Case (Kab., Kota, Provinsi …), where it is the
  // alphabet's, and a page's first Intl collator would cost its first render 5 to 7 ms (ICU's start).
  rows.sort((a, b) => b.index - a.index || +(a.name > b.name) - +(a.name < b.name));
  rows.forEach((r, i) => (r.rank = i && r.index === rows[i - 1].index ? rows[i - 1].rank : i + 1));
  return rows;
}

/**
 * The ranking of a year (the latest by default) among the instansi in the filter, with each one's
 * rank the year before among the same filter, and the national index of the year as the rule.
 */
export function rankModel(data: SpbeResults, filter: RankFilter, lang: Lang): RankModel {
  const years = [...new Set(data.results.flatMap((r) => r.evaluations.map((e) => e.year)))].sort((a, b) => a - b);
  const year = filter.year && years.includes(filter.year) ? filter.year : years[years.length - 1];
  const previousYear = years.filter((y) => y < year).pop();
  const province = fold(filter.province);
  const kinds = fold(filter.kind)
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((k) => KINDS[k] ?? [k]);
  const within = (i: ResultEntry['instansi']) =>
    (!kinds.length || kinds.includes(i.kind ?? '')) &&
    (!province || fold(i.province) === province || (/^\d\d$/.test(province) && (i.code ?? '').slice(0, 2) === province));
  const entries = data.results.filter((r) => within(r.instansi));
  const h = fold(filter.highlight);
  const before = new Map(previousYear === undefined ? [] : rankYear(entries, previousYear, data, lang, h).map((r) => [r.key, r.rank]));
  const rows = rankYear(entries, year, data, lang, h);
  for (const r of rows) {
    r.previous = before.get(r.key);
    if (r.previous !== undefined) r.change = r.previous - r.rank;
  }
  const national = data.national.find((n) => n.year === year);
  const [value, word] = national ? [national.index, 'national' as const] : [rows.reduce((s, r) => s + r.index, 0) / rows.length, 'average' as const];
  // The province asked for (or the only one in the data: a province's own table is not "Nasional"),
  // else the kinds as the reports name them, in either language: Kota, Kabupaten, Instansi pusat.
  const provinces = [...new Set(entries.map((r) => r.instansi.province))];
  const scope =
    (province && (provinces.find(Boolean) ?? filter.province!)) ||
    (kinds.length ? kinds.map((k) => k[0].toUpperCase() + k.slice(1).replace('_', ' ')).join(', ') : provinces.length === 1 && provinces[0]) ||
    rt(lang, 'national');
  return {
    label: rt(lang, 'title', { index: indexName(data.framework, lang) }),
    year,
    previousYear,
    scope,
    rows,
    highlighted: rows.find((r) => r.highlight),
    rule: national || rows.length ? { value, label: `${rt(lang, word)} ${formatIndex(value, lang)}` } : undefined,
    scale: data.framework.scale,
    bands: data.framework.bands.map((b) => text(b.label, lang)),
    within,
  };
}

/** Which way a row moved since `previousYear`: up, down, same, or new (not ranked then). */
export function trend(row: RankRow): 'up' | 'down' | 'same' | 'new' {
  const c = row.change;
  return c === undefined ? 'new' : c > 0 ? 'up' : c < 0 ? 'down' : 'same';
}

/** "turun 2 dari peringkat 4 pada 2023", or "belum dinilai pada 2023", for a row. */
export function changeText(row: RankRow, previousYear: number | undefined, lang: Lang): string {
  return previousYear === undefined ? '' : rt(lang, trend(row), { d: Math.abs(row.change ?? 0), p: row.previous ?? '', y: previousYear });
}

const MARKS = { up: '▲', down: '▼', same: '=', new: '•' };

/** The short mark beside a rank: ▲2, ▼2, = or • (not ranked the year before). */
export function changeMark(row: RankRow): string {
  return MARKS[trend(row)] + (row.change ? Math.abs(row.change) : '');
}

/** One row in words, for the live region and the summary. */
export function rowText(row: RankRow, m: RankModel, lang: Lang): string {
  return [
    `${row.name}: ${rt(lang, 'rankOf', { r: row.rank, n: m.rows.length })}, ${formatIndex(row.index, lang)} (${row.predikat})`,
    changeText(row, m.previousYear, lang),
    row.damaged && rt(lang, 'damaged'),
  ]
    .filter(Boolean)
    .join(', ');
}

/** The accessible name: what was ranked, the highlighted instansi's place and change, the top, the rule. */
export function rankSummary(m: RankModel, lang: Lang): string {
  const top = m.rows[0];
  return [
    `${m.label} ${m.year}, ${m.scope}: ${m.rows.length} ${rt(lang, 'instansi')}.`,
    m.highlighted && `${rowText(m.highlighted, m, lang)}.`,
    top && top !== m.highlighted && `${rt(lang, 'top')}: ${top.name} ${formatIndex(top.index, lang)}.`,
    m.rule && `${m.rule.label}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** A gap in the list: the rows between the top and the highlighted one's neighbourhood. */
export interface RankGap {
  gap: number;
}

/**
 * What the list shows: every row when there are few (up to `limit` + 5) or `all` is asked; else the
 * top `limit`, a gap, and the highlighted row with one neighbour each side.
 */
export function visibleRows(m: RankModel, limit: number, all: boolean): Array<RankRow | RankGap> {
  const { rows } = m;
  if (all || rows.length <= limit + 5) return rows;
  const out: Array<RankRow | RankGap> = rows.slice(0, limit);
  const h = m.highlighted ? rows.indexOf(m.highlighted) : -1;
  const from = Math.max(limit, h - 1);
  const to = h < limit ? limit : Math.min(rows.length, h + 2);
  if (from > limit) out.push({ gap: from - limit });
  out.push(...rows.slice(from, to));
  if (to < rows.length) out.push({ gap: rows.length - to });
  return out;
}

/** A line of the list, at `y`: a row, or a gap ("… 590 instansi lainnya"). */
export interface RankLine {
  y: number;
  row?: RankRow;
  /** The name as drawn (cut to fit with "…"), or the gap's words. */
  name: string;
  /** The bar's width, from the scale's minimum to the index. */
  barW: number;
  /** "3,34 Baik", after the bar, starting at `valueX`. */
  value: string;
  valueX: number;
}

/**
 * Where things go. Within a line (SVG `translate(0 y)`) the name's baseline is at `textY` and the
 * bar's top at `barY`; the bar starts at `barX`.
 */
export interface RankLayout {
  width: number;
  height: number;
  rowHeight: number;
  /** Two lines a row (name above the bar) on a narrow screen. */
  stacked: boolean;
  nameX: number;
  barX: number;
  /** The bar's full length (the scale's maximum). */
  barW: number;
  barH: number;
  textY: number;
  barY: number;
  /** The baseline of the figure after a bar ("3,34 Baik"), within its line. */
  valueY: number;
  lines: RankLine[];
  /** Where the grid is drawn: the whole list, or (two lines a row) beside each bar only. */
  spans: Array<[number, number]>;
  ticks: Array<{ x: number; label: string }>;
  /** The rule: drawn where the grid is, but cut where a figure after a bar stands on it. */
  rule?: { x: number; label: string; anchor: 'start' | 'middle' | 'end'; spans: Array<[number, number]> };
}

/** `spans` less the `cuts` (both top to bottom, as [y1, y2]), leaving out pieces too short to read as a line. */
function cut(spans: Array<[number, number]>, cuts: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const keep = (y1: number, y2: number) => y2 - y1 >= 4 && out.push([y1, y2]);
  for (const [a, b] of spans) {
    let from = a;
    for (const [c, d] of cuts) {
      if (d <= from || c >= b) continue;
      keep(from, c);
      from = Math.max(from, d);
    }
    keep(from, b);
  }
  return out;
}

/** The width of a name as drawn (13 px; `bold` for the highlighted row), in CSS px. */
export type Measure = (s: string, bold: boolean) => number;

/** Without a browser to measure in: names are mostly lower case, 0.55 em a character; bold a tenth wider. */
const estimate: Measure = (s, bold) => labelWidth(s, 12) * (bold ? 1.1 : 1);

/** A row's name in the list: "Pemerintah", which starts most names, left out (the table and the summary keep it). */
const listName = (r: RankRow) => r.name.replace(/^Pemerintah\s+/, '') + (r.damaged ? ' *' : '');

/** `s`, or its longest start that fits in `w` with "…" after it (as CSS text-overflow cuts). */
export function cutToFit(s: string, w: number, measure: (s: string) => number): string {
  if (measure(s) <= w) return s;
  const cut = (n: number) => `${s.slice(0, n).trimEnd()}…`;
  let [lo, hi] = [1, s.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(cut(mid)) <= w) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}

/** The list's header: the tick labels. */
const HEADER = 22;

/**
 * Positions for the list: rank, change mark, name and a bar from the scale's minimum to the
 * index, with the value and predikat after it. From 520 px one line a row (unless long names would
 * leave the bars short); below it, two.
 */
export function layoutRanking(
  m: RankModel,
  items: Array<RankRow | RankGap>,
  { width, lang, measure = estimate }: { width: number; lang: Lang; measure?: Measure },
): RankLayout {
  const nameX = m.previousYear === undefined ? 34 : 70;
  // Room after the bar for "3,34 Sangat Baik": the scale's top value and the longest band name
  // ("100,00 Tinggi" on a scale of 0 to 100).
  const tail = 8 + labelWidth(`${formatIndex(m.scale.max, lang)} ${m.bands.reduce((a, b) => (b.length > a.length ? b : a), '')}`, 12);
  // One line a row: the names' column is as wide as the longest name of all rows (not only those
  // drawn, so it does not move as the list scrolls), at least what short names had and at most 45 %.
  // Below 520 px there is no such column, and no name is measured for it.
  const narrow = width < 520;
  const one = narrow ? 0 : Math.min(Math.round(width * 0.45), Math.max(Math.min(280, Math.round(width * 0.38)), ...m.rows.map((r) => measure(listName(r), r.highlight))));
  // Two lines a row below 520 px, or where long names would leave the bars under 120 px.
  const stacked = narrow || width - nameX - one - 8 - tail < 120;
  const rowHeight = stacked ? 40 : 26;
  const barH = stacked ? 10 : 14;
  const textY = stacked ? 15 : 17.5;
  const barY = stacked ? 21 : 6;
  const nameW = stacked ? width - nameX : one;
  const barX = stacked ? nameX : nameX + nameW + 8;
  const { min, max } = m.scale;
  const at = (v: number) => (Math.min(max, Math.max(min, v)) - min) / (max - min);
  const figure = (r: RankRow) => `${formatIndex(r.index, lang)} ${r.predikat}`;
  // The bars as long as every row's bar and figure after it allow (of all rows, so they do not
  // change as the list scrolls), up to the scale's end: the top row's 4,09 leaves room after its
  // bar that the scale's 5,00 and the longest band name would not: at 360 px the scale takes 123 px,
  // not 95.
  const room = width - barX;
  // (A row at the scale's foot has no bar to limit: Infinity.)
  const barW = Math.max(40, Math.min(room - 6, ...m.rows.map((r) => (room - 8 - estimate(figure(r), r.highlight)) / at(r.index))));
  // Positions to a hundredth of a pixel: short numbers in the drawing and in an exported SVG.
  const r2 = (v: number) => Math.round(v * 100) / 100;
  const x = (v: number) => r2(barX + at(v) * barW);
  const lines = items.map((item, i): RankLine => {
    const y = HEADER + i * rowHeight;
    if ('gap' in item) return { y, name: rt(lang, 'more', { n: item.gap }), barW: 0, value: '', valueX: 0 };
    const name = listName(item);
    const bar = Math.max(1, r2(x(item.index) - barX));
    return {
      y,
      row: item,
      name: cutToFit(name, nameW, (s) => measure(s, item.highlight)),
      barW: bar,
      value: figure(item),
      valueX: r2(barX + bar + 6),
    };
  });
  const bottom = HEADER + items.length * rowHeight;
  const valueY = barY + barH / 2 + 4;
  const spans: Array<[number, number]> = stacked ? lines.filter((l) => l.row).map((l) => [l.y + barY - 3, l.y + barY + barH + 3]) : [[HEADER - 4, bottom]];
  // The scale's marks from its foot, as far apart as the widest label and a gap need: 1 to 5 in ones,
  // 0 to 100 in tens, or fifties on a phone.
  const unit = niceStep(((max - min) * (labelWidth(formatNumber(max, lang), 11) + 6)) / barW);
  const ticks = scaleMarks(min, max, unit).map((v) => ({ x: x(v), label: formatNumber(v, lang) }));
  let rule: RankLayout['rule'];
  if (m.rule) {
    const rx = x(m.rule.value);
    const w = labelWidth(m.rule.label, 11) / 2;
    // A figure starts 6 px after its bar (the rule keeps 3 px from it); 12 px text stands about 10 px over its baseline.
    const crossed = lines.filter((l) => l.value && rx > barX + l.barW + 3 && rx < barX + l.barW + 9 + labelWidth(l.value, 12));
    rule = {
      x: rx,
      label: m.rule.label,
      anchor: rx + w > width ? 'end' : rx - w < barX ? 'start' : 'middle',
      spans: cut(spans, crossed.map((l) => [l.y + valueY - 11, l.y + valueY + 4])),
    };
  }
  return {
    width,
    // The rule's label goes under the list, clear of the tick labels above it.
    height: bottom + (m.rule ? 20 : 4),
    rowHeight,
    stacked,
    nameX,
    barX,
    barW,
    barH,
    textY,
    barY,
    valueY,
    lines,
    spans,
    ticks,
    rule,
  };
}
