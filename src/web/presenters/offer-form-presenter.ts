// The offer form of each type: the choice of a type, the lists' choices, and the page of the form
// (creation, or edition of a stored offer, possibly after a conflicting save).
import {
  AUDIENCE_LABELS,
  CHILDCARE_STRUCTURE_LABELS,
  CONTRACT_LABELS,
  HOUSING_KIND_LABELS,
  HOUSING_TENURE_LABELS,
  JOB_SECTORS,
  OFFER_STATUS_LABELS,
  OFFER_TYPE_LABELS,
  OFFER_TYPES,
  type OfferType,
  PREMISES_KIND_LABELS,
  WORKING_TIME_LABELS,
} from '../../domain/offers/offer-vocabulary';
import { PROFESSION_LABELS } from '../../domain/professions';
import type { OfferView } from '../../services/offers/offer-view';
import { DESCRIPTION_MAX_LENGTH } from '../forms/offer-form';
import { type OfferFormValues, valuesToShow } from '../forms/offer-form-values';
import type { FieldErrors } from '../validation';
import { presentCommuneOffer } from './commune-offer-presenter';
import { optionsOf } from './choices';

/** One sentence per type, on the page where staff choose what to offer. */
const TYPE_DESCRIPTIONS: Record<OfferType, string> = {
  logement:
    'Un appartement, une maison ou une chambre à louer, à vendre ou prêté, y compris pour de courts séjours.',
  'garde-enfants':
    'Des places en crèche, en micro-crèche, chez un(e) assistant(e) maternel(le) ou en accueil périscolaire.',
  'emploi-conjoint': 'Un poste à pourvoir pour le conjoint ou la conjointe du professionnel qui s’installe.',
  'local-professionnel':
    'Un cabinet, une place en maison de santé, en centre de santé ou un local à aménager.',
  'aide-financiere': 'Une aide à l’installation de la commune ou d’un partenaire, avec ses conditions.',
  accueil: 'Une journée d’accueil, un référent, des solutions de transport ou tout autre soutien.',
};

/** The choices of the offer form's lists and checkbox groups, and of the "Mes offres" filters. */
export const OFFER_CHOICES = {
  audiences: optionsOf(AUDIENCE_LABELS),
  professions: optionsOf(PROFESSION_LABELS),
  housingKinds: optionsOf(HOUSING_KIND_LABELS),
  tenures: optionsOf(HOUSING_TENURE_LABELS),
  structures: optionsOf(CHILDCARE_STRUCTURE_LABELS),
  sectors: optionsOf(JOB_SECTORS),
  contracts: optionsOf(CONTRACT_LABELS),
  workingTimes: optionsOf(WORKING_TIME_LABELS),
  premisesKinds: optionsOf(PREMISES_KIND_LABELS),
  types: optionsOf(OFFER_TYPE_LABELS),
  statuses: optionsOf(OFFER_STATUS_LABELS),
};

const CHECKBOX_GROUPS = ['audiences', 'professions'] as const;

/** The types staff can choose from, each with its sentence and the link to its form. */
export const OFFER_TYPE_CHOICES = OFFER_TYPES.map((type) => ({
  type,
  label: OFFER_TYPE_LABELS[type],
  description: TYPE_DESCRIPTIONS[type],
  href: `/commune/offres/nouvelle/${type}`,
}));

export interface OfferFormPage {
  type: OfferType;
  values: OfferFormValues;
  errors?: FieldErrors;
  /** The stored offer being edited (after a conflict: its current version). */
  offer?: OfferView;
  conflict?: boolean;
}

export function presentOfferForm(page: OfferFormPage) {
  const stored = page.offer;
  return {
    title: stored
      ? `Modifier l’offre « ${stored.title} »`
      : `Nouvelle offre : ${OFFER_TYPE_LABELS[page.type].toLowerCase()}`,
    typeLabel: OFFER_TYPE_LABELS[page.type],
    fieldsPartial: `offer-fields/${page.type}`,
    action: stored ? `/commune/offres/${stored.id}` : `/commune/offres/nouvelle/${page.type}`,
    // Its actions come back to this form.
    offer: stored && presentCommuneOffer(stored, `/commune/offres/${stored.id}/modifier`),
    conflict: page.conflict === true,
    values: valuesToShow(page.values, CHECKBOX_GROUPS),
    errors: page.errors,
    choices: OFFER_CHOICES,
    descriptionMaxLength: DESCRIPTION_MAX_LENGTH,
  };
}
