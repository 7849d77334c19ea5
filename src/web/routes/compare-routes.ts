// Comparing two to four communes side by side for one project, from the results or the favourites
// (/professionnel/projets/:id/comparer?communes=…): a GET form of checkboxes, so it works without
// JavaScript; one real table with headers, printable. Another person's project is "not found".
import { type Request, Router } from 'express';
import { z } from 'zod';
import { startDateOf } from '../../domain/matching/child-age';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import type { MatchingService } from '../../services/matching/matching-service';
import type { ProjectService } from '../../services/projects/project-service';
import type { ProjectView } from '../../services/projects/project-view';
import { HttpError, NotFoundError } from '../http-errors';
import {
  type ComparedCommune,
  MAX_COMPARED,
  MIN_COMPARED,
  comparePath,
  presentComparison,
} from '../presenters/compare-presenter';
import { allow } from '../access/access';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

const CHOOSE = `Cochez de ${String(MIN_COMPARED)} à ${String(MAX_COMPARED)} communes à comparer.`;

const compareQuery = z.strictObject({
  communes: z
    .union([z.string(), z.array(z.string())], { error: CHOOSE })
    .optional()
    .transform((value) => [...new Set(value === undefined ? [] : [value].flat())])
    .refine((codes) => codes.every((code) => /^(\d{5}|2[AB]\d{3})$/.test(code)), {
      error: 'Commune inconnue : cochez-la dans la liste.',
    })
    .refine((codes) => codes.length >= MIN_COMPARED && codes.length <= MAX_COMPARED, { error: CHOOSE }),
});

export interface CompareRouteDeps {
  projects: Pick<ProjectService, 'getOwned'>;
  matching: Pick<MatchingService, 'assess' | 'toMatchingProject' | 'geography'>;
  communes: Pick<CommuneDirectory, 'details'>;
}

export function compareRoutes({ services }: RouteContext): Router {
  const deps: CompareRouteDeps = services;
  const router = Router();

  const ownedProject = (req: Request): ProjectView => {
    const user = req.user;
    if (!user) throw new HttpError(403, 'Connectez-vous pour continuer.');
    const project = deps.projects.getOwned(user.id, String(req.params.id));
    if (!project) throw new NotFoundError();
    return project;
  };

  /** Favourites and the communes asked for, as checkboxes to choose again. */
  const choicesOf = (project: ProjectView, asked: readonly string[]) =>
    [...new Set([...project.favorites, ...asked])].flatMap((code) => {
      const commune = deps.communes.details(code);
      return commune ? [{ value: code, label: `${commune.nom} (${commune.departement.code})` }] : [];
    });

  router.get(
    '/professionnel/projets/:id/comparer',
    allow({ role: 'professionnel', validated: true }),
    (req, res) => {
      const project = ownedProject(req);
      const professional = req.user?.professional;
      const asked = [(req.query as Record<string, unknown>).communes ?? []]
        .flat()
        .filter((value): value is string => typeof value === 'string');
      const base = {
        title: `Comparer des communes pour « ${project.name} »`,
        project: {
          id: project.id,
          name: project.name,
          resultsHref: `/professionnel/projets/${project.id}/resultats`,
        },
        action: comparePath(project.id),
        choices: choicesOf(project, asked),
        checked: asked,
      };
      if (!professional) return res.render('professional/compare', { ...base, noProfile: true });
      const parsed = parseInput(compareQuery, req.query);
      const unknown = parsed.ok ? parsed.value.communes.filter((code) => !deps.communes.details(code)) : [];
      if (!parsed.ok || unknown.length > 0)
        return res.status(400).render('professional/compare', {
          ...base,
          error: parsed.ok
            ? 'Commune inconnue : cochez-la dans la liste.'
            : Object.values(parsed.errors).join(' '),
        });

      const matchingProject = deps.matching.toMatchingProject(project, professional);
      const now = new Date();
      const start = startDateOf(project.start);
      const compared: ComparedCommune[] = parsed.value.communes.map((code) => {
        const details = deps.communes.details(code);
        return {
          code,
          nom: details?.nom ?? code,
          departement: details?.departement ?? { code: '', nom: '' },
          assessment: deps.matching.assess(matchingProject, code, { now }),
          zone: deps.matching.geography.commune(code)?.zoneOf?.(professional.profession, start) ?? null,
        };
      });
      res.render('professional/compare', { ...base, comparison: presentComparison(compared) });
    },
  );

  return router;
}
