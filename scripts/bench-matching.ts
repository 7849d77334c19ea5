// npm run bench:matching — the matching engine at France scale, in process and through the
// results page over HTTP, on the embedded database, with a naive baseline measured in the same
// run. The dataset (20,000 offers, 5,000 projects) is written once into a scratch database
// (data/bench-matching) and reused by the next runs.
// Targets: engine p95 ≤ 20 ms for a région and ≤ 60 ms for France; HTTP p95 ≤ 150 ms for a région
// with 10 requests at a time.
import { startService } from '../src/service';
import { OfferModel } from '../src/models/offer';
import { createPasswordHasher } from '../src/services/accounts/password-hasher';
import { createMatchingService } from '../src/services/matching/matching-service';
import { OfferReadModel } from '../src/services/offers/offer-read-model';
import { toOfferView } from '../src/services/offers/offer-view';
import { loadReadModels } from '../src/services/read-models';
import { ALMOST_SHOWN, PAGE_SIZE } from '../src/web/presenters/results-presenter';
import { benchConfig } from './bench/bench-config';
import type { HttpRequest } from './bench/http-load';
import { type Latency, formatLatency, measureHttp, measureInProcess } from './bench/latency';
import { logIn } from './bench/log-in';
import {
  BENCH_PASSWORD,
  benchProject,
  ensureSyntheticData,
  measuredAreas,
  MEASURING_PROFESSIONALS,
} from './bench/synthetic-data';
import { runScript } from './run-script';

const ENGINE_RUNS = 30;
const BASELINE_RUNS = 3;
const HTTP_REQUESTS = 200;
/** Requests sent before each HTTP measure, not counted: code warmed up, sessions read once. */
const HTTP_WARM_UP = 30;
const HTTP_CONCURRENCY = 10;
const quiet = () => undefined;

const row = (label: string, what: string, latency: Latency, extra = '') =>
  console.log(`${label.padEnd(34)} ${what.padEnd(9)} ${formatLatency(latency)}${extra}`);
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const ratio = (slow: Latency, fast: Latency) => `  ratio p95 ×${(slow.p95 / fast.p95).toFixed(1)}`;

runScript(async () => {
  const config = benchConfig('bench-matching');
  let service = await startService(config, quiet);
  const first = await loadReadModels();
  const regionCodes = first.gazetteer.regions().map((region) => region.code);
  const hasher = createPasswordHasher(config.passwordHash);
  const measuring = await ensureSyntheticData(
    regionCodes.flatMap((code) => first.gazetteer.communesInRegion(code)),
    regionCodes,
    (password) => hasher.hash(password),
    console.log,
  );
  // Started again, so that the service's read models hold the whole dataset.
  await service.stop();
  service = await startService(config, quiet);
  try {
    const { gazetteer, offers, communeNeeds, zoning, projects } = await loadReadModels();
    const matching = createMatchingService(gazetteer, offers, communeNeeds, zoning.index);
    console.log(
      `${gazetteer.communeCount} communes, ${offers.size} offers, ${[...projects.all()].length} projects; ` +
        `engine: ${ENGINE_RUNS} runs, naive baseline: ${BASELINE_RUNS} runs, HTTP: ${HTTP_REQUESTS} requests ${HTTP_CONCURRENCY} at a time ` +
        `(after ${HTTP_WARM_UP} not counted), sent from a worker thread`,
    );
    const sessions = await Promise.all(
      measuring.map(async ({ ownerEmail, projectIds }) => ({
        cookie: await logIn(service.url, ownerEmail, BENCH_PASSWORD),
        projectIds,
      })),
    );
    const measurePages = async (request: (i: number) => HttpRequest) => {
      await measureHttp(service.url, HTTP_WARM_UP, HTTP_CONCURRENCY, request);
      return measureHttp(service.url, HTTP_REQUESTS, HTTP_CONCURRENCY, request);
    };
    const healthz = await measurePages(() => ({ path: '/healthz' }));
    row('GET /healthz (HTTP baseline)', 'HTTP', healthz);
    // A signed-in page without matching: the session, the account and the layout.
    const signedIn = await measurePages((i) => ({
      path: '/professionnel',
      headers: { cookie: sessions[i % MEASURING_PROFESSIONALS]?.cookie ?? '' },
    }));
    row('GET /professionnel (signed in)', 'HTTP', signedIn, ratio(signedIn, healthz) + ' of /healthz');

    const now = new Date();
    const results: Record<string, { engine: Latency; http: Latency }> = {};
    for (const [index, { label, area }] of measuredAreas(regionCodes).entries()) {
      const project = {
        profession: 'medecin-generaliste',
        status: 'installe',
        ...benchProject(area),
      } as const;
      // As the results page asks for its first page.
      const firstPage = { now, maxResults: PAGE_SIZE, maxAlmost: ALMOST_SHOWN };
      const engine = await measureInProcess(ENGINE_RUNS, () => matching.match(project, firstPage));
      const shown = matching.match(project, firstPage);
      row(label, 'engine', engine, `  (${shown.rankedTotal} ranked, ${shown.almostTotal} almost)`);
      // The naive way: every offer read from the database, every commune of the area assessed in full.
      const naive = await measureInProcess(BASELINE_RUNS, async () => {
        const all = (await OfferModel.find().lean()).map(toOfferView);
        return createMatchingService(gazetteer, new OfferReadModel(all), communeNeeds, zoning.index).match(
          project,
          {
            now,
          },
        );
      });
      row('', 'naive', naive, ratio(naive, engine));
      const http = await measurePages((i) => {
        const session = sessions[i % MEASURING_PROFESSIONALS] ?? sessions[0];
        return {
          path: `/professionnel/projets/${session?.projectIds[index]}/resultats`,
          headers: { cookie: session?.cookie ?? '' },
        };
      });
      row('', 'HTTP', http, `${ratio(http, healthz)} of /healthz, ${kilobytes(http.bytes)} on the wire`);
      results[label] = { engine, http };
    }
    const verdict = (value: number | undefined, target: number) =>
      value !== undefined && value <= target ? 'met' : 'NOT MET';
    const region = results['région (Bourgogne-Franche-Comté)'];
    console.log(
      `targets: engine p95 ≤ 20 ms for a région (${verdict(region?.engine.p95, 20)}), ≤ 60 ms for France ` +
        `(${verdict(results.France?.engine.p95, 60)}); HTTP p95 ≤ 150 ms for a région (${verdict(region?.http.p95, 150)})`,
    );
  } finally {
    await service.stop();
  }
});
