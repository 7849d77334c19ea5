// A package in plain French, as the aid criterion's explanation and the comparison table will say
// it: each line names its scheme and who grants it, its value and what it asks in return.
import { either, euros, inPlace, lowerFirst } from '../matching/french';
import { ZONE_LABELS } from '../zoning/zones';
import type { AidValue } from './aid-value';
import type { PackageLine, PackageTotals } from './package';
import type { SchemeCommitment } from './scheme';

/** "10 000 €", "jusqu’à 37 500 € dont 14 250 € la première année", "au moins 14 400 €". */
export function valuePhrase(value: AidValue): string {
  if (value.bound === 'inconnu') return 'montant non publié';
  const whole =
    value.bound === 'plafond'
      ? `jusqu’à ${euros(value.wholeEur)}`
      : value.bound === 'au-moins'
        ? `au moins ${euros(value.wholeEur)}`
        : euros(value.wholeEur);
  return value.firstYearEur < value.wholeEur && value.bound !== 'au-moins'
    ? `${whole} dont ${euros(value.firstYearEur)} la première année`
    : whole;
}

/** "36 mois à Dole", "au moins 24 mois en zone ZIP ou ZAC", "18 mois dans un établissement de la région". */
export function commitmentPhrase(commitment: SchemeCommitment, communeName: string): string {
  const months = `${commitment.atLeast ? 'au moins ' : ''}${String(commitment.months)} mois`;
  switch (commitment.place) {
    case 'commune':
      return `${months} ${inPlace(communeName)}`;
    case 'zone':
      return commitment.zones.length > 0
        ? `${months} en zone ${either(commitment.zones.map((zone) => lowerFirst(ZONE_LABELS[zone])))}`
        : `${months} dans une zone désignée par l’ARS`;
    case 'departement':
      return `${months} dans le département`;
    case 'region':
      return `${months} dans la région`;
    case 'etablissement-region':
      return `${months} dans un établissement de santé ou médico-social de la région`;
  }
}

/**
 * "Contrat d’aide à la première installation des infirmiers (CAPII), Assurance Maladie (CPAM) :
 * jusqu’à 37 500 € dont 14 250 € la première année, engagement de 60 mois en zone très sous-dotée".
 */
export const linePhrase = (line: PackageLine, communeName: string): string =>
  `${line.title}, ${line.grantor.name} : ${valuePhrase(line.value)}, ${
    line.commitment ? `engagement de ${commitmentPhrase(line.commitment, communeName)}` : 'sans engagement'
  }`;

/** "24 250 € la première année, 47 500 € en tout (montants « jusqu’à » comptés au plus), 1 montant non publié". */
export function totalsPhrase(totals: PackageTotals): string {
  const notes = [
    ...(totals.includesCeilings ? ['montants « jusqu’à » comptés au plus'] : []),
    ...(totals.includesOpenEnded
      ? ['allocations versées jusqu’à la fin des études comptées pour un an']
      : []),
  ];
  const unknown =
    totals.unknownAmounts === 0
      ? ''
      : `, ${String(totals.unknownAmounts)} montant${totals.unknownAmounts > 1 ? 's' : ''} non publié${totals.unknownAmounts > 1 ? 's' : ''}`;
  return `${euros(totals.firstYearEur)} la première année, ${euros(totals.wholeEur)} en tout${
    notes.length > 0 ? ` (${notes.join(' ; ')})` : ''
  }${unknown}`;
}
