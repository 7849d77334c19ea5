// Demo conversations: in each demo region, six demo professionals each settle in a commune
// (installation confirmed, with the levers that counted) and also write to a second commune whose
// follow-up stops at another status; the main demo professional has two conversations of their own,
// one waiting for their confirmation. So every status shows, and the partner statistics of
// Bretagne and Bourgogne-Franche-Comté count at least five people. Each conversation belongs to the
// writer's first project, whose start date it shares. Idempotent: an existing conversation (one per
// professional and commune) is left alone.
import type { Services } from '..';
import type { FollowUpCommand } from '../../domain/contacts/follow-up';
import { startDateOf } from '../../domain/matching/child-age';
import { monthYear } from '../../domain/matching/french';
import type { ProjectStatus } from '../../domain/matching/types';
import type { Profession } from '../../domain/professions';
import type { Lever } from '../../domain/statistics/contact-fact';
import { conversationId } from '../../models/conversation';
import type { Participant } from '../contacts/conversation-service';
import type { ProjectView } from '../projects/project-view';
import { DEMO_REGIONS, type DemoRegion } from './demo-professionals';

type DemoServices = Pick<Services, 'conversations' | 'communes'>;

/** A demo professional who writes, with the project they write about. */
export interface DemoWriter {
  id: string;
  name: string;
  profession: Profession;
  status: ProjectStatus;
  project: ProjectView | undefined;
}

/** What the seed needs from its caller: the writers of each région, the commune staff ids. */
export interface DemoConversationContext {
  /** The conversing professionals of the région, in order (six at most are used). */
  writersOf(region: DemoRegion): DemoWriter[];
  main: DemoWriter;
  staffOf(communeCode: string): string | undefined;
}

const DAY = 86_400_000;
const LEVER_SETS: Lever[][] = [
  ['logement', 'garde'],
  ['local', 'aide'],
  ['logement', 'emploi-conjoint'],
  ['garde'],
  ['logement', 'local', 'aide'],
  ['emploi-conjoint', 'garde'],
];

/**
 * The second conversation's follow-up, by professional: every status but "confirmed" appears. The
 * commune's reply alone makes it "en discussion"; null: no reply yet ("nouveau").
 */
const OTHER_ENDINGS: ((now: Date) => FollowUpCommand[] | null)[] = [
  () => null,
  () => [],
  (now) => [{ action: 'planifier-visite', visitDate: new Date(now.getTime() + 12 * DAY) }],
  (now) => [
    {
      action: 'declarer-installation',
      installation: { date: new Date(now.getTime() + 45 * DAY), communeCode: '', levers: ['logement'] },
    },
  ],
  () => [{ action: 'classer-sans-suite', reason: 'Le projet est reporté d’un an.' }],
  // Reopened after a "sans suite".
  () => [{ action: 'classer-sans-suite', reason: 'Pas de logement disponible.' }, { action: 'discuter' }],
];

export const MAIN_DEMO_PROFESSIONAL = 'Camille Demo';

export async function seedDemoConversations(
  services: DemoServices,
  context: DemoConversationContext,
  communeCodes: readonly string[],
): Promise<number> {
  // The services date every step with the real clock, and check visit and installation dates against it.
  const now = new Date();
  let created = 0;
  const inRegion = (region: string) =>
    communeCodes.filter(
      (code) => services.communes.details(code)?.region.code === region && context.staffOf(code),
    );

  const converse = async (
    professional: DemoWriter,
    communeCode: string,
    text: string,
    commands: FollowUpCommand[] | null,
    confirm: boolean,
  ) => {
    const staffId = context.staffOf(communeCode);
    if (!staffId || services.conversations.readModel.get(conversationId(professional.id, communeCode)))
      return;
    const { project } = professional;
    const started = await services.conversations.contact(professional, {
      communeCode,
      projectId: project?.id ?? null,
      offerId: null,
      shared: project
        ? [{ key: 'debut', label: 'Début souhaité', text: monthYear(startDateOf(project.start)) }]
        : [],
      text,
    });
    if (!started.ok) throw new Error(`demo conversation with ${communeCode}: ${started.reason}`);
    created += 1;
    const id = started.conversation.id;
    const staff: Participant = { side: 'commune', id: staffId, communeCode, active: true };
    const own: Participant = { side: 'professionnel', id: professional.id, communeCode: null, active: true };
    if (!commands) return;
    await services.conversations.reply(
      id,
      staff,
      'Bonjour et merci pour votre message ! Nous serions ravis de vous présenter la commune et nos offres.',
    );
    for (const command of commands) {
      const located =
        command.action === 'declarer-installation'
          ? { ...command, installation: { ...command.installation, communeCode } }
          : command;
      const result = await services.conversations.followUp(id, staff, located);
      if (!result.ok) throw new Error(`demo follow-up with ${communeCode}: ${result.reason}`);
    }
    if (confirm) await services.conversations.followUp(id, own, { action: 'confirmer-installation' });
  };

  for (const region of DEMO_REGIONS) {
    const communes = inRegion(region);
    if (communes.length < 2) continue;
    for (const [index, professional] of context.writersOf(region).slice(0, LEVER_SETS.length).entries()) {
      const home = communes[index % communes.length] ?? '';
      const other = communes[(index + 1) % communes.length] ?? '';
      await converse(
        professional,
        home,
        'Bonjour, votre commune m’intéresse pour m’installer : pouvons-nous en parler ?',
        [
          { action: 'planifier-visite', visitDate: new Date(now.getTime() - 2 * DAY) },
          {
            action: 'declarer-installation',
            installation: {
              date: new Date(now.getTime() - 30 * DAY),
              communeCode: home,
              levers: LEVER_SETS[index] ?? [],
            },
          },
        ],
        true,
      );
      await converse(
        professional,
        other,
        'Bonjour, je regarde aussi votre commune : quelles sont vos offres de logement ?',
        OTHER_ENDINGS[index]?.(now) ?? null,
        false,
      );
    }
  }

  // The main demo professional: one discussion, one installation to confirm.
  const { main } = context;
  const [first, second] = inRegion('27');
  if (first)
    await converse(
      main,
      first,
      'Bonjour, je suis médecin généraliste et votre maison de santé m’intéresse.',
      [],
      false,
    );
  if (second)
    await converse(
      main,
      second,
      'Bonjour, pourrions-nous visiter le cabinet que vous proposez ?',
      [
        {
          action: 'declarer-installation',
          installation: {
            date: new Date(now.getTime() + 60 * DAY),
            communeCode: second,
            levers: ['local', 'aide'],
          },
        },
      ],
      false,
    );
  return created;
}
