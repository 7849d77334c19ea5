// What of their project a professional may share when writing to a commune (their name and
// profession are always shown once they write).
export const SHARE_CHOICES = ['foyer', 'debut', 'zone', 'logement', 'local', 'recherche'] as const;
export type ShareChoice = (typeof SHARE_CHOICES)[number];

export const SHARE_CHOICE_LABELS: Record<ShareChoice, string> = {
  foyer: 'La composition de mon foyer (conjoint(e), âges des enfants)',
  debut: 'Le mois où je souhaite m’installer',
  zone: 'La zone où je cherche',
  logement: 'Le logement que je cherche',
  local: 'Le local professionnel que je cherche',
  recherche: 'Mes autres besoins (garde, emploi du conjoint) et ce qui m’est indispensable',
};
