// « Installations et maintien » in a commune's space: nothing but a plain sentence while few
// professionals settled there have answered (no small count, exact or not); once enough have, the
// installations and the check-in figures, each published through publishCount as partners see
// them; another commune's installations never count in it.
import * as cheerio from 'cheerio';
import { signedInAgent } from '../../support/accounts';
import { useTestApp } from '../../support/test-app';
import { BESANCON, DOLE, communeStaff } from '../contacts/conversation-fixtures';
import { confirmedInstallation, confirmedMonthsAgo } from './installation-fixtures';

const built = useTestApp();

const PAGE = '/commune/maintien';

/** People settled in the commune seven months ago who answered the 6-month check-in. */
async function settledAndAnswered(count: number, commune: { code: string; label: string }, stayed: boolean) {
  for (let index = 0; index < count; index += 1) {
    const { pro, id } = await confirmedInstallation(
      built.app,
      built.services,
      `Pro ${commune.code} ${index}`,
      commune,
    );
    await confirmedMonthsAgo(built.services, id, 7);
    const reply = {
      checkIn: 6 as const,
      stillPractising: stayed,
      failedLevers: stayed ? [] : ['logement' as const],
    };
    expect((await built.services.checkIns.answer(pro.id, id, reply, new Date())).ok).toBe(true);
  }
}

async function pageOf(communeCode: string) {
  const agent = await signedInAgent(built.app, await communeStaff(communeCode));
  const $ = cheerio.load((await agent.get(PAGE).expect(200)).text);
  return {
    hidden: $('[data-retention-hidden]').length === 1,
    figures: $('[data-figure], #maintien td').length,
    installations: Number($('[data-figure="installations"]').text()),
    rows: $('#maintien tbody tr')
      .map((_i, row) => [
        $(row)
          .find('th, td')
          .map((_j, cell) => $(cell).text().trim())
          .get(),
      ])
      .get() as string[][],
  };
}

const near = (published: string | number, trueValue: number) => Math.abs(Number(published) - trueValue) <= 2;

it('shows nothing while few have answered, the published figures once enough have, and only its own', async () => {
  const dole = { code: DOLE, label: 'Dole (39)' };
  // Five people left Besançon, two stay at Dole: too few for either commune to see anything.
  await settledAndAnswered(5, { code: BESANCON, label: 'Besançon (25)' }, false);
  await settledAndAnswered(2, dole, true);
  for (const code of [DOLE, BESANCON]) {
    const few = await pageOf(code);
    expect(few.hidden).toBe(true);
    expect(few.figures).toBe(0);
  }

  // Thirteen at Dole now: its figures appear, perturbed (within 2 of the truth), and none of
  // Besançon's five departures count in them (an empty cell is published as 0, five people as 5).
  await settledAndAnswered(11, dole, true);
  const enough = await pageOf(DOLE);
  expect(enough.hidden).toBe(false);
  expect(near(enough.installations, 13)).toBe(true);
  expect(enough.rows.map((row) => row[0])).toEqual(['6 mois', '12 mois', '24 mois']);
  const [label, answered, still, left] = enough.rows[0] ?? [];
  expect([label, near(answered ?? '', 13), near(still ?? '', 13), left]).toEqual(['6 mois', true, true, '0']);
  expect(enough.rows.slice(1)).toEqual([
    ['12 mois', '0', '0', '0'],
    ['24 mois', '0', '0', '0'],
  ]);
  // Besançon still sees nothing; a commune without installations neither.
  expect((await pageOf(BESANCON)).hidden).toBe(true);
  expect((await pageOf('22278')).hidden).toBe(true);
}, 120_000);
