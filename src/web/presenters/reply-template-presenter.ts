// The commune's "Modèles de réponse" page: the list with its edit and delete links, and the form
// (a new template, or the one being edited) with the revision of the list the staff member saw.
import type { ReplyTemplates } from '../../services/contacts/reply-templates';
import type { FieldErrors } from '../validation';

export const TEMPLATES_PATH = '/commune/messages/modeles';

export interface TemplatesForm {
  /** The id of the template being edited (it exists: the router checked). */
  editing?: string;
  errors?: FieldErrors;
  /** What was typed, after a refusal; otherwise the edited template, or nothing. */
  values?: Record<string, string>;
}

export function presentTemplatesPage(current: ReplyTemplates, form: TemplatesForm) {
  const editing = current.templates.find((template) => template.id === form.editing);
  const action = editing ? `${TEMPLATES_PATH}/${editing.id}` : TEMPLATES_PATH;
  return {
    title: editing ? `Modifier le modèle « ${editing.title} »` : 'Modèles de réponse',
    templates: current.templates.map((template) => ({
      ...template,
      editHref: `${TEMPLATES_PATH}/${template.id}`,
      deleteAction: `${TEMPLATES_PATH}/${template.id}/suppression`,
    })),
    revision: current.revision,
    editing: editing && { id: editing.id, action },
    action,
    values:
      form.values ?? (editing ? { titre: editing.title, texte: editing.text } : { titre: '', texte: '' }),
    errors: form.errors,
  };
}
