// The package in plain French: values, commitments, lines and totals.
import { communePackage } from '../../../../src/domain/schemes/package';
import {
  commitmentPhrase,
  linePhrase,
  totalsPhrase,
  valuePhrase,
} from '../../../../src/domain/schemes/package-wording';
import { REFERENCE_SCHEMES } from '../../../../src/domain/schemes/reference-schemes';
import { commune, NOW, offer, project } from '../matching/fixtures';
import { plain } from '../matching/helpers';

describe('package wording', () => {
  it('says what an aid is worth and how far to trust it', () => {
    expect(plain(valuePhrase({ firstYearEur: 10000, wholeEur: 10000, bound: 'exact' }))).toBe('10 000 €');
    expect(plain(valuePhrase({ firstYearEur: 14250, wholeEur: 37500, bound: 'plafond' }))).toBe(
      'jusqu’à 37 500 € dont 14 250 € la première année',
    );
    expect(plain(valuePhrase({ firstYearEur: 14400, wholeEur: 14400, bound: 'au-moins' }))).toBe(
      'au moins 14 400 €',
    );
    expect(valuePhrase({ firstYearEur: 0, wholeEur: 0, bound: 'inconnu' })).toBe('montant non publié');
  });

  it('says where and how long one commits to work', () => {
    expect(commitmentPhrase({ months: 36, atLeast: false, place: 'commune', zones: [] }, 'Le Creusot')).toBe(
      '36 mois au Creusot',
    );
    expect(
      commitmentPhrase(
        { months: 24, atLeast: true, place: 'zone', zones: ['zip', 'zac', 'tres-sous-dotee'] },
        'Dole',
      ),
    ).toBe('au moins 24 mois en zone ZIP, ZAC ou très sous-dotée');
    expect(
      commitmentPhrase({ months: 18, atLeast: false, place: 'etablissement-region', zones: [] }, 'Dole'),
    ).toBe('18 mois dans un établissement de santé ou médico-social de la région');
  });

  it('names each line’s scheme and grantor, and sums up the package', () => {
    const dole = commune('39198', 'Dole', 0, { zoneOf: () => 'tres-sous-dotee' });
    const ownAid = offer('39198', 'aide-financiere', {
      amountEur: 5000,
      funder: 'Commune de Dole',
      commitmentMonths: 36,
    });
    const result = communePackage({
      project: project({ profession: 'infirmier' }),
      commune: dole,
      offers: [ownAid],
      schemes: REFERENCE_SCHEMES,
      now: NOW,
    });
    expect(result.lines.map((line) => plain(linePhrase(line, dole.nom)))).toEqual([
      'Contrat d’aide à la première installation des infirmiers (CAPII), Assurance Maladie (CPAM) : jusqu’à 37 500 € dont 14 250 € la première année, engagement de 60 mois en zone très sous-dotée',
      `${ownAid.title}, Commune de Dole : 5 000 €, engagement de 36 mois à Dole`,
    ]);
    expect(plain(totalsPhrase(result.totals))).toBe(
      '19 250 € la première année, 42 500 € en tout (montants « jusqu’à » comptés au plus)',
    );
    expect(
      plain(
        totalsPhrase({
          firstYearEur: 0,
          wholeEur: 0,
          includesCeilings: false,
          includesOpenEnded: false,
          unknownAmounts: 2,
        }),
      ),
    ).toBe('0 € la première année, 0 € en tout, 2 montants non publiés');
  });
});
