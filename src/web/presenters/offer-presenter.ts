// Offers as the pages show them: labels, the key facts of each type in plain French.
import {
  AUDIENCE_LABELS,
  CHILDCARE_STRUCTURE_LABELS,
  CONTRACT_LABELS,
  HOUSING_KIND_LABELS,
  HOUSING_TENURE_LABELS,
  JOB_SECTORS,
  OFFER_STATUS_LABELS,
  OFFER_TYPE_LABELS,
  PREMISES_KIND_LABELS,
  WORKING_TIME_LABELS,
} from '../../domain/offers/offer-vocabulary';
import { PROFESSION_LABELS } from '../../domain/professions';
import type { OfferView } from '../../services/offers/offer-view';

// One formatter for every amount: building one per call cost a third of a search page's time.
const amount = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const euros = (value: unknown) => `${amount.format(Number(value))} €`;
const label = (labels: Record<string, string>, value: unknown) => labels[String(value)] ?? String(value);
const months = (value: number) => (value >= 24 && value % 12 === 0 ? `${value / 12} ans` : `${value} mois`);

/** The few facts that say what an offer is, e.g. ["Appartement T3", "65 m²", "650 €/mois"]. */
export function keyFacts(offer: Pick<OfferView, 'type' | 'details'>): string[] {
  const d = offer.details;
  switch (offer.type) {
    case 'logement': {
      const price =
        d.tenure === 'vente'
          ? euros(d.price)
          : d.tenure === 'mise-a-disposition'
            ? 'Gratuit'
            : `${euros(d.price)}/mois`;
      return [
        `${label(HOUSING_KIND_LABELS, d.housingKind)} ${Number(d.rooms) > 1 ? `T${String(d.rooms)}` : '1 pièce'}`,
        `${String(d.surfaceM2)} m²`,
        `${label(HOUSING_TENURE_LABELS, d.tenure)} – ${price}`,
        ...(Number(d.monthsFree) > 0 ? [`${String(d.monthsFree)} mois offerts`] : []),
        ...(d.furnished ? ['Meublé'] : []),
        ...(d.shortStays ? ['Séjours courts possibles'] : []),
      ];
    }
    case 'garde-enfants':
      return [
        label(CHILDCARE_STRUCTURE_LABELS, d.structure),
        `${String(d.places)} place${Number(d.places) > 1 ? 's' : ''}`,
        `De ${months(Number(d.ageMinMonths))} à ${months(Number(d.ageMaxMonths))}`,
        ...(Number(d.reservedPlaces) > 0
          ? [`${String(d.reservedPlaces)} réservée(s) aux professionnels de santé`]
          : []),
      ];
    case 'emploi-conjoint':
      return [
        String(d.jobTitle),
        label(JOB_SECTORS, d.sector),
        `${label(CONTRACT_LABELS, d.contract)}, ${label(WORKING_TIME_LABELS, d.workingTime).toLowerCase()}`,
      ];
    case 'local-professionnel':
      return [
        label(PREMISES_KIND_LABELS, d.premisesKind),
        `${String(d.surfaceM2)} m²`,
        Number(d.rent) > 0 ? `${euros(d.rent)}/mois` : 'Loyer gratuit',
        ...(d.sharedSecretariat ? ['Secrétariat partagé'] : []),
      ];
    case 'aide-financiere':
      return [
        euros(d.amountEur),
        `Financée par ${String(d.funder)}`,
        ...(Number(d.commitmentMonths) > 0 ? [`Engagement de ${String(d.commitmentMonths)} mois`] : []),
      ];
    case 'accueil':
      return [
        ...(d.welcomeDay ? ['Journée d’accueil'] : []),
        ...(d.referent ? [`Référent : ${String(d.referent)}`] : []),
        ...(d.transport ? ['Transports'] : []),
      ];
  }
}

const yes = (value: unknown) => (value ? 'Oui' : 'Non');

