import {
  FRESHNESS_EVENTS,
  planEvents,
  type Emitted,
  type Transition,
} from '../../../src/plugins/editorial/server/src/notifications/freshness-event';

const uid = 'api::article.article';
const t = (documentId: string, kind: Transition['kind'], outdatedAt: number, locale: string | null = 'de'): Transition => ({
  uid,
  documentId,
  locale,
  kind,
  outdatedAt,
});

describe('notifications/freshness-event: which crossings to tell', () => {
  it('names the events as operators subscribe to them', () => {
    expect(FRESHNESS_EVENTS).toEqual({ outdated: 'editorial.outdated', 'due-soon': 'editorial.due-soon' });
  });

  it('emits what was never emitted, once, even if listed twice', () => {
    const plan = planEvents([t('a', 'outdated', 100), t('a', 'outdated', 100), t('b', 'due-soon', 200)], []);
    expect(plan.emit.map((e) => `${e.documentId}:${e.kind}`)).toEqual(['a:outdated', 'b:due-soon']);
    expect(plan.reemit).toEqual([]);
    expect(plan.rearm).toEqual([]);
  });

  it('stays quiet while an entry stays in the state it was told about', () => {
    const emitted: Emitted[] = [t('a', 'outdated', 100)];
    expect(planEvents([t('a', 'outdated', 100)], emitted)).toEqual({ emit: [], reemit: [], rearm: [] });
  });

  it('re-arms an entry that left the state (reviewed, or a longer threshold)', () => {
    const plan = planEvents([], [t('a', 'outdated', 100)]);
    expect(plan.rearm).toEqual([t('a', 'outdated', 100)]);
    // Told again at the next crossing:
    expect(planEvents([t('a', 'outdated', 900)], []).emit).toHaveLength(1);
  });

  it('tells again when the state is the same but its moment moved (reviewed and outdated again between two scans)', () => {
    const plan = planEvents([t('a', 'outdated', 900)], [t('a', 'outdated', 100)]);
    expect(plan.reemit).toEqual([{ now: t('a', 'outdated', 900), before: t('a', 'outdated', 100) }]);
    expect(plan.emit).toEqual([]);
  });

  it('due soon, then outdated: the outdated event is new and the due-soon one re-armed', () => {
    const plan = planEvents([t('a', 'outdated', 100)], [t('a', 'due-soon', 100)]);
    expect(plan.emit).toEqual([t('a', 'outdated', 100)]);
    expect(plan.rearm).toEqual([t('a', 'due-soon', 100)]);
  });

  it('keeps locales apart', () => {
    const plan = planEvents([t('a', 'outdated', 100, 'en')], [t('a', 'outdated', 100, 'de')]);
    expect(plan.emit).toHaveLength(1);
    expect(plan.rearm).toHaveLength(1);
  });
});
