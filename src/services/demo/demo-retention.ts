// Demo history of "Did they stay?": professionals who settled in Bourgogne-Franche-Comté through the
// service 7 to 26 months ago (most of them at Dole, the one-click demo commune) and answered their
// check-ins, some still practising there, some gone for a lever that failed; and the main demo
// professional's own installation, confirmed six and a half months ago, whose 6-month check-in is
// due. Everything goes through the conversation service, at a clock set back to when each step
// happened, and through the check-in service: the records are those the app itself writes. So the
// partner's « Maintien » table and Dole's /commune/maintien show figures past the small-count rule.
// Idempotent: an existing conversation is left alone, and an answer already recorded changes nothing.
import type { Services } from '..';
import { startDateOf } from '../../domain/matching/child-age';
import { monthYear } from '../../domain/matching/french';
import {
  CHECK_IN_MONTHS,
  type CheckInMonth,
  addMonthsClamped,
  checkInDueAt,
} from '../../domain/retention/check-in-schedule';
import type { RetentionLever } from '../../domain/retention/retention-levers';
import type { Profession } from '../../domain/professions';
import type { Lever } from '../../domain/statistics/contact-fact';
import { conversationId } from '../../models/conversation';
import type { Participant } from '../contacts/conversation-service';
import type { DemoWriter } from './demo-conversations';
import { DEMO_DOMAIN, type DemoProfessional } from './demo-professionals';

type RetentionServices = Pick<Services, 'conversationsAt' | 'checkIns' | 'conversations'>;

const DAY = 86_400_000;
/** Dole (Jura): the one-click demo commune sees its own figures (10 people who answered at least). */
export const RETENTION_DEMO_COMMUNE = '39198';

interface SettledStory {
  profession: Profession;
  /** Dole, or another commune of the région. */
  atDole: boolean;
  /** How long ago the installation was confirmed (a few days more than that many months). */
  monthsAgo: number;
  /** The check-in at which they said they had left, and what failed; null: still there. */
  left: { at: CheckInMonth; levers: RetentionLever[] } | null;
}

const stays = (profession: Profession, atDole: boolean, monthsAgo: number): SettledStory => ({
  profession,
  atDole,
  monthsAgo,
  left: null,
});
const leaves = (
  profession: Profession,
  atDole: boolean,
  monthsAgo: number,
  at: CheckInMonth,
  levers: RetentionLever[],
): SettledStory => ({ profession, atDole, monthsAgo, left: { at, levers } });

/** Thirteen at Dole, five elsewhere: six left at 6 months, three at 12, one at 24. */
const STORIES: SettledStory[] = [
  stays('medecin-generaliste', true, 26),
  leaves('infirmier', true, 25, 24, ['conditions-exercice']),
  stays('masseur-kinesitherapeute', true, 20),
  leaves('medecin-generaliste', true, 18, 12, ['logement']),
  stays('sage-femme', true, 15),
  leaves('chirurgien-dentiste', true, 14, 12, ['emploi-conjoint', 'garde']),
  stays('orthophoniste', true, 13),
  leaves('pharmacien', true, 11, 6, ['garde', 'logement']),
  stays('medecin-generaliste', true, 10),
  stays('infirmier', true, 9),
  leaves('medecin-specialiste', true, 8, 6, ['autre']),
  stays('masseur-kinesitherapeute', true, 8),
  leaves('medecin-generaliste', true, 7, 6, ['logement', 'conditions-exercice']),
  stays('infirmier', false, 22),
  leaves('medecin-generaliste', false, 16, 12, ['emploi-conjoint']),
  leaves('sage-femme', false, 12, 6, ['conditions-exercice', 'logement']),
  leaves('pharmacien', false, 9, 6, ['garde', 'autre']),
  leaves('chirurgien-dentiste', false, 7, 6, ['logement']),
];
const INSTALLATION_LEVERS: Lever[][] = [['logement'], ['local', 'aide'], ['garde', 'emploi-conjoint']];
const NAMES = [
  'Alice',
  'Bastien',
  'Clara',
  'Damien',
  'Élise',
  'Florian',
  'Gaëlle',
  'Henri',
  'Irène',
  'Jules',
  'Katia',
  'Lucas',
  'Margaux',
  'Nicolas',
  'Océane',
  'Pierre',
  'Rose',
  'Samuel',
];

