// A commune's reply templates ("modèles de réponse"), kept in one document per commune: every change
// names the revision the staff member saw, so two colleagues editing at once cannot overwrite each other.
import { randomBytes } from 'node:crypto';
import { ReplyTemplatesModel } from '../../models/reply-template';
import type { CommuneStaff } from '../offers/offer-service';

export const TEMPLATE_TITLE_MAX = 100;
export const TEMPLATE_TEXT_MAX = 5000;
export const MAX_TEMPLATES = 30;

export interface ReplyTemplate {
  id: string;
  title: string;
  text: string;
  updatedAt: Date;
}

export interface ReplyTemplates {
  templates: ReplyTemplate[];
  /** 0 while the commune has none. */
  revision: number;
}

/** A colleague changed the list in between; no such template; the commune has the most; not validated. */
export type TemplateRefusal = 'conflict' | 'not-found' | 'too-many' | 'not-allowed';

export type TemplateWriteResult =
  { ok: true; templates: ReplyTemplates } | { ok: false; reason: TemplateRefusal };

const toTemplates = (stored: { templates: ReplyTemplate[]; revision: number } | null): ReplyTemplates =>
  stored
    ? {
        templates: stored.templates.map(({ id, title, text, updatedAt }) => ({ id, title, text, updatedAt })),
        revision: stored.revision,
      }
    : { templates: [], revision: 0 };

export function createReplyTemplates() {
  const read = async (communeCode: string) =>
    toTemplates(await ReplyTemplatesModel.findById(communeCode).lean());

  /** Replaces the list if the stored revision is still `expected` (0: none stored yet). */
  const writeIfCurrent = async (
    communeCode: string,
    expected: number,
    templates: ReplyTemplate[],
  ): Promise<TemplateWriteResult> => {
    if (expected === 0) {
      try {
        await ReplyTemplatesModel.create({ _id: communeCode, templates, revision: 1 });
      } catch (error) {
        if ((error as { code?: number }).code === 11000) return { ok: false, reason: 'conflict' };
        throw error;
      }
      return { ok: true, templates: await read(communeCode) };
    }
    const stored = await ReplyTemplatesModel.findOneAndUpdate(
      { _id: communeCode, revision: expected },
      { $set: { templates }, $inc: { revision: 1 } },
      { returnDocument: 'after' },
    ).lean();
    return stored ? { ok: true, templates: toTemplates(stored) } : { ok: false, reason: 'conflict' };
  };

  /** The stored list with the staff member's change applied, or why not. */
  const change = async (
    staff: CommuneStaff,
    expected: number,
    edit: (templates: ReplyTemplate[]) => ReplyTemplate[] | 'not-found' | 'too-many',
  ): Promise<TemplateWriteResult> => {
    if (!staff.active) return { ok: false, reason: 'not-allowed' };
    const current = await read(staff.communeCode);
    if (current.revision !== expected) return { ok: false, reason: 'conflict' };
    const edited = edit(current.templates);
    if (typeof edited === 'string') return { ok: false, reason: edited };
    return writeIfCurrent(staff.communeCode, expected, edited);
  };

  return {
    of: read,

    async create(staff: CommuneStaff, expected: number, input: { title: string; text: string }) {
      return change(staff, expected, (templates) =>
        templates.length >= MAX_TEMPLATES
          ? 'too-many'
          : [...templates, { id: randomBytes(6).toString('hex'), ...input, updatedAt: new Date() }],
      );
    },

    async update(staff: CommuneStaff, expected: number, id: string, input: { title: string; text: string }) {
      return change(staff, expected, (templates) =>
        templates.some((template) => template.id === id)
          ? templates.map((template) =>
              template.id === id ? { ...template, ...input, updatedAt: new Date() } : template,
            )
          : 'not-found',
      );
    },

    async remove(staff: CommuneStaff, expected: number, id: string) {
      return change(staff, expected, (templates) =>
        templates.some((template) => template.id === id)
          ? templates.filter((template) => template.id !== id)
          : 'not-found',
      );
    },
  };
}

export type ReplyTemplateService = ReturnType<typeof createReplyTemplates>;
