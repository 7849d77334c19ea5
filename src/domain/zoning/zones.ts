// The zones of the ARS zoning (arrêtés de zonage), their canonical codes and what each one is worth
// to the matching engine's territory-need criterion.
import { toSearchKey } from '../geo/search-text';
import { PROFESSIONS, PROFESSION_LABELS, type Profession } from '../professions';

/**
 * Canonical codes. ZIP / ZAC are the physicians' zones (zone d’intervention prioritaire, zone d’action
 * complémentaire); the five levels from "très sous-dotée" to "sur-dotée" are the other professions'.
 */
export const ZONES = [
  'zip',
  'zac',
  'tres-sous-dotee',
  'sous-dotee',
  'intermediaire',
  'tres-dotee',
  'sur-dotee',
] as const;
export type Zone = (typeof ZONES)[number];

export const ZONE_LABELS: Record<Zone, string> = {
  zip: 'ZIP',
  zac: 'ZAC',
  'tres-sous-dotee': 'Très sous-dotée',
  'sous-dotee': 'Sous-dotée',
  intermediaire: 'Intermédiaire',
  'tres-dotee': 'Très dotée',
  'sur-dotee': 'Sur-dotée',
};

/** In a sentence: "zone d’intervention prioritaire (ZIP)", "zone sous-dotée". */
export const ZONE_PHRASES: Record<Zone, string> = {
  zip: 'zone d’intervention prioritaire (ZIP)',
  zac: 'zone d’action complémentaire (ZAC)',
  'tres-sous-dotee': 'zone très sous-dotée',
  'sous-dotee': 'zone sous-dotée',
  intermediaire: 'zone intermédiaire',
  'tres-dotee': 'zone très dotée',
  'sur-dotee': 'zone sur-dotée',
};

/** The need criterion's quality in each zone: the scarcer the professionals, the higher. */
export const ZONE_QUALITY: Record<Zone, number> = {
  zip: 1,
  'tres-sous-dotee': 1,
  zac: 0.75,
  'sous-dotee': 0.75,
  intermediaire: 0.5,
  'tres-dotee': 0.25,
  'sur-dotee': 0,
};

/** "pour les médecins généralistes". */
export const PROFESSION_PLURALS: Record<Profession, string> = {
  'medecin-generaliste': 'médecins généralistes',
  'medecin-specialiste': 'médecins spécialistes',
  'chirurgien-dentiste': 'chirurgiens-dentistes',
  'sage-femme': 'sages-femmes',
  infirmier: 'infirmiers',
  ipa: 'infirmiers en pratique avancée',
  'masseur-kinesitherapeute': 'masseurs-kinésithérapeutes',
  orthophoniste: 'orthophonistes',
  orthoptiste: 'orthoptistes',
  pharmacien: 'pharmaciens',
  'pedicure-podologue': 'pédicures-podologues',
  ergotherapeute: 'ergothérapeutes',
  psychomotricien: 'psychomotriciens',
  'aide-soignant': 'aides-soignants',
};

const ZONE_ALIASES: Record<string, Zone> = {
  'zone d intervention prioritaire': 'zip',
  'zone d action complementaire': 'zac',
  'tres sous dote': 'tres-sous-dotee',
  'sous dote': 'sous-dotee',
  'tres dote': 'tres-dotee',
  'sur dote': 'sur-dotee',
  'zone tres sous dotee': 'tres-sous-dotee',
  'zone sous dotee': 'sous-dotee',
  'zone intermediaire': 'intermediaire',
  'zone tres dotee': 'tres-dotee',
  'zone sur dotee': 'sur-dotee',
};

const zonesByKey = new Map<string, Zone>([
  ...ZONES.map((zone) => [toSearchKey(zone), zone] as const),
  ...ZONES.map((zone) => [toSearchKey(ZONE_LABELS[zone]), zone] as const),
  ...Object.entries(ZONE_ALIASES),
]);

/** "Très sous-dotée", "TRES SOUS DOTEE", "tres-sous-dotee" → 'tres-sous-dotee'; undefined if unknown. */
export const zoneOfLabel = (text: string): Zone | undefined => zonesByKey.get(toSearchKey(text));

// Feminine and short forms people write in spreadsheets, besides the codes and the labels.
const PROFESSION_ALIASES: Record<string, Profession> = {
  medecin: 'medecin-generaliste',
  generaliste: 'medecin-generaliste',
  mg: 'medecin-generaliste',
  dentiste: 'chirurgien-dentiste',
  'chirurgienne dentiste': 'chirurgien-dentiste',
  infirmiere: 'infirmier',
  ide: 'infirmier',
  kine: 'masseur-kinesitherapeute',
  kinesitherapeute: 'masseur-kinesitherapeute',
  'masseuse kinesitherapeute': 'masseur-kinesitherapeute',
  pharmacienne: 'pharmacien',
  psychomotricienne: 'psychomotricien',
  'aide soignante': 'aide-soignant',
};

const withoutParentheses = (label: string) => label.replace(/\([^)]*\)/g, ' ');

const professionsByKey = new Map<string, Profession>([
  ...PROFESSIONS.flatMap((profession) =>
    [profession, PROFESSION_LABELS[profession], withoutParentheses(PROFESSION_LABELS[profession])].map(
      (text) => [toSearchKey(text), profession] as const,
    ),
  ),
  ...Object.entries(PROFESSION_ALIASES),
]);

/** A profession code or its French label, in any case and with or without accents. */
export const professionOfLabel = (text: string): Profession | undefined =>
  professionsByKey.get(toSearchKey(text));
