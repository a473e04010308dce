import { formatIndex } from '../../core/format.js';
import { labelWidth } from '../../core/geometry.js';
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
  province?: string;
  kind?: string;
  index: number;
  /** The band (1-based) of its unrounded index, for colour. */
  band: number;
  /** The predikat: the official one as given, else its band's name. */
  predikat: string;
  /** Competition ranking ("1224") by the published index, highest first. */
  rank: number;
  /** Its rank the year before among the same instansi filter, if it was evaluated then. */
  previous?: number;
  /** `previous - rank`: positive is up. */
  change?: number;
  highlight: boolean;
  damaged: boolean;
  note?: string;
  source?: string;
}

export interface RankFilter {
  year?: number;
  /** A province's name (any case) or Kemendagri code (`18`). */
  province?: string;
  /** Comma separated: `provinsi`, `kabupaten`, `kota`, `instansi_pusat`; `pemda` is the first three, `pusat` the last. */
  kind?: string;
  /** The instansi to mark: its code (`18.72`) or its name (any case). */
  highlight?: string;
}

export interface RankModel {
  year: number;
  previousYear?: number;
  /** What was ranked: the province, the kinds, or "Nasional". */
  scope: string;
  rows: RankRow[];
  highlighted?: RankRow;
  /** The rule: the national index of the year, else the mean of the rows. */
  rule?: { value: number; label: string };
  scale: { min: number; max: number };
  bands: Array<{ n: number; label: string }>;
  years: number[];
}

const KINDS: Record<string, string[]> = { pemda: ['provinsi', 'kabupaten', 'kota'], pusat: ['instansi_pusat'] };
const fold = (s: string | undefined) => (s ?? '').trim().toLocaleLowerCase('id');

/** Whether `entry` is in the filter's province and kinds. */
function matches(entry: ResultEntry, province: string, kinds: string[]): boolean {
  const i = entry.instansi;
  if (kinds.length && !kinds.includes(i.kind ?? '')) return false;
  if (!province) return true;
  return fold(i.province) === province || (/^\d\d$/.test(province) && (i.code ?? '').slice(0, 2) === province);
}

/** The ranked rows of `year` among `entries` (competition ranking, ties by name). */
function rankYear(entries: ResultEntry[], year: number, data: SpbeResults, lang: Lang) {
  const rows: Array<{ entry: ResultEntry; e: ResultEntry['evaluations'][number]; band: number }> = [];
  for (const entry of entries) {
    const e = entry.evaluations.find((x) => x.year === year);
    if (!e) continue;
    const band = data.framework.bands.indexOf(e.band) + 1;
    rows.push({ entry, e, band });
  }
  rows.sort((a, b) => b.e.index - a.e.index || a.entry.instansi.name.localeCompare(b.entry.instansi.name, 'id'));
  let rank = 0;
  return rows.map((r, i) => {
    if (i === 0 || r.e.index !== rows[i - 1].e.index) rank = i + 1;
    return { ...r, rank, predikat: r.e.predikat ?? text(r.e.band.label, lang) };
  });
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
  const entries = data.results.filter((r) => matches(r, province, kinds));
  const before = new Map(previousYear === undefined ? [] : rankYear(entries, previousYear, data, lang).map((r) => [r.entry, r.rank]));
  const h = fold(filter.highlight);
  const rows: RankRow[] = rankYear(entries, year, data, lang).map(({ entry, e, band, rank, predikat }) => {
    const { name, code, province: p, kind } = entry.instansi;
    const previous = before.get(entry);
    return {
      key: code ?? name,
      name,
      code,
      province: p,
      kind,
      index: e.index,
      band,
      predikat,
      rank,
      previous,
      change: previous === undefined ? undefined : previous - rank,
      highlight: h !== '' && (fold(code) === h || fold(name) === h),
      damaged: e.damaged === true,
      note: e.note,
      source: e.source,
    };
  });
  const national = data.national.find((n) => n.year === year);
  const mean = rows.reduce((s, r) => s + r.index, 0) / rows.length;
  const rule = national
    ? { value: national.index, label: `${rt(lang, 'national')} ${formatIndex(national.index, lang)}` }
    : rows.length
      ? { value: mean, label: `${rt(lang, 'average')} ${formatIndex(mean, lang)}` }
      : undefined;
  const provinceName = province ? (entries.find((r) => r.instansi.province)?.instansi.province ?? filter.province!) : '';
  // Kinds as the reports name them, in either language: Kota, Kabupaten, Instansi pusat.
  const scope = provinceName || (kinds.length ? kinds.map((k) => k[0].toUpperCase() + k.slice(1).replace('_', ' ')).join(', ') : rt(lang, 'all'));
  return {
    year,
    previousYear,
    scope,
    rows,
    highlighted: rows.find((r) => r.highlight),
    rule,
    scale: data.framework.scale,
    bands: data.framework.bands.map((b, i) => ({ n: i + 1, label: text(b.label, lang) })),
    years,
  };
}

