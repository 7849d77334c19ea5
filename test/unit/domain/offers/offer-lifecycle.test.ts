import {
  availableActions,
  isPubliclyVisible,
  offerStatusAfter,
} from '../../../../src/domain/offers/offer-lifecycle';

describe('offer life cycle', () => {
  it('publishes drafts, unpublishes, fills and archives', () => {
    expect(offerStatusAfter('publier', 'brouillon')).toBe('publiee');
    expect(offerStatusAfter('depublier', 'publiee')).toBe('brouillon');
    expect(offerStatusAfter('pourvoir', 'publiee')).toBe('pourvue');
    expect(offerStatusAfter('archiver', 'pourvue')).toBe('archivee');
    expect(offerStatusAfter('restaurer', 'archivee')).toBe('brouillon');
  });

  it('refuses what makes no sense', () => {
    expect(offerStatusAfter('publier', 'publiee')).toBeUndefined();
    expect(offerStatusAfter('pourvoir', 'brouillon')).toBeUndefined();
    expect(offerStatusAfter('archiver', 'archivee')).toBeUndefined();
    expect(availableActions('brouillon')).toEqual(['publier', 'archiver']);
  });

  it('shows published offers until they expire', () => {
    const now = new Date('2027-01-10T12:00:00Z');
    expect(isPubliclyVisible({ status: 'publiee', expiresAt: null }, now)).toBe(true);
    expect(isPubliclyVisible({ status: 'publiee', expiresAt: new Date('2027-01-11') }, now)).toBe(true);
    expect(isPubliclyVisible({ status: 'publiee', expiresAt: new Date('2027-01-10') }, now)).toBe(false);
    expect(isPubliclyVisible({ status: 'brouillon', expiresAt: null }, now)).toBe(false);
  });
});
