// The buttons of a scheme's actions (publish, unpublish, archive, restore), with the revision they
// were shown on (compare-and-set).
import { z } from 'zod';
import { SCHEME_ACTIONS } from '../../domain/schemes/scheme-lifecycle';
import { csrfField } from './fields';

export const schemeActionForm = z.strictObject({
  _csrf: csrfField,
  action: z.enum(SCHEME_ACTIONS),
  revision: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
});
