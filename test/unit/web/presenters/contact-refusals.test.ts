// The contacts area's refusals: every reason code of its services has a status and a French sentence,
// and the domain's refusals read as the pages have always shown them.
import { contactRefusal, writingRefusal } from '../../../../src/domain/contacts/conversation-rules';
import { nextStep, firstStep } from '../../../../src/domain/contacts/follow-up';
import {
  CONVERSATION_REFUSALS,
  REPORT_REFUSALS,
  type Refusal,
  TEMPLATE_REFUSALS,
  decisionRefusal,
} from '../../../../src/web/presenters/contact-refusals';

const OPEN = { withdrawn: false, closed: false, blockedBy: [] as ('professionnel' | 'commune')[] };
const NOW = new Date('2027-03-10T10:00:00Z');

describe.each([
  ['conversations', CONVERSATION_REFUSALS],
  ['message reports', REPORT_REFUSALS],
  ['reply templates', TEMPLATE_REFUSALS],
] as [string, Record<string, Refusal>][])('the refusals of %s', (_, refusals) => {
  it.each(Object.entries(refusals))(
    '%s has a client-error status and a French sentence',
    (_reason, refusal) => {
      expect([400, 403, 404, 409]).toContain(refusal.status);
      expect(refusal.message.trim()).toMatch(/^[A-ZÀ-Ý].*[a-zà-ÿ)]\.$/u);
    },
  );

  it('words each reason differently', () => {
    const messages = Object.values(refusals).map((refusal) => refusal.message);
    expect(new Set(messages).size).toBe(messages.length);
  });
});

describe('conversation refusals', () => {
  it('answers a concurrent change with a conflict, every other refusal with a bad request', () => {
    expect(CONVERSATION_REFUSALS.conflict).toEqual({
      status: 409,
      message: 'La conversation a changé entre-temps : rechargez la page et recommencez.',
    });
    expect(CONVERSATION_REFUSALS['not-found'].status).toBe(400);
  });

  it('words the follow-up refusals of the domain', () => {
    const declared = [firstStep(NOW), { ...firstStep(NOW), status: 'installation-declaree' as const }];
    const wrongSide = nextStep(declared, { action: 'confirmer-installation' }, 'commune', OPEN, NOW);
    expect(!wrongSide.ok && CONVERSATION_REFUSALS[wrongSide.reason].message).toBe(
      'Seul(e) le ou la professionnel(le) peut confirmer ou refuser une installation.',
    );
    const notDeclared = nextStep(
      [firstStep(NOW)],
      { action: 'confirmer-installation' },
      'professionnel',
      OPEN,
      NOW,
    );
    expect(!notDeclared.ok && CONVERSATION_REFUSALS[notDeclared.reason].message).toBe(
      'Aucune installation n’a été déclarée par la commune : il n’y a rien à confirmer.',
    );
  });

  it('words why a side cannot write, from that side', () => {
    const words = (reason: ReturnType<typeof writingRefusal>) =>
      reason && CONVERSATION_REFUSALS[reason].message;
    expect(words(writingRefusal({ ...OPEN, withdrawn: true }, 'commune'))).toContain('a retiré son profil');
    expect(words(writingRefusal({ ...OPEN, blockedBy: ['commune'] }, 'professionnel'))).toContain(
      'La commune a bloqué',
    );
    expect(words(writingRefusal({ ...OPEN, blockedBy: ['commune'] }, 'commune'))).toContain('débloquez-le');
    expect(words(writingRefusal({ ...OPEN, closed: true }, 'professionnel'))).toContain('a clos');
  });

  it('words why a professional cannot write to a commune again', () => {
    const words = (state: typeof OPEN) => {
      const reason = contactRefusal(state);
      return reason && CONVERSATION_REFUSALS[reason].message;
    };
    expect(words({ ...OPEN, blockedBy: ['commune'] })).toContain('a bloqué vos messages');
    expect(words({ ...OPEN, blockedBy: ['professionnel'] })).toContain('Vous avez bloqué');
    expect(words({ ...OPEN, closed: true })).toContain('a clos');
  });
});

describe('report decisions', () => {
  it('words a report already decided, and a refused suspension as the moderation pages word it', () => {
    expect(decisionRefusal({ ok: false, reason: 'already-decided' })).toEqual({
      status: 400,
      message: 'Ce signalement a déjà été traité.',
    });
    expect(decisionRefusal({ ok: false, reason: 'suspension-refused', suspension: 'own-account' })).toEqual({
      status: 400,
      message: 'Vous ne pouvez pas modérer votre propre compte.',
    });
  });
});
