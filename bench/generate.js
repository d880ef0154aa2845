/**
 * Builds a throw-away SQLite database for the benchmark: N published articles in de and
 * en (draft and published rows, as Strapi keeps them), each with body text, two
 * study-stat blocks citing 3–5 statistics from a pool of 200 studies, 2–4 related
 * articles and a category; dates spread from 2010 to now, so about half are outdated.
 * Repeatable: the same seed gives the same database. Rows go in with plain SQL in bulk
 * (the Document Service would take many minutes for 10,000 articles); table and column
 * names come from Strapi's own metadata, so they match what Strapi reads.
 *
 * Usage (child process of bench/index.js): node bench/generate.js <file> <articles> <seed>
 */
const path = require('path');
const fs = require('fs');
const { removeSqliteDatabase } = require('./sqlite-files');

const APP_DIR = path.resolve(__dirname, '..');
const LOCALES = ['de', 'en'];
const STUDIES = 200;
const STATISTICS_PER_STUDY = 5;
const CATEGORIES = ['Studien', 'Berufsbild', 'Buchtipps', 'Events', 'Strategie', 'Werkzeuge', 'Recht', 'Karriere'];
const WORDS =
  'social media marketing studie umfrage team ziele kunden dialog marke reichweite community redaktion strategie budget analyse kampagne plattform inhalt zielgruppe unternehmen manager kommunikation wachstum daten trend video netzwerk beitrag reichweite interaktion'.split(
    ' ',
  );

