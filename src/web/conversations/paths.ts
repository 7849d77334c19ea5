// Where each side's conversation pages live.
export const PROFESSIONAL_MESSAGES = '/professionnel/messages';
export const COMMUNE_MESSAGES = '/commune/messages';

export const threadPath = (base: string, id: string) => `${base}/${id}`;
