import { composeDigestMail, type DigestMailInput } from '../../../src/plugins/editorial/server/src/notifications/digest-mail';

const ADMIN = 'https://cms.example.org/admin';
const edit = (id: string, locale = 'de') =>
  `${ADMIN}/content-manager/collection-types/api::article.article/${id}?plugins[i18n][locale]=${locale}`;

const input = (change: Partial<DigestMailInput> = {}): DigestMailInput => ({
  language: 'de',
  recipientName: 'Anna Schmidt',
  scope: 'owned',
  newlyOutdated: [
    {
      title: 'Instagram-Studie 2016',
      locale: 'de',
      kind: 'outdated',
      outdatedAt: new Date('2026-05-14T10:00:00Z'),
      editUrl: edit('abc123'),
    },
  ],
  dueSoon: [
    {
      title: 'LinkedIn für B2B',
      locale: 'en',
      kind: 'due-soon',
      outdatedAt: new Date('2026-07-04T22:30:00Z'),
      editUrl: edit('def456', 'en'),
    },
  ],
  olderOutdated: 3,
  olderOutdatedUrl: `${ADMIN}/plugins/editorial?filter=outdated&owner=me`,
  overviewUrl: `${ADMIN}/plugins/editorial`,
  timeZone: 'Europe/Berlin',
  ...change,
});

describe('composeDigestMail', () => {
  it('writes German: subject with counts, a plain text that stands on its own, every link', () => {
    const mail = composeDigestMail(input());
    expect(mail.subject).toBe('Aktualität: 1 Artikel neu veraltet, 1 bald fällig');
    expect(mail.text).toContain('Guten Tag Anna Schmidt,');
    expect(mail.text).toContain('für die Sie verantwortlich sind');
    expect(mail.text).toContain('Seit der letzten Zusammenfassung veraltet (1):');
    expect(mail.text).toContain('- Instagram-Studie 2016 [DE]\n  veraltet seit 14. Mai 2026\n  Bearbeiten: ' + edit('abc123'));
    // Berlin time: 22:30 UTC on 4 July is already 5 July.
    expect(mail.text).toContain('- LinkedIn für B2B [EN]\n  fällig am 5. Juli 2026\n  Bearbeiten: ' + edit('def456', 'en'));
    expect(mail.text).toContain(`Schon länger veraltet: 3 Artikel. Liste: ${ADMIN}/plugins/editorial?filter=outdated&owner=me`);
    expect(mail.text).toContain(`Alle Artikel in der Übersicht „Aktualität“: ${ADMIN}/plugins/editorial`);
    expect(mail.text).toMatch(/Abbestellen: .*E-Mail-Zusammenfassung/);
    expect(mail.text).not.toMatch(/<[a-z]/i);
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toContain(`<a href="${edit('abc123')}">Instagram-Studie 2016 [DE]</a> – veraltet seit 14. Mai 2026`);
  });

  it('writes English with unambiguous dates', () => {
    const mail = composeDigestMail(input({ language: 'en', olderOutdated: 1 }));
    expect(mail.subject).toBe('Freshness: 1 article newly outdated, 1 due soon');
    expect(mail.text).toContain('Hello Anna Schmidt,');
    expect(mail.text).toContain('outdated since 14 May 2026');
    expect(mail.text).toContain('due 5 Jul 2026');
    expect(mail.text).toContain('Outdated for longer: 1 article.');
    expect(mail.html).toContain('<html lang="en">');
    expect(composeDigestMail(input({ language: 'en', newlyOutdated: [], olderOutdated: 0 })).subject).toBe('Freshness: 1 article due soon');
    expect(composeDigestMail(input({ language: 'en', dueSoon: [] })).subject).toBe('Freshness: 1 article newly outdated');
  });

  it('leaves out empty sections, and says why an editor without articles gets it', () => {
    const mail = composeDigestMail(input({ scope: 'unowned', newlyOutdated: [], olderOutdated: 0 }));
    expect(mail.subject).toBe('Aktualität: 1 Artikel bald fällig');
    expect(mail.text).not.toContain('Seit der letzten Zusammenfassung');
    expect(mail.text).not.toContain('Schon länger veraltet');
    expect(mail.text).toContain('für die niemand verantwortlich ist');
    expect(mail.text).toContain('ohne eigene Artikel');
  });

  it('escapes editor text in the HTML and links only http(s) URLs', () => {
    const mail = composeDigestMail(
      input({
        recipientName: '<b>Mallory</b>',
        newlyOutdated: [
          {
            title: '<img src=x onerror=alert(1)> & "Tipps"',
            locale: null,
            kind: 'outdated',
            outdatedAt: new Date('2026-05-14T10:00:00Z'),
            editUrl: 'javascript:alert(1)',
          },
        ],
        dueSoon: [{ title: null, locale: null, kind: 'due-soon', outdatedAt: new Date('2026-06-01T10:00:00Z'), editUrl: edit('x1') }],
      }),
    );
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Tipps&quot;');
    expect(mail.html).toContain('&lt;b&gt;Mallory&lt;/b&gt;');
    expect(mail.html).not.toContain('javascript:');
    expect(mail.html).toContain('(ohne Titel)</a>');
    // The plain text keeps the title as typed: it is not markup.
    expect(mail.text).toContain('- <img src=x onerror=alert(1)> & "Tipps"\n');
  });
});
