import {
  layoutTitle,
  leadFigure,
  shareCardAlt,
  shareCardContent,
  shareCardKey,
  SHARE_CARD_TEXT_WIDTH,
  TITLE_SIZES_WITH_FIGURE,
  TITLE_SIZES_WITHOUT_FIGURE,
  textWidth,
  wrapText,
} from '../../../src/domain/share-card';

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
    expect(leadFigure([{ __component: 'blocks.study-stat', rendered: null }, stat({ display: '5', label: 'x' })])).toEqual({ display: '5', label: 'x' });
  });

  it('cuts a long label at a word with an ellipsis', () => {
    const label = 'der Befragten sagen, dass die größte Hürde für erfolgreiche Social-Media-Arbeit nicht Budget oder Technik ist, sondern das eigene Unternehmen mit seinen Abstimmungswegen';
    const { label: cut } = leadFigure([stat({ display: '42\u00a0%', label })])!;
    expect(cut.length).toBeLessThanOrEqual(110);
    expect(cut).toMatch(/\S…$/);
    expect(label.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('sets the 2014 title in two lines at the largest size, every line within the card', () => {
    const content = shareCardContent({ siteName: ' Social-Media-Blog ', title: MAIN_TITLE, locale: 'de', blocks: [stat({ display: '2 von 3', label: 'der Befragten' })] });
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
