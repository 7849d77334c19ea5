// A scheme's life: draft → published → archived, as commune offers, and when the public sees it.
import {
  availableSchemeActions,
  isSchemeInForce,
  isSchemePubliclyVisible,
  schemeStatusAfter,
} from '../../../../src/domain/schemes/scheme-lifecycle';
import { date } from './fixtures';

describe('scheme life cycle', () => {
  it('publishes drafts, withdraws, archives and restores', () => {
    expect(schemeStatusAfter('publier', 'brouillon')).toBe('publie');
    expect(schemeStatusAfter('publier', 'publie')).toBeUndefined();
    expect(schemeStatusAfter('depublier', 'publie')).toBe('brouillon');
    expect(schemeStatusAfter('archiver', 'publie')).toBe('archive');
    expect(schemeStatusAfter('archiver', 'archive')).toBeUndefined();
    expect(schemeStatusAfter('restaurer', 'archive')).toBe('brouillon');
    expect(schemeStatusAfter('restaurer', 'publie')).toBeUndefined();
  });

  it('offers the actions that make sense', () => {
    expect(availableSchemeActions('brouillon')).toEqual(['publier', 'archiver']);
    expect(availableSchemeActions('publie')).toEqual(['depublier', 'archiver']);
    expect(availableSchemeActions('archive')).toEqual(['restaurer']);
  });

  it('shows published schemes until they end', () => {
    const now = date('2026-10-15');
    expect(isSchemePubliclyVisible({ status: 'publie', validUntil: null }, now)).toBe(true);
    expect(isSchemePubliclyVisible({ status: 'publie', validUntil: date('2026-10-16') }, now)).toBe(true);
    expect(isSchemePubliclyVisible({ status: 'publie', validUntil: now }, now)).toBe(false);
    expect(isSchemePubliclyVisible({ status: 'brouillon', validUntil: null }, now)).toBe(false);
  });

  it('is in force from its start (included) to its end (excluded)', () => {
    const scheme = { validFrom: date('2026-01-01'), validUntil: date('2027-01-01') };
    expect(isSchemeInForce(scheme, date('2025-12-31'))).toBe(false);
    expect(isSchemeInForce(scheme, date('2026-01-01'))).toBe(true);
    expect(isSchemeInForce(scheme, date('2027-01-01'))).toBe(false);
  });
});
