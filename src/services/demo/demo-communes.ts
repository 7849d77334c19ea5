// The demo territory: communes of Bretagne and Bourgogne-Franche-Comté (the regions whose ARS
// describe the problem in ../shared/context), and a few elsewhere. Named as the autocomplete does.
export interface DemoCommune {
  label: string;
  /** Monthly rent per m² that is plausible there, in euros. */
  rentPerM2: number;
  need: string;
}

export const DEMO_COMMUNES: DemoCommune[] = [
  {
    label: 'Saint-Brieuc (22)',
    rentPerM2: 10,
    need: 'Trois médecins généralistes partent à la retraite d’ici deux ans.',
  },
  {
    label: 'Lannion (22)',
    rentPerM2: 10,
    need: 'La maison de santé cherche un médecin et un kinésithérapeute.',
  },
  {
    label: 'Guingamp (22)',
    rentPerM2: 8,
    need: 'Nous cherchons des médecins généralistes et une sage-femme.',
  },
  { label: 'Loudéac (22)', rentPerM2: 7, need: 'Un cabinet infirmier et deux médecins sont recherchés.' },
  {
    label: 'Paimpol (22)',
    rentPerM2: 9,
    need: 'Le territoire manque de kinésithérapeutes et d’orthophonistes.',
  },
  { label: 'Dinan (22)', rentPerM2: 10, need: 'Plusieurs médecins partent à la retraite.' },
  {
    label: 'Carhaix-Plouguer (29)',
    rentPerM2: 7,
    need: 'L’hôpital et la ville cherchent des médecins et des infirmiers.',
  },
  { label: 'Quimperlé (29)', rentPerM2: 9, need: 'Deux généralistes recherchés pour la maison de santé.' },
  { label: 'Landerneau (29)', rentPerM2: 10, need: 'Nous accueillons volontiers internes et remplaçants.' },
  { label: 'Morlaix (29)', rentPerM2: 9, need: 'Médecins généralistes et dentistes recherchés.' },
  { label: 'Châteaulin (29)', rentPerM2: 8, need: 'Un médecin et un orthophoniste sont attendus.' },
  {
    label: 'Douarnenez (29)',
    rentPerM2: 9,
    need: 'La commune cherche des médecins pour son centre de santé.',
  },
  { label: 'Fougères (35)', rentPerM2: 9, need: 'Plusieurs départs en retraite de médecins sont prévus.' },
  { label: 'Vitré (35)', rentPerM2: 10, need: 'Nous cherchons des kinésithérapeutes et des infirmiers.' },
  { label: 'Redon (35)', rentPerM2: 9, need: 'Médecins et sages-femmes recherchés.' },
  {
    label: 'Montfort-sur-Meu (35)',
    rentPerM2: 10,
    need: 'La maison de santé s’agrandit et cherche des praticiens.',
  },
  {
    label: 'Pontivy (56)',
    rentPerM2: 8,
    need: 'Le centre hospitalier et la ville recherchent des médecins.',
  },
  { label: 'Ploërmel (56)', rentPerM2: 8, need: 'Deux généralistes et un dentiste sont recherchés.' },
  { label: 'Josselin (56)', rentPerM2: 7, need: 'Un médecin généraliste est attendu en priorité.' },
  {
    label: 'Questembert (56)',
    rentPerM2: 9,
    need: 'La maison de santé cherche un médecin et un orthophoniste.',
  },
  { label: 'Dole (39)', rentPerM2: 9, need: 'Plusieurs médecins et des infirmiers sont recherchés.' },
  {
    label: 'Lons-le-Saunier (39)',
    rentPerM2: 9,
    need: 'Nous cherchons des spécialistes et des généralistes.',
  },
  {
    label: 'Saint-Claude (39)',
    rentPerM2: 7,
    need: 'Le Haut-Jura manque de médecins et de kinésithérapeutes.',
  },
  { label: 'Champagnole (39)', rentPerM2: 7, need: 'Un médecin généraliste et une sage-femme recherchés.' },
  {
    label: 'Pontarlier (25)',
    rentPerM2: 11,
    need: 'La proximité de la Suisse rend les recrutements difficiles : médecins et infirmiers recherchés.',
  },
  { label: 'Montbéliard (25)', rentPerM2: 9, need: 'Plusieurs cabinets cherchent des successeurs.' },
  { label: 'Ornans (25)', rentPerM2: 8, need: 'La maison de santé de la vallée de la Loue recrute.' },
  { label: 'Autun (71)', rentPerM2: 7, need: 'Médecins généralistes et psychiatres recherchés.' },
  { label: 'Charolles (71)', rentPerM2: 6, need: 'Un médecin et un dentiste sont attendus.' },
  {
    label: 'Louhans-Châteaurenaud (71)',
    rentPerM2: 7,
    need: 'La Bresse cherche des médecins et des kinésithérapeutes.',
  },
  { label: 'Nevers (58)', rentPerM2: 8, need: 'Nous cherchons des médecins de toutes spécialités.' },
  { label: 'Clamecy (58)', rentPerM2: 6, need: 'Un médecin généraliste en priorité, et une sage-femme.' },
  { label: 'Avallon (89)', rentPerM2: 7, need: 'Médecins et infirmiers recherchés pour le Morvan.' },
  { label: 'Tonnerre (89)', rentPerM2: 6, need: 'La maison de santé cherche deux médecins.' },
  { label: 'Vesoul (70)', rentPerM2: 8, need: 'Des spécialistes et des généralistes sont recherchés.' },
  { label: 'Gray (70)', rentPerM2: 7, need: 'Un médecin et un orthophoniste sont attendus.' },
  { label: 'Luxeuil-les-Bains (70)', rentPerM2: 7, need: 'Médecins et kinésithérapeutes recherchés.' },
  { label: 'Montbard (21)', rentPerM2: 7, need: 'La commune cherche des médecins généralistes.' },
  { label: 'Châtillon-sur-Seine (21)', rentPerM2: 7, need: 'Un dentiste et deux médecins sont recherchés.' },
  {
    label: 'Semur-en-Auxois (21)',
    rentPerM2: 7,
    need: 'La maison de santé accueille internes et remplaçants.',
  },
  { label: 'Aurillac (15)', rentPerM2: 8, need: 'Médecins généralistes et spécialistes recherchés.' },
  { label: 'Mende (48)', rentPerM2: 8, need: 'La Lozère cherche des médecins et des infirmiers.' },
  { label: 'Guéret (23)', rentPerM2: 7, need: 'Nous cherchons des médecins et des sages-femmes.' },
];
