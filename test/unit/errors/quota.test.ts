/** Issue #14: a full disk gives the "not enough space" message however the quota error arrives. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError, userMessage } from '../../../shared/errors/user-error';

const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
const SPACE = 'niet genoeg opslagruimte';

describe('quota errors', () => {
  it.each([
    ['bare', quota()],
    ['Dexie AbortError with inner', new Dexie.AbortError('Transaction aborted', quota())],
    ['Dexie BulkError with failures', new Dexie.BulkError('bulkAdd failed', { 0: quota() } as never)],
    ['Error with cause', new Error('write failed', { cause: quota() })],
    ['only in the message (crossed a worker)', Object.assign(new Error('AbortError: QuotaExceededError: x'), { name: 'AbortError' })],
  ])('%s', (_label, error) => {
    expect(isQuotaError(error)).toBe(true);
    expect(userMessage(error)).toContain(SPACE);
  });

  it('other errors keep the generic message', () => {
    expect(isQuotaError(new Error('boom'))).toBe(false);
    expect(userMessage(new Dexie.AbortError('x', new Error('y')))).not.toContain(SPACE);
  });
});
