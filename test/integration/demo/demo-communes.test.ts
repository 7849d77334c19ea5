// Every demo commune names a real current commune of the whole geography (no silent skip).
import { Gazetteer } from '../../../src/domain/geo/gazetteer';
import { buildGeography } from '../../../src/domain/geo/build-geography';
import { DEMO_COMMUNES } from '../../../src/services/demo/demo-communes';
import { createCommuneDirectory } from '../../../src/services/geography/commune-directory';
import { readReferenceSources } from '../../../src/services/geography/reference-sources';

it('resolves every demo commune label to exactly one commune', () => {
  const directory = createCommuneDirectory(new Gazetteer(buildGeography(readReferenceSources())));
  const unresolved = DEMO_COMMUNES.map((demo) => demo.label).filter(
    (label) => !('commune' in directory.resolve(label)),
  );
  expect(unresolved).toEqual([]);
  expect(DEMO_COMMUNES.length).toBeGreaterThanOrEqual(40);
});