/** Every field of the offer's type, as rows of a description table. */
export function detailRows(offer: Pick<OfferView, 'type' | 'details'>): { label: string; value: string }[] {
  const d = offer.details;
  const rows: Record<typeof offer.type, [string, string][]> = {
    logement: [
      ['Type de logement', label(HOUSING_KIND_LABELS, d.housingKind)],
      ['Formule', label(HOUSING_TENURE_LABELS, d.tenure)],
      ['Nombre de pièces', String(d.rooms)],
      ['Surface', `${String(d.surfaceM2)} m²`],
      [d.tenure === 'vente' ? 'Prix' : 'Loyer mensuel', euros(d.price)],
      ['Mois gratuits', String(d.monthsFree ?? 0)],
      ['Meublé', yes(d.furnished)],
      ['Accessible aux personnes à mobilité réduite', yes(d.accessible)],
      ['Séjours courts (internes, remplaçants)', yes(d.shortStays)],
    ],
    'garde-enfants': [
      ['Type d’accueil', label(CHILDCARE_STRUCTURE_LABELS, d.structure)],
      ['Places disponibles', String(d.places)],
      ['Âges accueillis', `de ${months(Number(d.ageMinMonths))} à ${months(Number(d.ageMaxMonths))}`],
      ['Horaires', String(d.openingHours)],
      ['Places réservées aux professionnels de santé', String(d.reservedPlaces ?? 0)],
    ],
    'emploi-conjoint': [
      ['Poste', String(d.jobTitle)],
      ['Secteur', label(JOB_SECTORS, d.sector)],
      ['Contrat', label(CONTRACT_LABELS, d.contract)],
      ['Temps de travail', label(WORKING_TIME_LABELS, d.workingTime)],
      ['Employeur', d.employer ? String(d.employer) : 'Communiqué sur demande'],
    ],
    'local-professionnel': [
      ['Type de local', label(PREMISES_KIND_LABELS, d.premisesKind)],
      ['Surface', `${String(d.surfaceM2)} m²`],
      ['Loyer mensuel', Number(d.rent) > 0 ? euros(d.rent) : 'Gratuit'],
      ['Équipement', d.equipment ? String(d.equipment) : 'Non précisé'],
      ['Secrétariat partagé', yes(d.sharedSecretariat)],
    ],
    'aide-financiere': [
      ['Montant', euros(d.amountEur)],
      ['Financeur', String(d.funder)],
      ['Conditions', String(d.conditions)],
      ['Engagement', Number(d.commitmentMonths) > 0 ? `${String(d.commitmentMonths)} mois` : 'Aucun'],
    ],
    accueil: [
      ['Journée d’accueil', yes(d.welcomeDay)],
      ['Référent', d.referent ? String(d.referent) : 'Non précisé'],
      ['Transports', d.transport ? String(d.transport) : 'Non précisé'],
      ['Autres', d.other ? String(d.other) : '—'],
    ],
  };
  return rows[offer.type].map(([rowLabel, value]) => ({ label: rowLabel, value }));
}

/** Everything a page needs to show an offer. */
export function presentOffer(offer: OfferView) {
  return {
    ...offer,
    typeLabel: OFFER_TYPE_LABELS[offer.type],
    statusLabel: OFFER_STATUS_LABELS[offer.status],
    audienceLabels: offer.audiences.map((audience) => AUDIENCE_LABELS[audience]),
    professionLabels: offer.professions.length
      ? offer.professions.map((profession) => PROFESSION_LABELS[profession])
      : ['Toutes les professions de santé'],
    facts: keyFacts(offer),
    rows: detailRows(offer),
  };
}

/** What the card of an offer in a list shows (partials/offer-card.hbs), beside its place. */
export function presentOfferCard(offer: OfferView) {
  return {
    id: offer.id,
    title: offer.title,
    typeLabel: OFFER_TYPE_LABELS[offer.type],
    facts: keyFacts(offer),
    availableFrom: offer.availableFrom,
  };
}
