import { legacyCategoryRedirect } from '../../../src/reader-site/urls';
import { isSearchable } from '../../../src/reader-site/templates/pages/search';

describe('legacyCategoryRedirect: the old home filter ?kategorie= moved to /kategorie/<slug>', () => {
  const redirect = (locale: string, query: string) => legacyCategoryRedirect(locale, new URLSearchParams(query));

  it('sends the filter, with its page, to the category page of the same language', () => {
    expect(redirect('de', 'kategorie=studien')).toBe('/kategorie/studien');
    expect(redirect('en', 'kategorie=studien&seite=3')).toBe('/en/kategorie/studien?seite=3');
    expect(redirect('de', 'kategorie=a%2Fb%20c')).toBe('/kategorie/a%2Fb%20c');
  });

  it('drops page 1 and page values that are no page number', () => {
    expect(redirect('de', 'kategorie=studien&seite=1')).toBe('/kategorie/studien');
    expect(redirect('de', 'kategorie=studien&seite=0')).toBe('/kategorie/studien');
    expect(redirect('de', 'kategorie=studien&seite=//evil.example')).toBe('/kategorie/studien');
  });

  it('is no redirect without a category', () => {
    expect(redirect('de', '')).toBeNull();
    expect(redirect('de', 'seite=2')).toBeNull();
    expect(redirect('de', 'kategorie=')).toBeNull();
  });
});

describe('isSearchable: the search page asks the API only what it accepts', () => {
  it('needs 2 to 100 characters with a letter or digit', () => {
    expect(isSearchable('ab')).toBe(true);
    expect(isSearchable('für')).toBe(true);
    expect(isSearchable('a')).toBe(false);
    expect(isSearchable('!?')).toBe(false);
    expect(isSearchable('x'.repeat(100))).toBe(true);
    expect(isSearchable('x'.repeat(101))).toBe(false);
  });
});
