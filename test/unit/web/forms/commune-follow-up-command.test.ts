// The commune's follow-up form read as a command: Paris days, the installation commune resolved from
// what was typed, and the field each missing value is reported on.
import type { CommuneSummary } from '../../../../src/services/geography/commune-directory';
import { followUpCommand } from '../../../../src/web/forms/commune-follow-up-command';
import type { CommuneFollowUpValue } from '../../../../src/web/forms/conversation-forms';

const DOLE = { code: '39198', nom: 'Dole' } as CommuneSummary;
const communes = {
  resolve: (text: string) => (text === 'Dole (39)' ? { commune: DOLE } : { candidates: [] }),
};
const form = (fields: Partial<CommuneFollowUpValue>): CommuneFollowUpValue => ({
  _csrf: 'jeton',
  action: 'discuter',
  dateVisite: '',
  dateInstallation: '',
  communeInstallation: '',
  leviers: [],
  motif: '',
  ...fields,
});

it('reads a visit date as midnight in Paris, and asks for it when missing', () => {
  expect(followUpCommand(form({ action: 'planifier-visite', dateVisite: '2027-03-12' }), communes)).toEqual({
    command: { action: 'planifier-visite', visitDate: new Date('2027-03-11T23:00:00Z') },
  });
  expect(followUpCommand(form({ action: 'planifier-visite' }), communes)).toEqual({
    errors: { dateVisite: 'Indiquez la date de la visite.' },
  });
});

it('resolves the installation commune from its label, and refuses one it cannot find', () => {
  const declared = form({
    action: 'declarer-installation',
    dateInstallation: '2027-07-01',
    communeInstallation: 'Dole (39)',
    leviers: ['logement'],
  });
  expect(followUpCommand(declared, communes)).toEqual({
    command: {
      action: 'declarer-installation',
      installation: { date: new Date('2027-06-30T22:00:00Z'), communeCode: '39198', levers: ['logement'] },
    },
  });
  expect(followUpCommand({ ...declared, communeInstallation: 'Nullepart' }, communes)).toMatchObject({
    errors: { communeInstallation: expect.stringContaining('Commune inconnue') },
  });
  expect(followUpCommand({ ...declared, dateInstallation: '' }, communes)).toMatchObject({
    errors: { dateInstallation: 'Indiquez la date d’installation.' },
  });
});

it('passes the reason of a contact closed without follow-up to the domain (which checks it)', () => {
  expect(followUpCommand(form({ action: 'classer-sans-suite', motif: '' }), communes)).toEqual({
    command: { action: 'classer-sans-suite', reason: '' },
  });
});