/** mulberry32: small, fast, repeatable. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function progress(label, done, total) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stdout.write(`\r[generate] ${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}   `);
  if (done === total) process.stdout.write('\n');
}

async function main() {
  const [file, countArg, seedArg] = process.argv.slice(2);
  const ARTICLES = Number(countArg);
  const random = prng(Number(seedArg ?? 42));
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n) => {
    const text = words(n);
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const docId = () => Array.from({ length: 24 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)]).join('');

  removeSqliteDatabase(file);
  Object.assign(process.env, {
    NODE_ENV: 'production',
    PUBLIC_URL: 'http://127.0.0.1',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: file,
    SEED_DEMO: 'false',
    PERF_TUNING: 'off',
    STRAPI_DISABLE_CRON: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: 'warn',
  });
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') }).load();
  const knex = strapi.db.connection;
  const md = (uid) => strapi.db.metadata.get(uid);
  const article = md('api::article.article');
  const study = md('api::study.study');
  const statistic = md('api::statistic.statistic');
  const category = md('api::category.category');
  const richText = md('blocks.rich-text');
  const statBlock = md('blocks.study-stat');
  const zone = article.attributes.blocks.joinTable;
  const categoryLink = article.attributes.category.joinTable;
  const relatedLink = article.attributes.related.joinTable;
  const statLink = statBlock.attributes.statistics.joinTable;
  const studyLink = statistic.attributes.study.joinTable;
  const now = Date.now();
  const start = Date.UTC(2010, 0, 1);

  // Everything below runs in one transaction (SQLite has a single connection).
  let db = knex;
  const insert = async (table, rows, chunk = 400) => {
    for (let i = 0; i < rows.length; i += chunk) await db(table).insert(rows.slice(i, i + chunk));
  };
  /** Inserts rows and returns their ids in order (SQLite assigns consecutive ids in one transaction). */
  const insertIds = async (table, rows) => {
    const before = (await db(table).max({ id: 'id' }).first()).id ?? 0;
    await insert(table, rows);
    return rows.map((_, i) => before + 1 + i);
  };

  await knex.transaction(async (trx) => {
    db = trx;
    // Categories (neither localized nor drafted).
    const categoryIds = await insertIds(
      category.tableName,
      CATEGORIES.map((name) => ({
        document_id: docId(),
        name,
        slug: name.toLowerCase(),
        created_at: now,
        updated_at: now,
        published_at: now,
      })),
    );

    // Studies and their statistics, per locale, draft and published rows.
    const statisticIds = {}; // `${locale}|${status}` -> ids
    for (const locale of LOCALES) {
      for (const status of ['draft', 'published']) statisticIds[`${locale}|${status}`] = [];
    }
    const studyDocs = Array.from({ length: STUDIES }, (_, i) => ({
      documentId: docId(),
      title: `Studie ${i + 1}: ${sentence(4)}`,
      publishedOn: new Date(start + random() * (now - start)).toISOString().slice(0, 10),
      sampleSize: int(80, 5000),
      statDocs: Array.from({ length: STATISTICS_PER_STUDY }, () => ({ documentId: docId(), value: int(10, 990) / 10, label: words(6) })),
    }));
    for (const locale of LOCALES) {
      for (const status of ['draft', 'published']) {
        const publishedAt = status === 'published' ? now : null;
        const studyIds = await insertIds(
          study.tableName,
          studyDocs.map((s, i) => ({
            document_id: s.documentId,
            title: `${s.title} (${locale})`,
            slug: `studie-${i + 1}`,
            publisher: `Institut ${(i % 17) + 1}`,
            published_on: s.publishedOn,
            published_on_precision: 'month',
            sample_size: s.sampleSize,
            representative: i % 3 === 0,
            locale,
            created_at: now,
            updated_at: now,
            published_at: publishedAt,
          })),
        );
        const statRows = [];
        const links = [];
        studyDocs.forEach((s) =>
          s.statDocs.forEach((st) =>
            statRows.push({
              document_id: st.documentId,
              label: `${st.label} (${locale})`,
              value: st.value,
              unit: 'percent',
              qualifier: 'exact',
              locale,
              created_at: now,
              updated_at: now,
              published_at: publishedAt,
            }),
          ),
        );
        const ids = await insertIds(statistic.tableName, statRows);
        ids.forEach((id, k) =>
          links.push({
            [studyLink.joinColumn.name]: id,
            [studyLink.inverseJoinColumn.name]: studyIds[Math.floor(k / STATISTICS_PER_STUDY)],
            ...(studyLink.inverseOrderColumnName ? { [studyLink.inverseOrderColumnName]: (k % STATISTICS_PER_STUDY) + 1 } : {}),
          }),
        );
        await insert(studyLink.name, links);
        statisticIds[`${locale}|${status}`] = ids;
      }
    }

    // Articles.
    const docs = Array.from({ length: ARTICLES }, (_, i) => {
      const date = new Date(start + Math.floor(random() * (now - start)));
      return {
        documentId: docId(),
        title: `${sentence(int(4, 9))} ${i + 1}`,
        excerpt: random() < 0.8 ? sentence(int(18, 30)) : null,
        body: Array.from({ length: int(3, 6) }, () => ({
          type: 'paragraph',
          children: [{ type: 'text', text: Array.from({ length: int(3, 6) }, () => sentence(int(8, 16))).join(' ') }],
        })),
        date,
        freshness: random() < 0.02 ? 'evergreen' : 'auto',
        category: categoryIds[int(0, categoryIds.length - 1)],
        headings: [sentence(3), sentence(3)],
        cited: [0, 1].map(() => {
          const picks = new Set();
          const wanted = int(3, 5);
          while (picks.size < wanted) picks.add(int(0, STUDIES * STATISTICS_PER_STUDY - 1));
          return [...picks];
        }),
        related: Array.from({ length: int(2, 4) }, () => int(0, ARTICLES - 1)).filter((r) => r !== i),
      };
    });
    const total = LOCALES.length * 2 * ARTICLES;
    let done = 0;
    for (const locale of LOCALES) {
      for (const status of ['draft', 'published']) {
        const rowIds = [];
        for (let i = 0; i < docs.length; i += 500) {
          const slice = docs.slice(i, i + 500);
          const ids = await insertIds(
            article.tableName,
            slice.map((d, k) => ({
              document_id: d.documentId,
              title: locale === 'de' ? d.title : `EN ${d.title}`,
              slug: `artikel-${i + k + 1}`,
              excerpt: d.excerpt,
              originally_published_at: d.date,
              freshness: d.freshness,
              locale,
              created_at: d.date,
              updated_at: d.date,
              published_at: status === 'published' ? d.date : null,
            })),
          );
          rowIds.push(...ids);
          // Components: one rich text and two study-stat blocks per row.
          const textIds = await insertIds(
            richText.tableName,
            slice.map((d) => ({ body: JSON.stringify(d.body) })),
          );
          const statIds = await insertIds(
            statBlock.tableName,
            slice.flatMap((d) => d.headings.map((heading) => ({ heading, display: 'list' }))),
          );
          const cmps = [];
          const statisticLinks = [];
          slice.forEach((d, k) => {
            cmps.push({
              [zone.joinColumn.name]: ids[k],
              [zone.morphColumn.idColumn.name]: textIds[k],
              [zone.morphColumn.typeColumn.name]: 'blocks.rich-text',
              field: 'blocks',
              order: 1,
            });
            [0, 1].forEach((b) => {
              const blockId = statIds[k * 2 + b];
              cmps.push({
                [zone.joinColumn.name]: ids[k],
                [zone.morphColumn.idColumn.name]: blockId,
                [zone.morphColumn.typeColumn.name]: 'blocks.study-stat',
                field: 'blocks',
                order: 2 + b,
              });
              d.cited[b].forEach((s, o) =>
                statisticLinks.push({
                  [statLink.joinColumn.name]: blockId,
                  [statLink.inverseJoinColumn.name]: statisticIds[`${locale}|${status}`][s],
                  [statLink.orderColumnName]: o + 1,
                }),
              );
            });
          });
          await insert(zone.name, cmps);
          await insert(statLink.name, statisticLinks);
          await insert(
            categoryLink.name,
            slice.map((d, k) => ({
              [categoryLink.joinColumn.name]: ids[k],
              [categoryLink.inverseJoinColumn.name]: d.category,
              ...(categoryLink.inverseOrderColumnName ? { [categoryLink.inverseOrderColumnName]: 1 } : {}),
            })),
          );
          done += slice.length;
          progress(`articles ${locale}/${status}`.padEnd(22), done, total);
        }
        // Related articles point at rows of the same locale and status.
        const related = [];
        docs.forEach((d, i) =>
          [...new Set(d.related)].forEach((r, o) =>
            related.push({
              [relatedLink.joinColumn.name]: rowIds[i],
              [relatedLink.inverseJoinColumn.name]: rowIds[r],
              [relatedLink.orderColumnName]: o + 1,
              ...(relatedLink.inverseOrderColumnName ? { [relatedLink.inverseOrderColumnName]: 1 } : {}),
            }),
          ),
        );
        await insert(relatedLink.name, related);
      }
    }
  });
  db = knex;

  // The outdated list is off for the Public role by default (and Strapi drops a grant for it
  // whenever it starts with the plugin off), so the benchmark reads it with a read-only API
  // token, as an operator's frontend would.
  const token = await strapi.service('admin::api-token').create({ name: 'bench', type: 'read-only', lifespan: null, permissions: [] });
  fs.writeFileSync(`${file}.token`, token.accessKey);

  const published = await knex(article.tableName).whereNotNull('published_at').count({ n: '*' }).first();
  await strapi.destroy();
  console.log(
    `[generate] ${file}: ${published.n} published article rows (${ARTICLES} per locale), ${STUDIES} studies, ${STUDIES * STATISTICS_PER_STUDY} statistics`,
  );
  process.exit(0);
}

main().catch((error) => {
  console.error('[generate] failed:', String(error && error.message ? error.message : error).slice(0, 2000));
  process.exit(1);
});
