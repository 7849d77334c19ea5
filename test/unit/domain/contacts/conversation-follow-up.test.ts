// The follow-up status machine: every allowed transition, every refused one, with its reason code
// (worded by the web layer: test/unit/web/presenters/contact-refusals.test.ts).
import {
  FOLLOW_UP_STATUSES,
  type FollowUpCommand,
  type FollowUpStatus,
  type FollowUpStep,
  type Side,
  SIDE_OF_ACTION,
  availableActions,
  firstStep,
  nextStep,
} from '../../../../src/domain/contacts/follow-up';

const NOW = new Date('2027-03-10T10:00:00Z');
const DAY = 86_400_000;
const OPEN = { withdrawn: false, closed: false };
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

const step = (status: FollowUpStatus, extra: Partial<FollowUpStep> = {}): FollowUpStep => ({
  ...firstStep(at(-20)),
  status,
  side: 'commune',
  ...extra,
});
const historyAt = (status: FollowUpStatus): FollowUpStep[] =>
  status === 'nouveau'
    ? [firstStep(at(-30))]
    : [
        firstStep(at(-30)),
        step('en-discussion'),
        step(status, {
          installation: status.startsWith('installation')
            ? { date: at(30), communeCode: '39198', levers: ['logement'] }
            : null,
        }),
      ];

const COMMANDS: FollowUpCommand[] = [
  { action: 'discuter' },
  { action: 'planifier-visite', visitDate: at(5) },
  {
    action: 'declarer-installation',
    installation: { date: at(60), communeCode: '39198', levers: ['garde'] },
  },
  { action: 'classer-sans-suite', reason: 'Projet reporté' },
  { action: 'confirmer-installation' },
  { action: 'refuser-installation' },
];

/** Where each command leads from each status; absent: refused. */
const EXPECTED: Record<FollowUpStatus, Partial<Record<FollowUpCommand['action'], FollowUpStatus>>> = {
  nouveau: {
    discuter: 'en-discussion',
    'planifier-visite': 'visite-prevue',
    'declarer-installation': 'installation-declaree',
    'classer-sans-suite': 'sans-suite',
  },
  'en-discussion': {
    'planifier-visite': 'visite-prevue',
    'declarer-installation': 'installation-declaree',
    'classer-sans-suite': 'sans-suite',
  },
  'visite-prevue': {
    discuter: 'en-discussion',
    'planifier-visite': 'visite-prevue',
    'declarer-installation': 'installation-declaree',
    'classer-sans-suite': 'sans-suite',
  },
  'installation-declaree': {
    'classer-sans-suite': 'sans-suite',
    'confirmer-installation': 'installation-confirmee',
    'refuser-installation': 'en-discussion',
  },
  'installation-confirmee': {},
  'sans-suite': { discuter: 'en-discussion' },
};

describe('follow-up transitions', () => {
  for (const status of FOLLOW_UP_STATUSES)
    for (const command of COMMANDS) {
      const expected = EXPECTED[status][command.action];
      it(`${status} + ${command.action} → ${expected ?? 'refused'}`, () => {
        const result = nextStep(historyAt(status), command, SIDE_OF_ACTION[command.action], OPEN, NOW);
        if (expected) {
          expect(result).toMatchObject({ ok: true, step: { status: expected, at: NOW } });
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.reason).toMatch(/[a-zé]/);
        }
      });
    }

  it('offers exactly the allowed commands to each side', () => {
    for (const status of FOLLOW_UP_STATUSES)
      for (const side of ['commune', 'professionnel'] as Side[])
        expect(availableActions(historyAt(status), side, OPEN).sort()).toEqual(
          Object.keys(EXPECTED[status])
            .filter((action) => SIDE_OF_ACTION[action as FollowUpCommand['action']] === side)
            .sort(),
        );
    expect(availableActions(historyAt('nouveau'), 'commune', { withdrawn: true, closed: false })).toEqual([]);
  });
});

describe('follow-up refusals', () => {
  const declared = historyAt('installation-declaree');

  it('refuses a command from the wrong side', () => {
    expect(nextStep(declared, { action: 'confirmer-installation' }, 'commune', OPEN, NOW)).toEqual({
      ok: false,
      reason: 'professional-only',
    });
    expect(nextStep(historyAt('nouveau'), { action: 'discuter' }, 'professionnel', OPEN, NOW)).toEqual({
      ok: false,
      reason: 'commune-only',
    });
  });

  it('refuses confirming an installation never declared', () => {
    expect(
      nextStep(historyAt('visite-prevue'), { action: 'confirmer-installation' }, 'professionnel', OPEN, NOW),
    ).toEqual({
      ok: false,
      reason: 'nothing-declared',
    });
  });

  it('refuses a visit long past or too far ahead, accepts one recorded a few days late', () => {
    const visit = (days: number) =>
      nextStep(
        historyAt('en-discussion'),
        { action: 'planifier-visite', visitDate: at(days) },
        'commune',
        OPEN,
        NOW,
      );
    expect(visit(-8).ok).toBe(false);
    expect(visit(-6).ok).toBe(true);
    expect(visit(800).ok).toBe(false);
    expect(visit(Number.NaN).ok).toBe(false);
  });

  it('refuses installation dates out of range and a missing or too long reason', () => {
    const declare = (days: number) =>
      nextStep(
        historyAt('en-discussion'),
        {
          action: 'declarer-installation',
          installation: { date: at(days), communeCode: '39198', levers: [] },
        },
        'commune',
        OPEN,
        NOW,
      );
    expect(declare(-400).ok).toBe(false);
    expect(declare(-100).ok).toBe(true);
    expect(declare(1200).ok).toBe(false);
    const close = (reason: string) =>
      nextStep(historyAt('en-discussion'), { action: 'classer-sans-suite', reason }, 'commune', OPEN, NOW);
    expect(close('  ').ok).toBe(false);
    expect(close('x'.repeat(501)).ok).toBe(false);
  });

  it('refuses any change on a withdrawn or closed conversation', () => {
    for (const state of [
      { withdrawn: true, closed: false },
      { withdrawn: false, closed: true },
    ]) {
      expect(nextStep(historyAt('nouveau'), { action: 'discuter' }, 'commune', state, NOW).ok).toBe(false);
      expect(nextStep(declared, { action: 'confirmer-installation' }, 'professionnel', state, NOW).ok).toBe(
        false,
      );
    }
  });
});

describe('answers to a declared installation', () => {
  it('keeps the declared installation when confirmed, and goes back to the visit when declined', () => {
    const history: FollowUpStep[] = [
      firstStep(at(-30)),
      step('visite-prevue', { visitDate: at(-2) }),
      step('installation-declaree', {
        installation: { date: at(40), communeCode: '39300', levers: ['logement', 'logement', 'aide'] },
      }),
    ];
    expect(nextStep(history, { action: 'confirmer-installation' }, 'professionnel', OPEN, NOW)).toMatchObject(
      {
        ok: true,
        step: { status: 'installation-confirmee', installation: { communeCode: '39300' } },
      },
    );
    expect(nextStep(history, { action: 'refuser-installation' }, 'professionnel', OPEN, NOW)).toMatchObject({
      ok: true,
      step: { status: 'visite-prevue', visitDate: at(-2), installation: null },
    });
  });

  it('records each lever once', () => {
    const result = nextStep(
      historyAt('nouveau'),
      {
        action: 'declarer-installation',
        installation: { date: at(10), communeCode: '39198', levers: ['aide', 'aide'] },
      },
      'commune',
      OPEN,
      NOW,
    );
    expect(result).toMatchObject({ ok: true, step: { installation: { levers: ['aide'] } } });
  });
});
