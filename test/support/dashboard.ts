// The partner dashboard in HTTP tests: professionals with a project, a published offer, and the
// page's tables and CSV exports read back as rows of text.
import * as cheerio from 'cheerio';
import type { Profession } from '../../src/domain/professions';
import type { Services } from '../../src/services';
import type { ProjectInput } from '../../src/services/projects/project-view';
import { createAccount } from './accounts';
import { professionalProfile } from './professionals';
import { doleProject } from './projects';

const project = (area: Partial<ProjectInput['area']>): ProjectInput =>
  doleProject({
    name: 'Projet',
    area: { communes: [], departements: [], regions: [], around: null, ...area },
    household: { partner: null, children: [] },
    housing: null,
    importance: { housing: 'sans-objet', childcare: 'sans-objet', aid: 'important' },
  });

/**
 * An installed professional whose project targets `area`; returns the account. `shareAnonymised`:
 * the project is shown to communes, anonymised.
 */
export async function professionalWithProject(
  services: Services,
  profession: Profession,
  area: Partial<ProjectInput['area']>,
  options: { name?: string; shareAnonymised?: boolean } = {},
) {
  const account = await createAccount({ role: 'professionnel', name: options.name });
  await services.professionalProfiles.save(
    account,
    professionalProfile({ profession, shareAnonymised: options.shareAnonymised ?? false }),
  );
  await services.projects.create(account.id, project(area));
  return account;
}

/** Every data table of the page, by id: header texts and rows of cell texts (spaces removed). */
export function pageTables(html: string): Map<string, string[][]> {
  const $ = cheerio.load(html);
  const tables = new Map<string, string[][]>();
  $('table[data-table]').each((_index, table) => {
    const rows = $(table)
      .find('tr')
      .toArray()
      .map((row) =>
        $(row)
          .children('th, td')
          .toArray()
          .map((cell) =>
            $(cell)
              .text()
              .trim()
              .replace(/[\s\u00a0\u202f]+/g, (space, offset, text) =>
                /^\d/.test(text.slice(offset + space.length)) && /\d$/.test(text.slice(0, offset)) ? '' : ' ',
              ),
          ),
      );
    tables.set(String($(table).attr('data-table')), rows);
  });
  return tables;
}

/** A CSV export as rows of fields (header row first). */
export const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(';'));

/** The figure of a row (by its label, or "Total") and a column (by its CSV name) of an export. */
export function csvFigure(rows: readonly string[][], row: string, column: string): number | undefined {
  const index = rows[0]?.indexOf(column) ?? -1;
  const value = rows.find((candidate) => candidate[0] === row)?.[index];
  return value === undefined ? undefined : Number(value);
}
