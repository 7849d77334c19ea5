// Health professions, in the words of the interface (see the glossary).

export const PROFESSIONS = [
  'medecin-generaliste',
  'medecin-specialiste',
  'chirurgien-dentiste',
  'sage-femme',
  'infirmier',
  'ipa',
  'masseur-kinesitherapeute',
  'orthophoniste',
  'orthoptiste',
  'pharmacien',
  'pedicure-podologue',
  'ergotherapeute',
  'psychomotricien',
  'aide-soignant',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const PROFESSION_LABELS: Record<Profession, string> = {
  'medecin-generaliste': 'Médecin généraliste',
  'medecin-specialiste': 'Médecin spécialiste',
  'chirurgien-dentiste': 'Chirurgien(ne)-dentiste',
  'sage-femme': 'Sage-femme',
  infirmier: 'Infirmier(ère)',
  ipa: 'Infirmier(ère) en pratique avancée (IPA)',
  'masseur-kinesitherapeute': 'Masseur(se)-kinésithérapeute',
  orthophoniste: 'Orthophoniste',
  orthoptiste: 'Orthoptiste',
  pharmacien: 'Pharmacien(ne)',
  'pedicure-podologue': 'Pédicure-podologue',
  ergotherapeute: 'Ergothérapeute',
  psychomotricien: 'Psychomotricien(ne)',
  'aide-soignant': 'Aide-soignant(e)',
};
