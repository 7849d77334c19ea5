import {
  DEFAULT_PREFERENCES,
  frequencyFor,
  preferencesOf,
} from '../../../../src/domain/notifications/notification-preferences';

describe('notification preferences', () => {
  it('default to immediate e-mails, and a daily digest for alerts', () => {
    expect(preferencesOf(undefined)).toEqual({ general: 'immediat', alertes: 'quotidien' });
    expect(preferencesOf({ general: 'aucun' })).toEqual({ general: 'aucun', alertes: 'quotidien' });
    expect(DEFAULT_PREFERENCES).toEqual(preferencesOf(null));
  });

  it('apply the alert setting to alerts and the general one to everything else', () => {
    const preferences = { general: 'aucun', alertes: 'immediat' } as const;
    expect(frequencyFor(preferences, 'alerte')).toBe('immediat');
    for (const kind of ['message', 'statut', 'proposition'] as const) {
      expect(frequencyFor(preferences, kind)).toBe('aucun');
    }
  });
});
