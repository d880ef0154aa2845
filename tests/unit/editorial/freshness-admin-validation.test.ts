import {
  MAX_BULK,
  validateDocumentQuery,
  validateMarkReviewedBody,
  validateOutdatedQuery,
  validateOverviewQuery,
} from '../../../src/plugins/editorial/server/src/freshness/validation';

const choice = { contentTypes: ['api::article.article', 'api::page.page'], defaultLocale: 'de' };
const DOC = 'a1b2c3d4e5f6g7h8i9j0k1l2';

/** The 400 Strapi sends for it: a ValidationError whose message names the parameter. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect((error as Error).name).toBe('ValidationError');
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('freshness/validation: the side panel query', () => {
  it('fills in the first content type and the default locale', async () => {
    expect(await validateDocumentQuery({ documentId: DOC }, choice)).toEqual({
      uid: 'api::article.article',
      documentId: DOC,
      locale: 'de',
    });
    expect(await validateDocumentQuery({ documentId: DOC, locale: 'en', contentType: 'api::page.page' }, choice)).toEqual({
      uid: 'api::page.page',
      documentId: DOC,
      locale: 'en',
    });
  });

  it.each([
    [{}, /documentId is required/],
    [{ documentId: '../../etc' }, /documentId must be a document id/],
    [{ documentId: DOC, locale: '<x>' }, /locale must look like/],
    [{ documentId: DOC, contentType: 'api::study.study' }, /contentType must be one of api::article.article, api::page.page/],
    [{ documentId: [DOC, DOC] }, /documentId/],
  ])('refuses %p naming the parameter', async (query, message) => {
    expect(await refusal(validateDocumentQuery(query as Record<string, unknown>, choice))).toMatch(message);
  });
});

describe('freshness/validation: the overview query', () => {
  it('gives every parameter its default', async () => {
    expect(await validateOverviewQuery({}, choice)).toEqual({
      uid: 'api::article.article',
      locale: 'de',
      filter: 'all',
      sort: 'outdatedAt',
      order: 'asc',
      q: '',
      page: 1,
      pageSize: 25,
      ownerId: null,
    });
  });

  it('takes what the admin page sends, trims and bounds the search', async () => {
    const query = await validateOverviewQuery(
      {
        filter: 'citesOldData',
        sort: 'title',
        order: 'desc',
        q: `  ${'x'.repeat(300)} `,
        page: '3',
        pageSize: '100',
        locale: 'en',
        other: 'ignored',
      },
      choice,
    );
    expect(query).toMatchObject({ filter: 'citesOldData', sort: 'title', order: 'desc', page: 3, pageSize: 100, locale: 'en' });
    expect(query.q).toHaveLength(200);
  });

  it("owner=me keeps the signed-in user's entries; without it, everyone's", async () => {
    expect((await validateOverviewQuery({ owner: 'me' }, choice, 7)).ownerId).toBe(7);
    expect((await validateOverviewQuery({ owner: 'all' }, choice, 7)).ownerId).toBeNull();
    expect((await validateOverviewQuery({}, choice, 7)).ownerId).toBeNull();
  });

  it.each([
    [{ filter: 'old' }, /filter must be one of all, outdated, dueSoon/],
    [{ sort: 'id' }, /sort must be one of/],
    [{ order: 'up' }, /order must be asc or desc/],
    [{ page: '0' }, /page must be a whole number from 1 to 100000/],
    [{ page: '1.5' }, /page must be a whole number/],
    [{ pageSize: '101' }, /pageSize must be a whole number from 1 to 100/],
    [{ pageSize: '-1' }, /pageSize/],
    [{ q: ['a', 'b'] }, /q/],
    [{ locale: 'de_DE' }, /locale must look like/],
    [{ owner: 'someone' }, /owner must be one of all, me/],
  ])('refuses %p naming the parameter', async (query, message) => {
    expect(await refusal(validateOverviewQuery(query as Record<string, unknown>, choice))).toMatch(message);
  });
});

describe('freshness/validation: the public outdated list', () => {
  it("reads Strapi's pagination[page] and a plain page alike", async () => {
    expect(await validateOutdatedQuery({ pagination: { page: '2', pageSize: '10' }, locale: 'en' }, choice)).toMatchObject({
      page: 2,
      pageSize: 10,
      locale: 'en',
      filter: 'all',
      sort: 'outdatedAt',
    });
    expect(await validateOutdatedQuery({ page: '4' }, choice)).toMatchObject({ page: 4, pageSize: 25, locale: 'de' });
  });

  it('refuses a bad page size', async () => {
    expect(await refusal(validateOutdatedQuery({ pagination: { pageSize: '1000' } }, choice))).toMatch(/pageSize/);
  });
});

describe('freshness/validation: mark as reviewed', () => {
  it('takes a list of ids; no locale means the default, null every locale', async () => {
    expect(await validateMarkReviewedBody({ documentIds: [DOC] }, choice)).toEqual({
      uid: 'api::article.article',
      documentIds: [DOC],
      locale: 'de',
      note: null,
    });
    expect((await validateMarkReviewedBody({ documentIds: [DOC], locale: null }, choice)).locale).toBeNull();
  });

  it('takes an optional note, trimmed; an empty one is none', async () => {
    expect((await validateMarkReviewedBody({ documentIds: [DOC], note: '  Zahlen geprüft, Studie 2026 verlinkt ' }, choice)).note).toBe(
      'Zahlen geprüft, Studie 2026 verlinkt',
    );
    expect((await validateMarkReviewedBody({ documentIds: [DOC], note: '   ' }, choice)).note).toBeNull();
    expect((await validateMarkReviewedBody({ documentIds: [DOC], note: null }, choice)).note).toBeNull();
    expect((await validateMarkReviewedBody({ documentIds: [DOC], note: 'x'.repeat(280) }, choice)).note).toHaveLength(280);
  });

  it.each([
    [{}, /documentIds must be a list of 1 to 500 document ids/],
    [{ documentIds: [] }, /documentIds must be a list/],
    [{ documentIds: Array.from({ length: MAX_BULK + 1 }, () => DOC) }, /documentIds must be a list/],
    [{ documentIds: [7] }, /documentIds must be a list/],
    [{ documentIds: ['<script>'] }, /documentIds must be a list/],
    [{ documentIds: [DOC], locale: '' }, /locale must look like "de" or "en" \(or null for every locale\)/],
    [{ documentIds: [DOC], contentType: 'api::study.study' }, /contentType must be one of/],
    [{ documentIds: [DOC], note: 'x'.repeat(281) }, /note must be text of at most 280 characters/],
    [{ documentIds: [DOC], note: 42 }, /note must be text/],
  ])('refuses %p, naming the field', async (body, message) => {
    expect(await refusal(validateMarkReviewedBody(body as Record<string, unknown>, choice))).toMatch(message);
  });
});
