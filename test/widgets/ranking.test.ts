import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/ranking/ranking.js';
import type { RankingSelectDetail, SpbeRanking } from '../../src/widgets/ranking/ranking.js';
import { clearLoadCache } from '../../src/core/load.js';
import type { SpbeErrorEvent, SpbeLoadEvent } from '../../src/core/events.js';
import type { SpbeResults } from '../../src/core/results.js';
import { parseSpbeResults } from '../../src/core/results.js';
import { resultsFromCsv } from '../../src/core/results-table.js';
import { cutToFit, rankModel, rankSummary, visibleRows, layoutRanking, type RankLine, type RankModel } from '../../src/widgets/ranking/ranking-layout.js';
import { labelWidth } from '../../src/core/geometry.js';

const NAT = '/data/nasional/spbe-hasil-2023-2024.json';
const q = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const text = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const plot = (el: Element) => q(el, '[part~="plot"]') as HTMLElement;

async function mount(attrs: Record<string, string>, parent: HTMLElement = document.body) {
  const el = document.createElement('spbe-ranking') as SpbeRanking;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const settled = Promise.race([oneEvent(el, 'spbe-load'), oneEvent(el, 'spbe-error')]) as Promise<SpbeLoadEvent<SpbeResults> | SpbeErrorEvent>;
  parent.append(el);
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

/** The rows drawn: rank, change mark, name, value text. */
const rows = (el: Element) =>
  qa(el, '[part~="row"]').map((g) => ({
    rank: text(g.querySelector('.rank')),
    change: text(g.querySelector('.change')),
    name: text(g.querySelector('.name')),
    highlight: g.classList.contains('highlight'),
  }));

let national: SpbeResults;

describe('parseSpbeResults', () => {
  const issues = (input: unknown) => {
    try {
      parseSpbeResults(input);
      return [];
    } catch (e) {
      return (e as { issues: { path: string; code: string }[] }).issues.map((i) => `${i.path} ${i.code}`);
    }
  };

  it('a problem in an evaluation is located where the file has it, though evaluations are sorted by year', () => {
    const evaluations = [{ year: 2024, index: 3 }, { year: 2023, index: 2.9, publishedName: 7 }];
    expect(issues({ results: [{ instansi: { name: 'A' }, evaluations }] })).to.deep.equal(['results[0].evaluations[1].publishedName type']);
  });

  it('the JSON the CSV reader checked is not checked again: the same collection comes back; a page\'s own object is checked each time', async () => {
    const csv = await (await fetch('/data/nasional/spbe-results-2023-2024.csv')).text();
    const read = resultsFromCsv(csv);
    expect(parseSpbeResults(read.input)).to.equal(read.results);
    const own = { results: [{ instansi: { name: 'A' }, evaluations: [{ year: 2024, index: 3 }] }] };
    const first = parseSpbeResults(own);
    const again = parseSpbeResults(own);
    expect(again).to.not.equal(first);
    expect(again).to.deep.equal(first);
    own.results[0].evaluations[0].index = 9;
    expect(() => parseSpbeResults(own)).to.throw();
  });

  it('a missing instansi is one problem, named once', () => {
    expect(issues({ results: [{ evaluations: [{ year: 2024, index: 3 }] }] })).to.deep.equal(['results[0].instansi required']);
  });

  it('past the 50 problems it lists, a bad evaluation is still dropped (10 000 evaluations, years past 2100)', () => {
    const evaluations = Array.from({ length: 10000 }, (_, i) => ({ year: 1900 + (i % 300), index: 1 + (i % 40) / 10 }));
    const found = issues({ instansi: { name: 'Banyak' }, evaluations });
    expect(found).to.have.length(50);
    expect(found[0]).to.match(/^results\[0\]\.evaluations\[\d+\]\.(year|index) /);
  });

  it('keeps group, damaged and publishedName', () => {
    const r = parseSpbeResults({ results: [{ instansi: { name: 'A', group: 'Kementerian' }, evaluations: [{ year: 2024, index: 3, damaged: true, publishedName: 'A.' }] }] });
    expect(r.results[0].instansi.group).to.equal('Kementerian');
    expect(r.results[0].evaluations[0]).to.include({ damaged: true, publishedName: 'A.' });
  });
});

describe('ranking layout (no DOM)', () => {
  before(async () => {
    national = parseSpbeResults(await fetch(NAT).then((r) => r.json()));
  });

  it('Lampung 2024: Kota Metro 6th of 16, from 4th in 2023', () => {
    const m = rankModel(national, { province: 'Lampung', highlight: '18.72' }, 'id');
    expect(m.year).to.equal(2024);
    expect(m.previousYear).to.equal(2023);
    expect(m.rows).to.have.length(16);
    expect(m.highlighted).to.include({ name: 'Pemerintah Kota Metro', rank: 6, previous: 4, change: -2, index: 3.34, predikat: 'Baik' });
    expect(m.rows[0]).to.include({ name: 'Pemerintah Provinsi Lampung', rank: 1, index: 4.09 });
    expect(m.rule).to.deep.equal({ value: 3.12, label: 'Nasional 3,12' });
    expect(rankSummary(m, 'id')).to.equal(
      'Peringkat Indeks SPBE 2024, Lampung: 16 instansi. Pemerintah Kota Metro: peringkat 6 dari 16, 3,34 (Baik), turun 2 dari peringkat 4 pada 2023. Tertinggi: Pemerintah Provinsi Lampung 4,09. Nasional 3,12.',
    );
    // The same by province code and by name, and in 2023.
    expect(rankModel(national, { province: '18', highlight: 'pemerintah kota metro' }, 'id').highlighted?.rank).to.equal(6);
    // As a page would write it, without "Pemerintah"; a part of a name is not enough.
    expect(rankModel(national, { province: 'Lampung', highlight: 'Kota Metro' }, 'id').highlighted?.rank).to.equal(6);
    expect(rankModel(national, { province: 'Lampung', highlight: 'Metro' }, 'id').highlighted).to.equal(undefined);
    const y23 = rankModel(national, { province: 'lampung', year: 2023, highlight: '18.72' }, 'en');
    expect(y23.highlighted).to.include({ rank: 4 });
    expect(y23.previousYear).to.equal(undefined);
    expect(y23.rule?.label).to.equal('National 2.79');
  });

  it('the official predikat in the reader\'s language, as the legend names it; one that names no band as given', () => {
    const en = rankModel(national, { kind: 'kota', highlight: '18.72' }, 'en');
    expect(en.rows[0]).to.include({ name: 'Pemerintah Kota Bandung', predikat: 'Excellent' });
    expect(en.highlighted).to.include({ predikat: 'Good' });
    expect(new Set(en.rows.map((r) => r.predikat))).to.deep.equal(new Set(en.bands.filter((_, i) => en.rows.some((r) => r.band === i + 1))));
    expect(rankSummary(en, 'en')).to.contain('ranked 54 of 93, 3.34 (Good)');
    expect(rankModel(national, { kind: 'kota' }, 'id').rows[0].predikat).to.equal('Memuaskan');
    const odd = parseSpbeResults({
      framework: 'permenpanrb-59-2020',
      results: [{ instansi: { name: 'Kota X' }, evaluations: [{ year: 2024, index: 3.1, predikat: 'BAIK' }, { year: 2023, index: 3, predikat: 'Istimewa' }] }],
    });
    expect(rankModel(odd, {}, 'en').rows[0].predikat, 'any case').to.equal('Good');
    expect(rankModel(odd, { year: 2023 }, 'en').rows[0].predikat, 'no band of that name').to.equal('Istimewa');
  });

  it('ties share a rank (competition ranking) and the next rank skips', () => {
    const m = rankModel(national, { kind: 'kota' }, 'id');
    const ranks = m.rows.map((r) => r.rank);
    for (let i = 1; i < m.rows.length; i++) {
      if (m.rows[i].index === m.rows[i - 1].index) expect(ranks[i]).to.equal(ranks[i - 1]);
      else expect(ranks[i]).to.equal(i + 1);
    }
    expect(m.rows.filter((r) => r.index === 4.32).map((r) => r.rank)).to.deep.equal([4, 4, 4]);
    // Tied rows in name order: Depok, Jambi, Mojokerto.
    expect(m.rows.filter((r) => r.index === 4.32).map((r) => r.name)).to.deep.equal(['Pemerintah Kota Depok', 'Pemerintah Kota Jambi', 'Pemerintah Kota Mojokerto']);
  });

  it('kinds: pemda and pusat, comma lists; not ranked the year before is "new"', () => {
    const all = rankModel(national, {}, 'id');
    expect(all.rows).to.have.length(615);
    const pemda = rankModel(national, { kind: 'pemda' }, 'id');
    const pusat = rankModel(national, { kind: 'pusat' }, 'id');
    expect(pemda.rows.length + pusat.rows.length).to.equal(615);
    expect(rankModel(national, { kind: 'kabupaten, kota' }, 'id').rows.every((r) => r.kind === 'kabupaten' || r.kind === 'kota')).to.equal(true);
    const fresh = all.rows.filter((r) => r.previous === undefined);
    expect(fresh.length).to.be.above(0);
    expect(fresh.every((r) => r.change === undefined)).to.equal(true);
  });

  it('a long list shows the top, a gap, and the highlighted row with its neighbours', () => {
    const m = rankModel(national, { highlight: '18.72' }, 'id');
    const shown = visibleRows(m, 20, false);
    expect(shown.slice(0, 20).every((r) => 'rank' in r)).to.equal(true);
    const h = m.rows.indexOf(m.highlighted!);
    expect(shown[20]).to.deep.equal({ gap: h - 1 - 20 });
    expect(shown.slice(21, 24)).to.deep.equal(m.rows.slice(h - 1, h + 2));
    expect(shown[24]).to.deep.equal({ gap: m.rows.length - h - 2 });
    expect(visibleRows(m, 20, true)).to.have.length(615);
    // Short lists are shown whole.
    expect(visibleRows(rankModel(national, { province: 'Lampung' }, 'id'), 12, false)).to.have.length(16);
  });

  it('bars run from the scale minimum to the index; two lines a row below 520 px', () => {
    const m = rankModel(national, { province: 'Lampung' }, 'id');
    const wide = layoutRanking(m, m.rows, { width: 800, lang: 'id' });
    expect(wide.stacked).to.equal(false);
    const [top] = wide.lines;
    expect(top.barW).to.be.closeTo(((4.09 - 1) / 4) * wide.barW, 0.01);
    expect(wide.rule!.x).to.be.closeTo(wide.barX + ((3.12 - 1) / 4) * wide.barW, 0.01);
    expect(wide.ticks.map((t) => t.label)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(wide.lines[5].name).to.equal('Kota Metro');
    const narrow = layoutRanking(m, m.rows, { width: 320, lang: 'id' });
    expect(narrow.stacked).to.equal(true);
    expect(narrow.rowHeight).to.be.above(wide.rowHeight);
    expect(narrow.lines.every((l) => narrow.barX + l.barW <= 320)).to.equal(true);
  });

  it('a name too long for its column is cut at the longest start that fits with "…"', () => {
    const ten = (s: string) => s.length * 10;
    expect(cutToFit('Kementerian Agama', 170, ten)).to.equal('Kementerian Agama');
    expect(cutToFit('Kementerian Agama', 169, ten)).to.equal('Kementerian Aga…');
    // A space before the cut is not kept: "Kementerian …" would be one character shorter than it looks.
    expect(cutToFit('Kementerian Agama', 130, ten)).to.equal('Kementerian…');
    expect(cutToFit('Kementerian Agama', 5, ten)).to.equal('K…');
  });

  it('one line a row: the names\' column widens for long names (up to 45 %) and short ones keep theirs', () => {
    const pusat = rankModel(national, { kind: 'instansi_pusat' }, 'id');
    const lampung = rankModel(national, { province: 'Lampung' }, 'id');
    const measure = (s: string, bold: boolean) => s.length * (bold ? 8 : 7);
    const short = layoutRanking(lampung, lampung.rows, { width: 1000, lang: 'id', measure });
    expect(short.barX - short.nameX - 8).to.equal(280);
    const long = layoutRanking(pusat, visibleRows(pusat, 20, false), { width: 1000, lang: 'id', measure });
    expect(long.barX - long.nameX - 8).to.equal(450);
    // The column is that of all the rows, not only of those drawn, so it holds as the list scrolls.
    expect(layoutRanking(pusat, pusat.rows.slice(30, 40), { width: 1000, lang: 'id', measure }).barX).to.equal(long.barX);
    for (const line of long.lines.filter((l) => l.row))
      expect(measure(line.name, line.row!.highlight), line.name).to.be.at.most(450);
    expect(long.lines.some((l) => l.name.endsWith('…'))).to.equal(true);
    // Where long names would leave the bars under 120 px, two lines a row instead: ministries at
    // 568 px; Kota Metro's province at 528 px keeps one.
    const narrowLong = layoutRanking(pusat, visibleRows(pusat, 20, false), { width: 568, lang: 'id', measure });
    expect(narrowLong.stacked).to.equal(true);
    expect(narrowLong.barW).to.be.above(300);
    // Below 520 px only the names drawn are measured, not every row for a column there is none of.
    const measured: string[] = [];
    layoutRanking(pusat, visibleRows(pusat, 20, false), { width: 360, lang: 'id', measure: (s, b) => (measured.push(s), measure(s, b)) });
    expect(measured.length).to.be.below(pusat.rows.length);
    const narrowShort = layoutRanking(lampung, lampung.rows, { width: 528, lang: 'id', measure });
    expect(narrowShort.stacked).to.equal(false);
    expect(narrowShort.barW).to.be.above(150);
  });

  // The bars had stopped where "5,00 Sangat Baik" would still fit after them: on a phone the scale
  // from 1 to 5 took 95 px of 328, with 120 px empty beside the top row's 4,09.
  for (const width of [320, 360, 528, 800, 1100])
    it(`at ${width} px the bars are as long as the rows' figures allow: every figure ends inside, the furthest at the edge`, () => {
      for (const [filter, lang] of [[{ province: 'Lampung', highlight: '18.72' }, 'id'], [{ kind: 'kota' }, 'en']] as const) {
        const m = rankModel(national, filter, lang);
        const l = layoutRanking(m, m.rows, { width, lang });
        // Figures as the layout estimates them without a browser: 0.6 em of 12 px, bold a tenth wider.
        const ends = l.lines.filter((x) => x.row).map((x) => x.valueX + x.value.length * 7.2 * (x.row!.highlight ? 1.1 : 1));
        for (const e of ends) expect(e).to.be.at.most(width + 0.01);
        // Either a figure reaches the edge, or the scale's end (its "5" centred there) stops the bars.
        const end = l.barX + l.barW;
        expect(end).to.be.at.most(width - 6 + 0.01);
        expect(Math.max(...ends) > width - 3 || end > width - 6.01, `the furthest figure ends at ${Math.max(...ends)}, the bars at ${end}`).to.equal(true);
      }
    });

  it('the rule is cut where a figure after a bar stands on it, and drawn everywhere else', () => {
    const m = rankModel(national, { province: 'Lampung' }, 'id');
    for (const width of [800, 320]) {
      const l = layoutRanking(m, m.rows, { width, lang: 'id' });
      const rule = l.rule!;
      // A figure's box (it starts 6 px after its bar), with 3 px of room each side.
      const box = (line: RankLine) => ({ x1: l.barX + line.barW + 3, x2: l.barX + line.barW + 9 + labelWidth(line.value, 12), y1: line.y + l.valueY - 10, y2: line.y + l.valueY + 3 });
      const on = (line: RankLine) => rule.x >= box(line).x1 && rule.x <= box(line).x2;
      const crossed = l.lines.filter(on).map(box);
      // Lampung 2024 against 3,12: the figures of the rows below it stand on the rule.
      expect(crossed.length, `crossed at ${width} px`).to.be.above(2);
      const overlaps = (b: ReturnType<typeof box>) => rule.spans.some(([y1, y2]) => y1 < b.y2 && y2 > b.y1);
      expect(crossed.filter(overlaps), `figures the rule crosses at ${width} px`).to.deep.equal([]);
      // Beside every other row it is drawn, over the bars too.
      for (const line of l.lines.filter((line) => !on(line))) {
        const y = line.y + l.barY + l.barH / 2;
        expect(rule.spans.some(([y1, y2]) => y1 <= y && y <= y2), `${line.name} at ${width} px`).to.equal(true);
      }
    }
  });
});

describe('<spbe-ranking>', () => {
  afterEach(() => {
    document.querySelectorAll('spbe-ranking').forEach((e) => e.remove());
    clearLoadCache();
  });

  // The layout cuts the rule by estimated text widths; this holds the cut to the boxes the browser draws.
  for (const [lang, width] of [
    ['en', 1100],
    ['id', 1100],
    ['en', 360],
  ] as const)
    it(`the national rule never runs through a figure as the browser draws it (${lang}, ${width} px)`, async () => {
      const box = document.createElement('div');
      box.style.width = `${width}px`;
      document.body.append(box);
      const { el } = await mount({ src: NAT, province: 'Lampung', lang }, box);
      const path = q(el, '[part~="rule"] path')!.getAttribute('d')!;
      const x = Number(path.match(/^M([\d.]+)/)![1]);
      const pieces = [...path.matchAll(/M[\d.]+ ([\d.]+)V([\d.]+)/g)].map(([, a, b]) => [Number(a), Number(b)]);
      const figures = qa(el, 'text.value').map((t) => ({ t: t.textContent, b: (t as SVGTextElement).getBBox() }));
      const across = figures.filter(({ b }) => b.x - 1 <= x && x <= b.x + b.width + 1);
      expect(across.length, 'figures the rule passes').to.be.above(2);
      for (const { t, b } of across) expect(pieces.some(([y1, y2]) => y1 < b.y + b.height && y2 > b.y), `the rule through "${t}"`).to.equal(false);
      box.remove();
    });

  for (const [width, font] of [
    [360, ''],
    [700, ''],
    [1100, ''],
    // The page's font, through --spbe-font-family: a monospace one is a fifth wider.
    [1100, "'DejaVu Sans Mono'"],
    [360, "'DejaVu Sans Mono'"],
    // A reader's own text spacing (WCAG 1.4.12: letters 0.12 em, words 0.16 em apart), set on the page.
    [1100, 'spacing'],
    [360, 'spacing'],
  ] as const)
    it(`long names, as the browser draws them, end before the bars (or the edge) at ${width} px${font === 'spacing' ? ' with the reader\'s text spacing' : font ? ` in ${font}` : ''}; a cut one says "…" and its whole name on hover`, async () => {
      const box = document.createElement('div');
      box.style.width = `${width}px`;
      if (font === 'spacing') [box.style.letterSpacing, box.style.wordSpacing] = ['0.12em', '0.16em'];
      else if (font) box.style.setProperty('--spbe-font-family', font);
      document.body.append(box);
      const { el } = await mount({ src: NAT, kind: 'instansi_pusat', highlight: 'Kementerian Perencanaan Pembangunan Nasional/Badan Perencanaan Pembangunan Nasional' }, box);
      const svg = q(el, '[part~="plot"] svg') as SVGSVGElement;
      const barX = Number(q(el, '[part~="bar"]')!.getAttribute('x'));
      const stacked = barX === Number(q(el, '.name')!.getAttribute('x'));
      const limit = stacked ? svg.width.baseVal.value : barX - 4;
      let cut = 0;
      for (const g of qa(el, '[part~="row"]')) {
        const name = g.querySelector('.name') as SVGTextElement;
        const b = name.getBBox();
        expect(b.x + b.width, `${name.textContent} at ${width} px`).to.be.at.most(limit);
        if (name.textContent!.endsWith('…')) {
          cut++;
          const whole = g.querySelector('title')!.textContent!;
          expect(whole.startsWith(name.textContent!.slice(0, -1).trimEnd()), whole).to.equal(true);
        } else expect(g.querySelector('title')).to.equal(null);
      }
      expect(cut, 'some names are cut').to.be.above(0);
      box.remove();
    });

  it('a web font that arrives after the first drawing: the names are measured and cut again in it, as if it had been there from the start', async () => {
    // The page names its font before the font has loaded (font-display: swap): the first drawing
    // is measured in the fallback, a monospace one here, a fifth wider than Nunito Sans.
    const family = 'SpbeLateFont';
    const box = document.createElement('div');
    box.style.width = '1100px';
    box.style.setProperty('--spbe-font-family', `'${family}', 'DejaVu Sans Mono'`);
    document.body.append(box);
    const attrs = { src: NAT, kind: 'instansi_pusat' };
    const { el: late } = await mount(attrs, box);
    const names = (el: Element) => qa(el, '.name').map(text);
    const before = names(late);
    const face = new FontFace(family, 'url(/node_modules/storybook/assets/browser/nunito-sans-regular.woff2)');
    document.fonts.add(face);
    await face.load();
    await new Promise((r) => requestAnimationFrame(r));
    await late.updateComplete;
    const { el: fresh } = await mount(attrs, box);
    expect(names(fresh), 'the font changes where names are cut').not.to.deep.equal(before);
    expect(names(late)).to.deep.equal(names(fresh));
    const barX = Number(q(late, '[part~="bar"]')!.getAttribute('x'));
    for (const name of qa(late, '.name') as SVGTextElement[]) {
      const b = name.getBBox();
      expect(b.x + b.width, name.textContent!).to.be.at.most(barX - 4);
    }
    document.fonts.delete(face);
    box.remove();
  });

  it('Lampung 2024 from the national dataset: Kota Metro 6th of 16, ▼2 from 4th in 2023, highlighted', async () => {
    const { el, event } = await mount({ src: NAT, province: 'Lampung', highlight: '18.72' });
    expect(event.type).to.equal('spbe-load');
    const r = rows(el);
    expect(r).to.have.length(16);
    expect(r[5]).to.deep.equal({ rank: '6', change: '▼2', name: 'Kota Metro', highlight: true });
    expect(r.filter((x) => x.highlight)).to.have.length(1);
    expect(text(q(el, '[part~="title"]'))).to.equal('2024 · Lampung · 16 instansi');
    const label = plot(el).getAttribute('aria-label')!;
    expect(label).to.contain('Pemerintah Kota Metro: peringkat 6 dari 16, 3,34 (Baik), turun 2 dari peringkat 4 pada 2023');
    expect(label).to.contain('Nasional 3,12');
    expect(text(q(el, '[part~="rule"] text'))).to.equal('Nasional 3,12');
    // Predikat as colour (the bar's band class) and as text.
    const metro = qa(el, '[part~="row"]')[5];
    expect(metro.querySelector('[part~="bar"]')!.getAttribute('class')).to.equal('band-3');
    expect(text(qa(el, '.value')[5])).to.equal('3,34 Baik');
    expect(qa(el, '[part~="legend"] li').map(text)).to.deep.equal(['Kurang', 'Cukup', 'Baik', 'Sangat Baik', 'Memuaskan', 'Nasional 3,12']);
  });

  it('its data table lists every row with its rank the year before and the change; CSV-ready', async () => {
    const { el } = await mount({ src: NAT, province: 'Lampung', highlight: '18.72' });
    const trs = qa(el, 'tbody tr');
    expect(trs).to.have.length(16);
    const metro = trs.find((tr) => tr.classList.contains('highlight'))!;
    expect([...metro.children].map(text)).to.deep.equal(['6', 'Pemerintah Kota Metro', '3,34', 'Baik', '4', 'turun 2 dari peringkat 4 pada 2023']);
    expect(qa(el, 'thead th').map(text)).to.deep.equal(['Peringkat', 'Instansi', 'Indeks', 'Predikat', 'Peringkat 2023', 'Perubahan']);
  });

  it('600 rows: the top 20 and Kota Metro, then all 615 with "show all", scrolling in its own box and drawn near the view', async () => {
    const { el } = await mount({ src: NAT, highlight: '18.72' });
    expect(rows(el)).to.have.length(23);
    expect(qa(el, '.gap').map(text)[0]).to.match(/^… \d+ instansi lainnya$/);
    expect(rows(el).some((r) => r.highlight)).to.equal(true);
    expect(qa(el, 'tbody tr'), 'the table has every row').to.have.length(615);
    const more = q(el, '[part~="more"]') as HTMLButtonElement;
    expect(text(more)).to.equal('Tampilkan semua (615)');
    const t0 = performance.now();
    more.click();
    await el.updateComplete;
    const ms = performance.now() - t0;
    expect(el.showAll).to.equal(true);
    expect(more.getAttribute('aria-pressed')).to.equal('true');
    const box = plot(el);
    expect(box.classList.contains('scroll')).to.equal(true);
    // Every row has its place in the scrolling box; those near the view are drawn.
    const rowHeight = Number(q(el, '[part~="row"] .back')!.getAttribute('height')) + 2;
    expect(Number(q(el, 'svg')!.getAttribute('height'))).to.be.above(615 * rowHeight);
    expect(box.scrollHeight).to.be.above(box.clientHeight);
    const drawn = rows(el);
    expect(drawn.length).to.be.within(Math.ceil(box.clientHeight / rowHeight), 615 / 4);
    expect(drawn[0].rank).to.equal('1');
    console.log(`ranking: "show all" (615 rows, ${drawn.length} drawn) in ${ms.toFixed(0)} ms`);
    // Scrolled to the end, the last rows are drawn, and the first ones no longer.
    const scrolled = oneEvent(box, 'scroll');
    box.scrollTop = box.scrollHeight;
    await scrolled;
    await el.updateComplete;
    const last = (el as unknown as { model: RankModel }).model.rows.at(-1)!;
    expect(rows(el).at(-1)!.name).to.equal(last.name.replace(/^Pemerintah\s+/, ''));
    expect(rows(el).some((r) => r.rank === '1')).to.equal(false);
    // Printed, the whole list.
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(rows(el)).to.have.length(615);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(rows(el).length).to.be.below(615 / 4);
    more.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(23);
  });

  it('scrolled step by step, the long list stays where the reader put it, drawn where it is', async () => {
    const { el } = await mount({ src: NAT, 'show-all': '' });
    const box = plot(el);
    for (let i = 1; i <= 12; i++) {
      const scrolled = oneEvent(box, 'scroll');
      box.scrollTop += 200;
      await scrolled;
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
    }
    expect(box.scrollTop).to.equal(2400);
    // The rows in the box's view are drawn.
    const b = box.getBoundingClientRect();
    const inView = qa(el, '[part~="row"]').filter((g) => {
      const r = g.getBoundingClientRect();
      return r.bottom > b.top && r.top < b.bottom;
    });
    expect(inView.length).to.be.at.least(Math.floor(box.clientHeight / 40));
    // The page turns "show all" off and on again: the list is at its top, drawn there.
    el.showAll = false;
    await el.updateComplete;
    el.showAll = true;
    await el.updateComplete;
    expect(box.scrollTop).to.equal(0);
    expect(rows(el)[0].rank).to.equal('1');
  });

  it('is axe-clean, light and dark, short and long', async () => {
    const { el } = await mount({ src: NAT, province: 'Lampung', highlight: '18.72', export: '' });
    await expect(el).to.be.accessible();
    (q(el, '[part~="table-toggle"]') as HTMLElement).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    const { el: long } = await mount({ src: NAT, highlight: '18.72', kind: 'kota', lang: 'en' });
    await expect(long).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('keyboard: focus lands on the highlighted row; arrows, Home, End move; Enter fires spbe-select', async () => {
    const { el } = await mount({ src: NAT, province: 'Lampung', highlight: '18.72' });
    plot(el).focus();
    await el.updateComplete;
    expect(text(q(el, '[aria-live]'))).to.equal('Pemerintah Kota Metro: peringkat 6 dari 16, 3,34 (Baik), turun 2 dari peringkat 4 pada 2023');
    expect(q(el, '[part~="row"].active .name')!.textContent).to.equal('Kota Metro');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(text(q(el, '[aria-live]'))).to.match(/^Pemerintah Kab\. Tanggamus: peringkat 5 dari 16, 3,44 \(Baik\), naik 6 dari peringkat 11 pada 2023$/);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(text(q(el, '[aria-live]'))).to.match(/peringkat 16 dari 16/);
    await sendKeys({ press: 'Home' });
    const selected = oneEvent(el, 'spbe-select') as Promise<CustomEvent<RankingSelectDetail>>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail).to.deep.equal({ key: '18', name: 'Pemerintah Provinsi Lampung', code: '18', year: 2024, rank: 1, of: 16, index: 4.09, previous: 1 });
  });

  it('the ranking is made once per data and filter, not again on each key (615 rows, two years sorted)', async () => {
    const { el } = await mount({ src: NAT, highlight: '18.72' });
    const model = () => (el as unknown as { model: unknown }).model;
    const first = model();
    plot(el).focus();
    for (const press of ['ArrowDown', 'ArrowDown', 'End']) {
      await sendKeys({ press });
      await el.updateComplete;
    }
    expect(model()).to.equal(first);
    el.setAttribute('kind', 'kota');
    await el.updateComplete;
    expect(model()).to.not.equal(first);
    expect(rows(el)).to.have.length(23);
    el.lang = 'en';
    await el.updateComplete;
    expect(text(q(el, '[part~="more"]'))).to.equal('Show all (93)');
  });

  it('keys keep the active row in view inside the scrolling list ("show all", 615 rows)', async () => {
    const { el } = await mount({ src: NAT, 'show-all': '' });
    const box = plot(el);
    expect(box.scrollHeight).to.be.above(box.clientHeight);
    box.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const inView = () => {
      const row = q(el, '[part~="row"].active')!.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      return row.top >= b.top - 1 && row.bottom <= b.bottom + 1;
    };
    expect(box.scrollTop).to.be.above(0);
    expect(inView()).to.equal(true);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(box.scrollTop).to.equal(0);
    expect(inView()).to.equal(true);
  });

  it('a click on a row selects it', async () => {
    const { el } = await mount({ src: NAT, province: 'Lampung' });
    const row = qa(el, '[part~="row"]')[2].querySelector('.back')!.getBoundingClientRect();
    const selected = oneEvent(el, 'spbe-select') as Promise<CustomEvent<RankingSelectDetail>>;
    plot(el).dispatchEvent(new MouseEvent('click', { clientX: row.left + 40, clientY: row.top + row.height / 2, bubbles: true, composed: true }));
    expect((await selected).detail).to.include({ name: 'Pemerintah Kab. Way Kanan', rank: 3 });
  });

  it('a filter nothing matches says so (and not that the highlight is missing)', async () => {
    const { el } = await mount({ src: NAT, province: 'Atlantis', highlight: '18.72' });
    expect(rows(el)).to.have.length(0);
    expect(qa(el, '.note').map(text)).to.deep.equal(['Tidak ada instansi dengan pilihan ini.']);
    await expect(el).to.be.accessible();
  });

  it('a limit that is not a positive number is the default 20, not an empty list', async () => {
    for (const limit of ['abc', '0', '-3']) {
      const { el } = await mount({ src: NAT, limit });
      expect(rows(el), `limit="${limit}"`).to.have.length(20);
      expect(text(q(el, '[part~="more"]'))).to.equal('Tampilkan semua (615)');
      el.remove();
    }
    const { el } = await mount({ src: NAT, limit: '7.9' });
    expect(rows(el)).to.have.length(7);
  });

  it('year, kind and lang attributes; a highlight not in the list says so', async () => {
    const { el } = await mount({ src: NAT, province: 'Lampung', year: '2023', lang: 'en', highlight: '35.78' });
    expect(rows(el)[3]).to.deep.equal({ rank: '4', change: '', name: 'Kota Metro', highlight: false });
    expect(text(q(el, '[part~="title"]'))).to.equal('2023 · Lampung · 16 instansi');
    expect(text(q(el, '.note'))).to.equal('Instansi 35.78 is not in this list.');
    el.setAttribute('year', '2024');
    el.setAttribute('kind', 'kota');
    await el.updateComplete;
    expect(rows(el).map((r) => r.name)).to.deep.equal(['Kota Metro', 'Kota Bandar Lampung']);
  });

  it('error state: a missing file and a wrong document, in the widget and as spbe-error', async () => {
    const { el, event } = await mount({ src: '/test/fixtures/tidak-ada.json' });
    expect(event.type).to.equal('spbe-error');
    expect((event as SpbeErrorEvent).error.kind).to.equal('http');
    expect(q(el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
    const bad = await mount({ src: '/test/fixtures/bad/decimal-comma.json' });
    expect(bad.event.type).to.equal('spbe-error');
    expect(text(q(bad.el, '[part~="error"]'))).to.contain('results[0].evaluations[3].index');
    const empty = document.createElement('spbe-ranking') as SpbeRanking;
    const err = oneEvent(empty, 'spbe-error') as Promise<SpbeErrorEvent>;
    empty.data = { results: [] };
    document.body.append(empty);
    expect((await err).error.issues.map((i) => i.path)).to.deep.equal(['results']);
  });

  it('a single data document is a list of one; data from an inline property renders at once', async () => {
    const { el } = await mount({ src: '/test/fixtures/kota-metro.json', highlight: '18.72' });
    expect(rows(el)).to.deep.equal([{ rank: '1', change: '=', name: 'Kota Metro', highlight: true }]);
    const inline = document.createElement('spbe-ranking') as SpbeRanking;
    inline.data = { results: [{ instansi: { name: 'A' }, evaluations: [{ year: 2024, index: 3 }] }, { instansi: { name: 'B' }, evaluations: [{ year: 2024, index: 4 }] }] };
    document.body.append(inline);
    await inline.updateComplete;
    expect(rows(inline).map((r) => `${r.rank} ${r.name}`)).to.deep.equal(['1 B', '2 A']);
    expect(text(q(inline, '[part~="rule"] text'))).to.equal('Rata-rata 3,50');
  });

  it('reads the official result table as CSV: the same Lampung ranking, titled by its province, the rows\' mean as the rule', async () => {
    // Lampung's rows of the national table, as a city would keep them.
    const table = (await (await fetch('/data/nasional/spbe-results-2023-2024.csv')).text()).split(/\r?\n/);
    const lampung = [table[0], ...table.filter((l) => /,Lampung,(kota|kabupaten|provinsi)$/.test(l))].join('\n');
    const url = URL.createObjectURL(new Blob([lampung], { type: 'text/csv' }));
    const { el, event } = await mount({ src: url, highlight: 'Pemerintah Kota Metro' });
    URL.revokeObjectURL(url);
    expect(event.type, JSON.stringify((event as SpbeErrorEvent).error?.issues)).to.equal('spbe-load');
    expect(rows(el)[5]).to.deep.equal({ rank: '6', change: '▼2', name: 'Kota Metro', highlight: true });
    expect(rows(el)).to.have.length(16);
    // One province's own table is titled by it, not "Nasional" (the national dataset is).
    expect(text(q(el, '[part~="title"]'))).to.equal('2024 · Lampung · 16 instansi');
    expect(rankModel(parseSpbeResults(await fetch(NAT).then((r) => r.json())), {}, 'id').scope).to.equal('Nasional');
    // A CSV has no national figures: the rule is the mean of the rows.
    expect(text(q(el, '[part~="rule"] text'))).to.match(/^Rata-rata \d,\d\d$/);
  });

  it('the national table as published: its one bad cell (Banyuasin 2023) is left out and said so where it matters, as a partial spbe-error', async () => {
    const NATCSV = '/data/nasional/spbe-results-2023-2024.csv';
    // Lampung: the row is not in this ranking; the page is told, the reader is not.
    const lampung = document.createElement('spbe-ranking') as SpbeRanking;
    lampung.setAttribute('province', 'Lampung');
    const events: string[] = [];
    for (const type of ['spbe-load', 'spbe-error']) lampung.addEventListener(type, () => events.push(type));
    const partial = oneEvent(lampung, 'spbe-error') as Promise<SpbeErrorEvent>;
    lampung.src = NATCSV;
    document.body.append(lampung);
    const { error, partial: isPartial } = (await partial).detail;
    expect(isPartial).to.equal(true);
    expect(events).to.deep.equal(['spbe-load', 'spbe-error']);
    expect(error.issues.map((i) => `${i.path} ${i.code}`)).to.deep.equal(['line 212, D4_layanan range']);
    expect(error.params).to.include({ skipped: 1, total: 1236 });
    await lampung.updateComplete;
    expect(rows(lampung)[5]).to.include({ rank: '6', name: 'Kota Metro' });
    expect(q(lampung, '.note')).to.equal(null);
    // Sumatera Selatan: Banyuasin's 2023 row would be in it, so the list says it is not.
    const { el } = await mount({ src: NATCSV, province: 'Sumatera Selatan' });
    expect(text(q(el, '.note'))).to.equal('Baris yang tidak sah dilewati: Pemerintah Kab. Banyuasin 2023 (baris 212). Peringkat ini dihitung tanpanya.');
    expect(rows(el).find((r) => r.name === 'Kab. Banyuasin')?.change).to.equal('•');
  });

  it('a CSV whose instansi has a year twice: the second row is left out, named by its line; a table with no good row is an error', async () => {
    const load = async (csv: string) => {
      const el = document.createElement('spbe-ranking') as SpbeRanking;
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const told = oneEvent(el, 'spbe-error') as Promise<SpbeErrorEvent>;
      el.src = url;
      document.body.append(el);
      const event = await told;
      URL.revokeObjectURL(url);
      await el.updateComplete;
      return { el, event };
    };
    const twice = await load('instansi,tahun,indeks\nA,2024,3\nB,2024,2\nA,2024,2.5\n');
    expect(twice.event.partial).to.equal(true);
    expect(twice.event.error.issues.map((i) => `${i.path} ${i.code}`)).to.deep.equal(['line 4, year duplicate']);
    expect(rows(twice.el).map((r) => `${r.rank} ${r.name}`)).to.deep.equal(['1 A', '2 B']);
    expect(text(q(twice.el, '.note'))).to.contain('A 2024 (baris 4)');
    const none = await load('instansi,tahun,indeks\nA,2024,9\nB,2024,x\n');
    expect(none.event.partial).to.not.equal(true);
    expect(none.event.error.issues.map((i) => i.path)).to.deep.equal(['line 2, indeks', 'line 3, indeks', 'results']);
    expect(q(none.el, '[part~="error"]')).to.not.equal(null);
  });

  it('names from data are text, never markup', async () => {
    const el = document.createElement('spbe-ranking') as SpbeRanking;
    el.data = { results: [{ instansi: { name: '<img src=x onerror=alert(1)>' }, evaluations: [{ year: 2024, index: 3 }] }] };
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(q(el, '.name'))).to.contain('<img');
  });
});
