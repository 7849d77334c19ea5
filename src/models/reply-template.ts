import { type InferSchemaType, Schema, model } from 'mongoose';

/**
 * A commune's reply templates, all in one document (`_id`: the commune's INSEE code), so that reading
 * them is one `_id` lookup and every change compares-and-sets the document's `revision`.
 */
const replyTemplatesSchema = new Schema(
  {
    _id: { type: String, required: true },
    templates: {
      type: [
        new Schema(
          {
            id: { type: String, required: true },
            title: { type: String, required: true },
            text: { type: String, required: true },
            updatedAt: { type: Date, required: true },
          },
          { _id: false, strict: 'throw' },
        ),
      ],
      default: [],
    },
    revision: { type: Number, required: true },
  },
  { strict: 'throw', versionKey: false, minimize: false },
);

export type ReplyTemplatesDocument = InferSchemaType<typeof replyTemplatesSchema>;
export const ReplyTemplatesModel = model('ReplyTemplates', replyTemplatesSchema, 'reply_templates');
