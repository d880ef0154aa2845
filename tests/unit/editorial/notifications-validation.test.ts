import {
  validateSubscriptionBody,
  validateWebhookId,
} from '../../../src/plugins/editorial/server/src/notifications/notifications-validation';

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: Error) => error.message,
  );

describe('notifications/notifications-validation', () => {
  it("takes a list of the plugin's events, without repeats; empty unsubscribes", async () => {
    expect(await validateSubscriptionBody({ events: ['editorial.outdated', 'editorial.outdated', 'editorial.due-soon'] })).toEqual({
      events: ['editorial.outdated', 'editorial.due-soon'],
    });
    expect(await validateSubscriptionBody({ events: [] })).toEqual({ events: [] });
  });

  it.each([[{}], [{ events: 'editorial.outdated' }], [{ events: ['entry.create'] }], [{ events: [1] }], [null]])(
    'refuses %p naming events',
    async (body) => {
      expect(await refusal(validateSubscriptionBody(body))).toMatch(/events must be a list of editorial.outdated, editorial.due-soon/);
    },
  );

  it('takes a numeric webhook id only', async () => {
    expect(await validateWebhookId('12')).toBe('12');
    expect(await refusal(validateWebhookId('1; drop'))).toMatch(/id must be a webhook id/);
  });
});
