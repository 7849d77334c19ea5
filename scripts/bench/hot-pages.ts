// The hot pages `npm run bench` measures and the varied requests of its soak (so that caches fill
// up to their bounds); bench:memory sends the same traffic.

export interface Request {
  path: string;
  headers?: Record<string, string>;
}
export interface Endpoint {
  label: string;
  requests: Request[];
  status?: number;
}

/** Every hot endpoint; `results(area)`: the results pages of the signed-in professionals' projects of that area. */
export const hotEndpoints = (results: (areaIndex: number) => Request[], mapEtag: string): Endpoint[] => [
  { label: 'home /', requests: [{ path: '/' }] },
  {
    label: '/offres?type=logement&region=27&public=…',
    requests: [{ path: '/offres?type=logement&region=27&public=installation' }],
  },
  { label: '/offres?q=maison', requests: [{ path: '/offres?q=maison' }] },
  { label: 'commune page /communes/39198', requests: [{ path: '/communes/39198' }] },
  { label: 'map data /carte/donnees.json', requests: [{ path: '/carte/donnees.json' }] },
  {
    label: 'map data → 304 (If-None-Match)',
    requests: [{ path: '/carte/donnees.json', headers: { 'if-none-match': mapEtag } }],
    status: 304,
  },
  { label: 'autocomplete /api/communes?q=saint', requests: [{ path: '/api/communes?q=saint' }] },
  { label: 'results, région project (10 pros)', requests: results(2) },
  { label: 'results, France project (10 pros)', requests: results(3) },
  { label: 'open data /api/v1/offres?region=27', requests: [{ path: '/api/v1/offres?region=27' }] },
  { label: 'open data /api/v1/offres.geojson', requests: [{ path: '/api/v1/offres.geojson' }] },
  { label: 'open data /api/v1/communes/39198', requests: [{ path: '/api/v1/communes/39198' }] },
];

/** The soak's requests beside the endpoints': free text, commune pages, région filters, open data pages, prefixes. */
export function variedRequests(): Request[] {
  const words = ['maison', 'crèche', 'appartement', 'aide', 'poste', 'local', 'offre', 'cabinet'];
  const communes = ['39198', '75056', '13055', '69123', '21231', '25056', '29019', '33063', '59350', '2A004'];
  return [
    ...words.map((word) => ({ path: `/offres?q=${encodeURIComponent(word)}` })),
    ...communes.map((code) => ({ path: `/communes/${code}` })),
    ...communes.map((code) => ({ path: `/api/v1/communes/${code}` })),
    ...['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93'].map((region) => ({
      path: `/offres?region=${region}&type=logement`,
    })),
    ...[1, 2, 3, 4, 5].map((page) => ({ path: `/api/v1/offres?page=${page}` })),
    ...[1, 2, 3].map((page) => ({ path: `/api/v1/offres.geojson?page=${page}` })),
    ...['dol', 'sai', 'par', 'lyo', 'bes'].map((q) => ({ path: `/api/communes?q=${q}` })),
  ];
}

/** The soak's mixed traffic: every endpoint's requests, the results pages of the smaller areas too, the varied requests. */
export const soakRequests = (
  endpoints: readonly Endpoint[],
  results: (areaIndex: number) => Request[],
): Request[] => [
  ...endpoints.flatMap((endpoint) => endpoint.requests),
  ...[0, 1].flatMap((area) => results(area)),
  ...variedRequests(),
];
