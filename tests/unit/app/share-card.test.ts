import {
  layoutTitle,
  leadChart,
  leadFigure,
  shareCardAlt,
  shareCardContent,
  shareCardKey,
  SHARE_CARD_TEXT_WIDTH,
  TITLE_SIZES_WITH_FIGURE,
  TITLE_SIZES_WITHOUT_FIGURE,
  textWidth,
  wrapText,
} from '../../../src/reader-site/share-card/rules';

const stat = (...figures: Array<{ display: string; label: string }>) => ({ __component: 'blocks.study-stat', rendered: { figures } });
const MAIN_TITLE = 'Studie: Social Media Manager – kleine Teams, viele Ziele';

describe('share card content', () => {
  it('leads with the first figure of the first study-stat block that has one, as the API formatted it', () => {
    const blocks = [
      { __component: 'blocks.rich-text' },
      { __component: 'blocks.study-stat', rendered: { figures: [] } },
      stat({ display: '80\u00a0%', label: 'der Befragten arbeiten im Team' }, { display: '2 von 3', label: 'zweite Zahl' }),
      stat({ display: '13,7\u00a0%', label: 'später' }),
    ];
    expect(leadFigure(blocks)).toEqual({ display: '80\u00a0%', label: 'der Befragten arbeiten im Team' });
    expect(leadFigure([{ __component: 'blocks.quote' }])).toBeNull();
    expect(leadFigure(null)).toBeNull();
    // A block whose statistics could not be rendered has no figures; the next one leads.
    expect(leadFigure([{ __component: 'blocks.study-stat', rendered: null }, stat({ display: '5', label: 'x' })])).toEqual({
      display: '5',
      label: 'x',
    });
  });

  it('cuts a long label at a word with an ellipsis', () => {
    const label =
      'der Befragten sagen, dass die größte Hürde für erfolgreiche Social-Media-Arbeit nicht Budget oder Technik ist, sondern das eigene Unternehmen mit seinen Abstimmungswegen';
    const { label: cut } = leadFigure([stat({ display: '42\u00a0%', label })])!;
    expect(cut.length).toBeLessThanOrEqual(110);
    expect(cut).toMatch(/\S…$/);
    expect(label.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('sets the 2014 title in two lines at the largest size, every line within the card', () => {
    const content = shareCardContent({
      siteName: ' Social-Media-Blog ',
      title: MAIN_TITLE,
      locale: 'de',
      blocks: [stat({ display: '2 von 3', label: 'der Befragten' })],
    });
    expect(content.siteName).toBe('Social-Media-Blog');
    expect(content.titleSize).toBe(TITLE_SIZES_WITH_FIGURE[0]);
    expect(content.titleLines).toEqual(['Studie: Social Media Manager –', 'kleine Teams, viele Ziele']);
    expect(content.titleLines.join(' ')).toBe(MAIN_TITLE);
  });

  it('without a figure the title may be larger', () => {
    const content = shareCardContent({ siteName: 'Blog', title: 'Kurzer Titel', locale: 'en', blocks: [] });
    expect(content.figure).toBeNull();
    expect(content.titleSize).toBe(TITLE_SIZES_WITHOUT_FIGURE[0]);
    expect(content.titleLines).toEqual(['Kurzer Titel']);
  });

  it('breaks long German compounds after their hyphens, or with an added hyphen, and never overflows', () => {
    const compound = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenherstellungsbetriebsverordnung';
    const hyphenated = 'Social-Media-Budget-Monitor-Ergebnisse-Zusammenfassung-Kurzfassung-Langfassung';
    for (const title of [`${compound} im Überblick`, hyphenated]) {
      const { lines, size } = layoutTitle(title, true);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.length).toBeLessThanOrEqual(3);
      for (const line of lines) expect(textWidth(line, size)).toBeLessThanOrEqual(SHARE_CARD_TEXT_WIDTH);
    }
    const hyphenLines = wrapText(hyphenated, SHARE_CARD_TEXT_WIDTH, 64);
    // Cut where the word has its own hyphens, and the pieces join back without spaces.
    for (const line of hyphenLines.slice(0, -1)) expect(line.endsWith('-')).toBe(true);
    expect(hyphenLines.join('')).toBe(hyphenated);
    const compoundLines = wrapText(compound, SHARE_CARD_TEXT_WIDTH, 64);
    expect(compoundLines[0].endsWith('-')).toBe(true);
    expect(compoundLines.map((l, i) => (i < compoundLines.length - 1 ? l.slice(0, -1) : l)).join('')).toBe(compound);
  });

  it('shrinks, then cuts a very long title to three lines ending in an ellipsis', () => {
    const title = Array.from({ length: 12 }, (_, i) => `Abschnitt ${i + 1} über Reichweite und Relevanz`).join(', ');
    const { lines, size } = layoutTitle(title, true);
    expect(size).toBe(TITLE_SIZES_WITH_FIGURE.at(-1));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/\S…$/);
    for (const line of lines) expect(textWidth(line, size)).toBeLessThanOrEqual(SHARE_CARD_TEXT_WIDTH);
  });

  it('keeps markup as plain text and drops control characters', () => {
    const content = shareCardContent({ siteName: 'Blog', title: '<script>alert(1)</script>\u0000 Titel', locale: 'de', blocks: [] });
    expect(content.title).toBe('<script>alert(1)</script> Titel');
    expect(content.titleLines.join(' ')).toBe('<script>alert(1)</script> Titel');
  });

  it('keys a card by what is drawn: same inputs same key, any drawn change a new one', () => {
    const base = { siteName: 'Blog', title: MAIN_TITLE, locale: 'de', blocks: [stat({ display: '2 von 3', label: 'der Befragten' })] };
    const key = shareCardKey(shareCardContent(base));
    expect(key).toMatch(/^[\w-]{32}$/);
    expect(shareCardKey(shareCardContent({ ...base, blocks: [...base.blocks, stat({ display: '9', label: 'not drawn' })] }))).toBe(key);
    for (const changed of [
      { ...base, siteName: 'Anderer Blog' },
      { ...base, title: `${MAIN_TITLE}!` },
      { ...base, locale: 'en' },
      { ...base, blocks: [stat({ display: '2 of 3', label: 'der Befragten' })] },
      { ...base, blocks: [stat({ display: '2 von 3', label: 'der Befragten insgesamt' })] },
    ]) {
      expect(shareCardKey(shareCardContent(changed))).not.toBe(key);
    }
  });
});

describe('share card alt text', () => {
  it('says the title and, when there is one, the lead figure with its label', () => {
    expect(shareCardAlt(MAIN_TITLE, { display: '2 von 3', label: 'der Befragten' })).toBe(`${MAIN_TITLE}: 2 von 3 der Befragten`);
    expect(shareCardAlt(' Nur  Titel ', null)).toBe('Nur Titel');
  });
});

describe('the lead chart on the card', () => {
  const pct = (label: string, value: number) => ({ label, display: `${value} %`, value, unit: 'percent' as const, base: null });
  const bars = (...figures: any[]) => ({ __component: 'blocks.study-stat', rendered: { chart: { kind: 'bars' }, figures } });

  it('draws the lead block’s bars on the 0–100 % scale, "2 von 3" as 66.7 %, at most three', () => {
    const chart = leadChart([
      { __component: 'blocks.rich-text' },
      bars(
        { label: 'Team', display: '2 von 3', value: 2, unit: 'share', base: 3 },
        pct('Einzelperson', 80),
        pct('Fünf bis zehn', 13.7),
        pct('Vierter', 5),
      ),
    ]);
    expect(chart!.kind).toBe('bars');
    expect(chart!.bars.map((bar) => [bar.label, bar.display, Math.round(bar.percent * 10) / 10, bar.earlier])).toEqual([
      ['Team', '2 von 3', 66.7, false],
      ['Einzelperson', '80 %', 80, false],
      ['Fünf bis zehn', '13.7 %', 13.7, false],
    ]);
  });

  it('a comparison: the first continued statistic in both editions, earlier first', () => {
    const chart = leadChart([
      {
        __component: 'blocks.study-stat',
        rendered: {
          chart: { kind: 'compare' },
          studies: [{ publishedOn: '2026-09-01' }],
          figures: [{ ...pct('Einzelperson', 64), earlier: { edition: '2014', display: '80 %', value: 80, unit: 'percent', base: null } }],
        },
      },
    ]);
    expect(chart).toEqual({
      kind: 'compare',
      heading: 'Einzelperson',
      bars: [
        { label: '2014', display: '80 %', percent: 80, earlier: true },
        { label: '2026', display: '64 %', percent: 64, earlier: false },
      ],
    });
  });

  it('none for tiles, pictograms or counts: the card shows the lead figure then', () => {
    expect(leadChart([{ __component: 'blocks.study-stat', rendered: { chart: { kind: 'tiles' }, figures: [pct('a', 5)] } }])).toBeNull();
    expect(
      leadChart([
        {
          __component: 'blocks.study-stat',
          rendered: { chart: { kind: 'pictogram' }, figures: [{ label: 'a', display: '2 von 3', value: 2, unit: 'share', base: 3 }] },
        },
      ]),
    ).toBeNull();
    expect(leadChart([bars({ label: 'Personen', display: '3', value: 3, unit: 'count', base: null })])).toBeNull();
    expect(leadChart([])).toBeNull();
  });

  it('keeps two bars under a three-line title, is part of the card’s key, and is said in the alt text', () => {
    const blocks = [bars(pct('Einzelperson', 80), pct('Fünf bis zehn', 13.7), pct('Dritter', 5))];
    const short = shareCardContent({ siteName: 'Blog', title: 'Kurz', locale: 'de', blocks });
    expect(short.chart!.bars).toHaveLength(3);
    const long = shareCardContent({
      siteName: 'Blog',
      title: 'Eine sehr lange Überschrift über Social-Media-Budgets, kleine Teams und die größte Hürde im eigenen Unternehmen',
      locale: 'de',
      blocks,
    });
    expect(long.titleLines).toHaveLength(3);
    expect(long.chart!.bars).toHaveLength(2);
    const other = shareCardContent({
      siteName: 'Blog',
      title: 'Kurz',
      locale: 'de',
      blocks: [bars(pct('Einzelperson', 81), pct('Fünf bis zehn', 13.7), pct('Dritter', 5))],
    });
    expect(shareCardKey(other)).not.toBe(shareCardKey(short));
    expect(shareCardAlt('Kurz', short.figure, short.chart)).toBe('Kurz: 80 % Einzelperson; 13.7 % Fünf bis zehn; 5 % Dritter');
  });
});
