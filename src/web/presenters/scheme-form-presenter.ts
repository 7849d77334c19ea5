// The scheme form as its page shows it (views/pages/partner/scheme-form.hbs): its heading and
// action, the scheme edited atop it, the values shown back, the errors, and its choices (the
// territories the publisher may choose among them).
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { PROJECT_STATUSES } from '../../domain/matching/types';
import { PROFESSIONAL_STATUS_LABELS } from '../../domain/professionals/professional-profile';
import { PROFESSION_LABELS } from '../../domain/professions';
import { COMMITMENT_PLACE_LABELS, GRANTOR_KIND_LABELS, type Territory } from '../../domain/schemes/scheme';
import { ZONE_LABELS } from '../../domain/zoning/zones';
import {
  type SchemePublisher,
  isPendingPublisher,
  publisherTerritory,
} from '../../services/schemes/scheme-publishers';
import type { SchemeView } from '../../services/schemes/scheme-view';
import { type OfferFormValues, valuesToShow } from '../forms/offer-form-values';
import { SCHEME_CHECKBOX_GROUPS, territoryValue } from '../forms/scheme-form';
import type { FieldErrors } from '../validation';
import { optionsOf } from './choices';
import { presentOwnScheme, territoryName } from './scheme-presenter';

/** The territories a publisher may choose: its own (a région's départements too), or all for moderators. */
function territoryChoices(scope: Territory, gazetteer: Gazetteer) {
  const choice = (territory: Territory) => ({
    value: territoryValue(territory),
    label: territoryName(territory, gazetteer),
  });
  if (scope.level === 'departement') return [choice(scope)];
  const departements = (region?: string) =>
    gazetteer
      .departements(region)
      .map((departement) => choice({ level: 'departement', code: departement.code }));
  if (scope.level === 'region') return [choice(scope), ...departements(scope.code)];
  return [
    choice(scope),
    ...gazetteer.regions().map((region) => choice({ level: 'region', code: region.code })),
    ...departements(),
  ];
}

const SCHEME_CHOICES = {
  grantorKinds: optionsOf(GRANTOR_KIND_LABELS),
  amountKinds: [
    { value: 'non-publie', label: 'Montant non publié' },
    { value: 'fixe', label: 'Montant fixe' },
    { value: 'plafond', label: 'Jusqu’à un montant maximum' },
    { value: 'mensuel', label: 'Montant mensuel' },
  ],
  commitmentPlaces: optionsOf(COMMITMENT_PLACE_LABELS),
  zones: optionsOf(ZONE_LABELS),
  professions: optionsOf(PROFESSION_LABELS),
  statuses: PROJECT_STATUSES.map((value) => ({ value, label: PROFESSIONAL_STATUS_LABELS[value] })),
};

export interface SchemeFormPage {
  values: OfferFormValues;
  errors?: FieldErrors;
  /** The stored scheme being edited (after a conflict: its current version). */
  scheme?: SchemeView;
  conflict?: boolean;
}

/** The form of a new scheme (`base`/nouveau) or of a stored one (`base`/:id). */
export function presentSchemeForm(
  page: SchemeFormPage,
  publisher: SchemePublisher,
  base: string,
  gazetteer: Gazetteer,
) {
  return {
    title: page.scheme ? `Modifier le dispositif « ${page.scheme.title} »` : 'Nouveau dispositif',
    base,
    action: page.scheme ? `${base}/${page.scheme.id}` : `${base}/nouveau`,
    scheme: page.scheme && presentOwnScheme(page.scheme, base, gazetteer),
    conflict: page.conflict === true,
    pending: isPendingPublisher(publisher),
    values: valuesToShow(page.values, SCHEME_CHECKBOX_GROUPS),
    errors: page.errors,
    choices: { ...SCHEME_CHOICES, territories: territoryChoices(publisherTerritory(publisher), gazetteer) },
  };
}
