// Coherent demo offers for a commune: plausible rents for the place, sensible childcare ages.
// Deterministic (derived from the commune's code), so that the seed is reproducible.
import type { OfferType } from '../../domain/offers/offer-vocabulary';
import type { OfferInput } from '../offers/offer-service';

export interface DemoOffer {
  type: OfferType;
  input: OfferInput;
}

/** A small deterministic generator seeded by the commune code. */
function numbers(seed: string) {
  let state = [...seed].reduce((hash, character) => (hash * 31 + character.charCodeAt(0)) >>> 0, 7);
  return (modulo: number) => {
    state = (state * 1103515245 + 12345) >>> 0;
    return (state >>> 8) % modulo;
  };
}

/** Job leads for a spouse, each coherent: title, NAF section, contract. */
const DEMO_JOBS = [
  {
    title: 'Secrétaire de mairie',
    jobTitle: 'Secrétaire de mairie',
    sector: 'O',
    contract: 'fonction-publique',
  },
  {
    title: 'Professeur des écoles (remplacements)',
    jobTitle: 'Enseignant(e) remplaçant(e)',
    sector: 'P',
    contract: 'cdd',
  },
  { title: 'Comptable en PME', jobTitle: 'Comptable', sector: 'M', contract: 'cdi' },
  {
    title: 'Technicien(ne) de maintenance',
    jobTitle: 'Technicien(ne) de maintenance',
    sector: 'C',
    contract: 'cdi',
  },
  { title: 'Conseiller(ère) bancaire', jobTitle: 'Conseiller(ère) clientèle', sector: 'K', contract: 'cdi' },
] as const;

const months = (from: Date, count: number) =>
  new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + count, 1));

export function demoOffersFor(
  commune: { code: string; nom: string },
  rentPerM2: number,
  today: Date,
): DemoOffer[] {
  const pick = numbers(commune.code);
  const start = months(today, 1 + pick(4));
  const contact = { name: `Service accueil santé – mairie de ${commune.nom}`, email: '', phone: '' };
  const common = (title: string, description: string, extra: Partial<OfferInput> = {}) => ({
    title,
    description,
    availableFrom: start,
    expiresAt: null,
    audiences: ['installation' as const],
    professions: [],
    contact,
    ...extra,
  });

  const rooms = 2 + pick(3);
  const surface = 35 + rooms * 15 + pick(10);
  const rent = Math.round((surface * rentPerM2) / 10) * 10;
  const ageMin = [0, 3, 10][pick(3)] ?? 0;
  const job = DEMO_JOBS[pick(DEMO_JOBS.length)] ?? DEMO_JOBS[0];
  const all: DemoOffer[] = [
    {
      type: 'logement',
      input: {
        ...common(
          `T${rooms} de ${surface} m² pour un professionnel de santé`,
          `Logement communal rénové à ${commune.nom}, proche du centre et des écoles.\nLes trois premiers mois sont offerts aux professionnels qui s’installent.`,
          { audiences: ['installation', 'remplacement'] },
        ),
        details: {
          housingKind: rooms > 3 ? 'maison' : 'appartement',
          tenure: 'location',
          rooms,
          surfaceM2: surface,
          price: rent,
          monthsFree: 3,
          furnished: false,
          accessible: pick(2) === 0,
          shortStays: false,
        },
      },
    },
    {
      type: 'logement',
      input: {
        ...common(
          'Studio meublé pour internes et remplaçants',
          `Studio meublé à ${commune.nom}, disponible pour des séjours de quelques semaines à six mois.`,
          { audiences: ['remplacement', 'interne-etudiant'] },
        ),
        details: {
          housingKind: 'studio',
          tenure: 'mise-a-disposition',
          rooms: 1,
          surfaceM2: 20 + pick(10),
          price: 0,
          monthsFree: 0,
          furnished: true,
          accessible: false,
          shortStays: true,
        },
      },
    },
    {
      type: 'garde-enfants',
      input: {
        ...common(
          `Places en ${ageMin === 0 ? 'crèche' : 'micro-crèche'} pour les enfants des soignants`,
          `La ${ageMin === 0 ? 'crèche' : 'micro-crèche'} de ${commune.nom} réserve des places aux familles des professionnels de santé qui s’installent.`,
        ),
        details: {
          structure: ageMin === 0 ? 'creche' : 'micro-creche',
          places: 2 + pick(3),
          ageMinMonths: ageMin,
          ageMaxMonths: 36,
          openingHours: 'Du lundi au vendredi, 7 h 30 – 19 h',
          reservedPlaces: 1,
        },
      },
    },
    {
      type: 'emploi-conjoint',
      input: {
        ...common(
          job.title,
          `Un employeur de ${commune.nom} ou des environs recrute ; la commune fait le lien avec la personne du foyer qui cherche un emploi.`,
        ),
        details: {
          sector: job.sector,
          jobTitle: job.jobTitle,
          contract: job.contract,
          workingTime: pick(3) === 0 ? 'temps-partiel' : 'temps-plein',
          employer: '',
        },
      },
    },
    {
      type: 'local-professionnel',
      input: {
        ...common(
          'Cabinet équipé dans la maison de santé',
          `Un cabinet de la maison de santé pluriprofessionnelle de ${commune.nom} est libre, avec secrétariat partagé.`,
          { professions: ['medecin-generaliste', 'masseur-kinesitherapeute', 'sage-femme'] },
        ),
        details: {
          premisesKind: 'place-msp',
          surfaceM2: 18 + pick(12),
          rent: pick(3) === 0 ? 0 : 300 + pick(4) * 50,
          equipment: 'Table d’examen, accès internet, salle d’attente partagée',
          sharedSecretariat: true,
        },
      },
    },
    {
      type: 'aide-financiere',
      input: {
        ...common(
          'Aide à l’installation',
          `La commune de ${commune.nom} verse une aide aux professionnels qui s’y installent, en complément des aides de l’ARS et de l’Assurance Maladie.`,
        ),
        details: {
          amountEur: [3000, 5000, 10000][pick(3)] ?? 5000,
          funder: `Commune de ${commune.nom}`,
          conditions: 'S’installer dans la commune et y exercer au moins la durée d’engagement.',
          commitmentMonths: 36,
        },
      },
    },
    {
      type: 'accueil',
      input: {
        ...common(
          'Journée découverte du territoire',
          `Une journée pour découvrir ${commune.nom} avec votre famille : écoles, logements, maison de santé, rencontre avec les élus.`,
          { audiences: ['installation', 'remplacement', 'interne-etudiant'] },
        ),
        details: {
          welcomeDay: true,
          referent: 'Le ou la chargée de mission santé de la mairie',
          transport: 'Gare SNCF et lignes de car vers les villes voisines',
          other: '',
        },
      },
    },
  ];
  // Three to six offers per commune, always the housing one, the others in a commune-specific order.
  const [housing, ...rest] = all;
  const count = 2 + pick(5);
  const shuffled = rest.map((offer) => ({ offer, key: pick(1000) })).sort((a, b) => a.key - b.key);
  return [housing as DemoOffer, ...shuffled.slice(0, count).map((entry) => entry.offer)];
}
