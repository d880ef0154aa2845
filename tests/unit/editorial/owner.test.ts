import { mailLanguage, ownerName } from '../../../src/plugins/editorial/server/src/freshness/owner';

describe('freshness/owner', () => {
  it("names a user as Strapi's admin does: first and last name, else username, else e-mail", () => {
    expect(ownerName({ firstname: 'Mara', lastname: 'Müller', email: 'mara@example.org' })).toBe('Mara Müller');
    expect(ownerName({ firstname: ' Mara ', lastname: null })).toBe('Mara');
    expect(ownerName({ firstname: '', lastname: '', username: 'mmueller', email: 'mara@example.org' })).toBe('mmueller');
    expect(ownerName({ email: 'mara@example.org' })).toBe('mara@example.org');
    expect(ownerName({})).toBe('?');
  });

  it('writes mail in English for English admin users and German otherwise', () => {
    expect(mailLanguage('en')).toBe('en');
    expect(mailLanguage('en-GB')).toBe('en');
    expect(mailLanguage('de')).toBe('de');
    expect(mailLanguage('fr')).toBe('de');
    expect(mailLanguage(null)).toBe('de');
  });
});
