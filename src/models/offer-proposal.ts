import { type InferSchemaType, Schema, Types, model } from 'mongoose';

/**
 * A commune proposing its offers to a professional's project ("Proposer nos offres"). One per
 * project and commune: the `_id` is "<projectId>:<communeCode>", so the database itself refuses a
 * second one on every server (FerretDB only indexes `_id`).
 */
const offerProposalSchema = new Schema(
  {
    _id: { type: String, required: true },
    projectId: { type: Types.ObjectId, required: true },
    /** INSEE code of the proposing commune. */
    communeCode: { type: String, required: true },
    /** The staff member who proposed. */
    by: { type: Types.ObjectId, required: true },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);

export const offerProposalId = (projectId: string, communeCode: string): string =>
  `${projectId}:${communeCode}`;

export type OfferProposalDocument = InferSchemaType<typeof offerProposalSchema>;
export const OfferProposalModel = model('OfferProposal', offerProposalSchema, 'offer_proposals');
