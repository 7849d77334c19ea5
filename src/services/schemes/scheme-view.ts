// A scheme as pages, the read model and the matching engine use it: the domain's Scheme with who
// manages it and its revision, converted from and to what the database stores.
import type { GrantorKind, Scheme, SchemeAmount, Territory } from '../../domain/schemes/scheme';
import type { ProjectStatus } from '../../domain/matching/types';
import type { Profession } from '../../domain/professions';
import type { Zone } from '../../domain/zoning/zones';
import type { SchemeDocument } from '../../models/scheme';

export interface SchemeView extends Scheme {
  /** The organisation that manages it (see schemeOwner). */
  owner: string;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
}

/** What a publisher writes: the scheme without its id, status and bookkeeping. */
export type SchemeInput = Omit<Scheme, 'id' | 'status'>;

function amountOf(stored: SchemeDocument['amount']): SchemeAmount | null {
  if (!stored) return null;
  if (stored.kind === 'mensuel')
    return { kind: 'mensuel', eurPerMonth: stored.eurPerMonth ?? 0, months: stored.months ?? null };
  const instalments = stored.instalments?.map(({ atMonth, eur }) => ({ atMonth, eur }));
  return {
    kind: stored.kind,
    eur: stored.eur ?? 0,
    ...(instalments && instalments.length > 0 ? { instalments } : {}),
  };
}

export function toSchemeView(stored: SchemeDocument): SchemeView {
  const { area } = stored;
  const territory: Territory =
    area.level === 'national' ? { level: 'national' } : { level: area.level, code: area.code ?? '' };
  return {
    id: stored._id,
    owner: stored.owner,
    title: stored.title,
    summary: stored.summary,
    grantor: { name: stored.grantor.name, kind: stored.grantor.kind as GrantorKind },
    amount: amountOf(stored.amount),
    commitment: stored.commitment
      ? {
          months: stored.commitment.months,
          atLeast: stored.commitment.atLeast ?? false,
          place: stored.commitment.place,
          zones: stored.commitment.zones as Zone[],
        }
      : null,
    eligibility: {
      professions: stored.professions as Profession[],
      statuses: stored.statuses as ProjectStatus[],
      conditions: stored.conditions ?? '',
    },
    area: {
      territory,
      departements: [...area.departements],
      communes: [...area.communes],
      zones: area.zones as Zone[],
    },
    validFrom: stored.validFrom ?? null,
    validUntil: stored.validUntil ?? null,
    officialUrl: stored.officialUrl,
    status: stored.status,
    exclusiveGroup: stored.exclusiveGroup ?? null,
    revision: stored.revision,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    publishedAt: stored.publishedAt ?? null,
  };
}

const storedAmount = (amount: SchemeAmount) =>
  amount.kind === 'mensuel'
    ? { kind: amount.kind, eurPerMonth: amount.eurPerMonth, months: amount.months }
    : {
        kind: amount.kind,
        eur: amount.eur,
        instalments: amount.instalments?.map((part) => ({ atMonth: part.atMonth, eur: part.eur })),
      };

/** The stored fields of an input (the area's territory flattened). */
export function toStoredFields(input: SchemeInput) {
  const { territory, departements, communes, zones } = input.area;
  const { amount, commitment } = input;
  return {
    title: input.title,
    summary: input.summary,
    grantor: input.grantor,
    amount: amount && storedAmount(amount),
    commitment: commitment && { ...commitment, zones: [...commitment.zones] },
    professions: [...input.eligibility.professions],
    statuses: [...input.eligibility.statuses],
    conditions: input.eligibility.conditions,
    area: {
      level: territory.level,
      code: territory.level === 'national' ? '' : territory.code,
      departements: [...departements],
      communes: [...communes],
      zones: [...zones],
    },
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    officialUrl: input.officialUrl,
    exclusiveGroup: input.exclusiveGroup,
  };
}