/** "turun 2 dari peringkat 4 pada 2023", or "baru", for a row. */
export function changeText(row: RankRow, previousYear: number | undefined, lang: Lang): string {
  if (previousYear === undefined) return '';
  const y = previousYear;
  if (row.change === undefined) return rt(lang, 'new', { y });
  const key = row.change > 0 ? 'up' : row.change < 0 ? 'down' : 'same';
  return rt(lang, key, { d: Math.abs(row.change), p: row.previous!, y });
}

/** The short mark beside a rank: ▲2, ▼2, = or • (not ranked the year before). */
export function changeMark(row: RankRow, previousYear: number | undefined): string {
  if (previousYear === undefined) return '';
  if (row.change === undefined) return '•';
  return row.change > 0 ? `▲${row.change}` : row.change < 0 ? `▼${-row.change}` : '=';
}

/** One row in words, for the live region, the tooltip and the summary. */
export function rowText(row: RankRow, m: RankModel, lang: Lang): string {
  const change = changeText(row, m.previousYear, lang);
  return [
    `${row.name}: ${rt(lang, 'rankOf', { r: row.rank, n: m.rows.length })}, ${formatIndex(row.index, lang)} (${row.predikat})`,
    change,
    row.damaged ? rt(lang, 'damaged') : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The accessible name: what was ranked, the highlighted instansi's place and change, the top, the rule. */
export function rankSummary(m: RankModel, lang: Lang): string {
  const head = `${rt(lang, 'title')} ${m.year}, ${m.scope}: ${m.rows.length} ${rt(lang, 'instansi')}.`;
  const top = m.rows[0];
  return [
    head,
    m.highlighted ? `${rowText(m.highlighted, m, lang)}.` : '',
    top && top !== m.highlighted ? `${rt(lang, 'top')}: ${top.name} ${formatIndex(top.index, lang)}.` : '',
    m.rule ? `${m.rule.label}.` : '',
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
  if (h >= limit) {
    const from = Math.max(limit, h - 1);
    const to = Math.min(rows.length, h + 2);
    if (from > limit) out.push({ gap: from - limit });
    out.push(...rows.slice(from, to));
    if (to < rows.length) out.push({ gap: rows.length - to });
  } else out.push({ gap: rows.length - limit });
  return out;
}

export interface RankLine {
  y: number;
  row?: RankRow;
  gap?: number;
  /** The name as drawn, cut to fit with "…". */
  name: string;
  barX: number;
  barW: number;
  /** The name line's baseline and the bar's top. */
  textY: number;
  barY: number;
  valueX: number;
  value: string;
}

export interface RankLayout {
  width: number;
  height: number;
  rowHeight: number;
  /** Two lines a row (name above the bar) on a narrow screen. */
  stacked: boolean;
  rankX: number;
  changeX: number;
  nameX: number;
  barX: number;
  barW: number;
  barH: number;
  header: number;
  lines: RankLine[];
  /** Where the grid and the rule are drawn: the whole list, or (two lines a row) beside each bar only. */
  spans: Array<[number, number]>;
  ticks: Array<{ x: number; label: string }>;
  rule?: { x: number; label: string; anchor: 'start' | 'middle' | 'end' };
}

/** Cuts `s` to `width` px at `fontSize`, with "…". */
function fit(s: string, width: number, fontSize: number): string {
  // Names are mostly lower case: 0.55 em a character.
  if (labelWidth(s, fontSize * 0.92) <= width) return s;
  const n = Math.max(1, Math.floor(width / (fontSize * 0.55)) - 1);
  return `${s.slice(0, n).trimEnd()}…`;
}

/**
 * Positions for the list: rank, change mark, name and a bar from the scale's minimum to the
 * index, with the value and predikat after it. From 520 px one line a row; below it, two.
 */
export function layoutRanking(m: RankModel, items: Array<RankRow | RankGap>, opts: { width: number; lang: Lang }): RankLayout {
  const { width, lang } = opts;
  const fontSize = 13;
  const stacked = width < 520;
  const rowHeight = stacked ? 40 : 26;
  const barH = stacked ? 10 : 14;
  const header = 22;
  const rankX = 26;
  const changeX = 32;
  const nameX = m.previousYear === undefined ? 34 : 70;
  const nameW = stacked ? width - nameX : Math.min(280, Math.round(width * 0.38));
  const barX = stacked ? nameX : nameX + nameW + 8;
  // Room after the bar for "3,34 Sangat Baik".
  const tail = 8 + labelWidth(`0,00 ${longest(m.bands.map((b) => b.label))}`, 12);
  const barW = Math.max(40, width - barX - tail);
  const { min, max } = m.scale;
  const x = (v: number) => barX + ((Math.min(max, Math.max(min, v)) - min) / (max - min)) * barW;
  const lines = items.map((item, i): RankLine => {
    const y = header + i * rowHeight;
    const textY = stacked ? y + 15 : y + rowHeight / 2 + 4.5;
    const barY = stacked ? y + 21 : y + (rowHeight - barH) / 2;
    if ('gap' in item) return { y, gap: item.gap, name: rt(lang, 'more', { n: item.gap }), barX, barW: 0, textY, barY, valueX: barX, value: '' };
    const end = x(item.index);
    return {
      y,
      row: item,
      // "Pemerintah" starts most names: the list leaves it out (the table and the summary keep it).
      name: fit(item.name.replace(/^Pemerintah\s+/, '') + (item.damaged ? ' *' : ''), nameW, fontSize),
      barX,
      barW: Math.max(1, end - barX),
      textY,
      barY,
      valueX: end + 6,
      value: `${formatIndex(item.index, lang)} ${item.predikat}`,
    };
  });
  // The rule's label goes under the list, clear of the tick labels above it.
  const height = header + items.length * rowHeight + (m.rule ? 20 : 4);
  const ticks = [];
  for (let v = Math.ceil(min); v <= max; v++) ticks.push({ x: x(v), label: formatIndex(v, lang, 0) });
  let rule: RankLayout['rule'];
  if (m.rule) {
    const rx = x(m.rule.value);
    const w = labelWidth(m.rule.label, 11);
    rule = { x: rx, label: m.rule.label, anchor: rx + w / 2 > width ? 'end' : rx - w / 2 < barX ? 'start' : 'middle' };
  }
  const spans: Array<[number, number]> = stacked
    ? lines.filter((l) => l.row).map((l) => [l.barY - 3, l.barY + barH + 3])
    : [[header - 4, header + items.length * rowHeight]];
  return { width, height, rowHeight, stacked, rankX, changeX, nameX, barX, barW, barH, header, lines, spans, ticks, rule };
}

const longest = (labels: string[]) => labels.reduce((a, b) => (b.length > a.length ? b : a), '');