/** The settled demo professionals: `installe-<n>@…`, with no project left (they settled). */
export const settledProfessionals = (): DemoProfessional[] =>
  STORIES.map((story, index) => ({
    email: `installe-${String(index + 1)}@${DEMO_DOMAIN}`,
    name: `${NAMES[index] ?? 'Alex'} Demo`,
    profession: story.profession,
    status: 'installe',
    shareAnonymised: true,
  }));

/** A few days more than `months` months before `now`: each check-in is a few days past due. */
const confirmedBefore = (now: Date, months: number, extraDays: number) =>
  new Date(addMonthsClamped(now, -months).getTime() - extraDays * DAY);

export async function seedDemoRetention(
  services: RetentionServices,
  context: {
    /** The settled professionals, in the order of settledProfessionals(). */
    settled: readonly DemoWriter[];
    /** The main demo professional, writing about the project of their installation, and where. */
    main: { writer: DemoWriter; communeCode: string } | undefined;
    /** The région's communes with a staff account, Dole among them. */
    communes: readonly string[];
    staffOf(communeCode: string): string | undefined;
  },
): Promise<number> {
  // The check-in pages compare with the real clock: the history is dated from it.
  const now = new Date();
  let clock = now;
  const past = services.conversationsAt(() => clock);
  let created = 0;

  /** Contact, installation declared by the commune, confirmed a week later at `confirmedAt`. */
  const settle = async (
    writer: DemoWriter,
    communeCode: string,
    confirmedAt: Date,
    levers: Lever[],
  ): Promise<string | null> => {
    const id = conversationId(writer.id, communeCode);
    const staffId = context.staffOf(communeCode);
    // A geography without the commune (a smaller test one): nobody to settle with.
    if (!staffId) return null;
    if (services.conversations.readModel.get(id)) return id;
    clock = new Date(confirmedAt.getTime() - 75 * DAY);
    const started = await past.contact(writer, {
      communeCode,
      projectId: writer.project?.id ?? null,
      offerId: null,
      shared: writer.project
        ? [{ key: 'debut', label: 'Début souhaité', text: monthYear(startDateOf(writer.project.start)) }]
        : [],
      text: 'Bonjour, je cherche où m’installer : votre commune m’intéresse, pouvons-nous en parler ?',
    });
    if (!started.ok) throw new Error(`demo retention conversation with ${communeCode}: ${started.reason}`);
    created += 1;
    const staff: Participant = { side: 'commune', id: staffId, communeCode, active: true };
    const own: Participant = { side: 'professionnel', id: writer.id, communeCode: null, active: true };
    clock = new Date(confirmedAt.getTime() - 7 * DAY);
    const declared = await past.followUp(id, staff, {
      action: 'declarer-installation',
      installation: { date: new Date(confirmedAt.getTime() - 10 * DAY), communeCode, levers },
    });
    clock = confirmedAt;
    const confirmed = declared.ok && (await past.followUp(id, own, { action: 'confirmer-installation' }));
    if (!confirmed || !confirmed.ok) throw new Error(`demo retention follow-up with ${communeCode}`);
    return id;
  };

  const others = context.communes.filter((code) => code !== RETENTION_DEMO_COMMUNE);
  for (const [index, story] of STORIES.entries()) {
    const writer = context.settled[index];
    const communeCode = story.atDole ? RETENTION_DEMO_COMMUNE : others[index % Math.max(others.length, 1)];
    if (!writer || !communeCode) continue;
    const confirmedAt = confirmedBefore(now, story.monthsAgo, 5);
    const id = await settle(writer, communeCode, confirmedAt, INSTALLATION_LEVERS[index % 3] ?? []);
    if (!id) continue;
    for (const checkIn of CHECK_IN_MONTHS) {
      if (checkIn > story.monthsAgo || (story.left && checkIn > story.left.at)) break;
      const leftNow = story.left?.at === checkIn;
      const answeredAt = new Date(checkInDueAt(confirmedAt, checkIn).getTime() + 2 * DAY);
      const reply = {
        checkIn,
        stillPractising: !leftNow,
        failedLevers: leftNow ? (story.left?.levers ?? []) : [],
      };
      const answered = await services.checkIns.answer(writer.id, id, reply, answeredAt);
      if (!answered.ok) throw new Error(`demo check-in answer: ${answered.reason}`);
    }
  }

  // The main demo professional settled six and a half months ago: that project leaves the communes'
  // lists, their other ones stay open.
  const { main } = context;
  if (main) await settle(main.writer, main.communeCode, confirmedBefore(now, 6, 15), ['local', 'logement']);
  return created;
}
