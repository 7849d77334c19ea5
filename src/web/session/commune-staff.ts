// The signed-in commune staff member, as the offer and profile services know them.
import type { Request } from 'express';
import type { CommuneStaff } from '../../services/offers/offer-service';
import { HttpError } from '../http-errors';

export function staffOf(req: Request): CommuneStaff {
  const user = req.user;
  if (!user?.commune) throw new HttpError(403, 'Votre compte n’est rattaché à aucune commune.');
  return {
    id: user.id,
    email: user.email,
    communeCode: user.commune.code,
    active: user.status === 'actif',
  };
}
