// The demo's aid schemes: the real ones of reference-schemes.ts (the seeds' two ARS
// Bourgogne-Franche-Comté schemes, managed by the demo ARS account, and the national ones, managed
// by the moderators), published under their readable ids. Idempotent: what exists is left alone.
import { REFERENCE_SCHEMES } from '../../domain/schemes/reference-schemes';
import type { SchemeService } from '../schemes/scheme-service';
import { MODERATION_OWNER, type SchemePublisher, partnerOwner } from '../schemes/scheme-publishers';

const SEED_LABEL = 'données de démonstration';

export async function seedDemoSchemes(
  schemes: SchemeService,
  ars: { id: string; partner: Parameters<typeof partnerOwner>[0] },
): Promise<number> {
  const arsPublisher: SchemePublisher = {
    id: ars.id,
    email: SEED_LABEL,
    owner: partnerOwner(ars.partner),
    scope: {
      role: 'partenaire',
      validated: true,
      territory: { level: ars.partner.territoire.niveau, code: ars.partner.territoire.code },
    },
  };
  const moderation: SchemePublisher = {
    id: null,
    email: SEED_LABEL,
    owner: MODERATION_OWNER,
    scope: { role: 'moderateur' },
  };
  let created = 0;
  for (const reference of REFERENCE_SCHEMES) {
    if (schemes.get(reference.id)) continue;
    const { id, status: _status, sources: _sources, ...input } = reference;
    const publisher = reference.area.territory.level === 'national' ? moderation : arsPublisher;
    const result = await schemes.create(publisher, input, { publish: true, id });
    if (!result.ok) throw new Error(`demo scheme ${id}: ${result.reason}`);
    created += 1;
  }
  return created;
}
