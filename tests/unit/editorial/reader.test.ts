import { isReaderStrategy } from '../../../src/plugins/editorial/server/src/domain/reader';

describe('who is a reader', () => {
  it('anonymous callers and users-permissions users are readers; API tokens and admins are not', () => {
    expect(isReaderStrategy(undefined)).toBe(true);
    expect(isReaderStrategy('users-permissions')).toBe(true);
    expect(isReaderStrategy('api-token')).toBe(false);
    expect(isReaderStrategy('admin')).toBe(false);
  });
});
