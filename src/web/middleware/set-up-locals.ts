import type { RequestHandler } from 'express';
import { HOME_PATHS, ROLE_LABELS, type Role, STATUS_LABELS } from '../../domain/accounts/roles';

/** The entries of each role in the header. */
const ROLE_NAVIGATION: Record<Role, { label: string; href: string }[]> = {
  professionnel: [{ label: 'Mes projets', href: HOME_PATHS.professionnel }],
  commune: [
    { label: 'Mes offres', href: HOME_PATHS.commune },
    { label: 'Projets compatibles', href: '/commune/projets' },
  ],
  partenaire: [{ label: 'Tableau de bord', href: HOME_PATHS.partenaire }],
  moderateur: [
    { label: 'Comptes à valider', href: HOME_PATHS.moderateur },
    { label: 'Journal', href: '/moderation/journal' },
  ],
};

/**
 * Values every page template can use: the path, the signed-in user (with their number of unread
 * notifications, counted in memory), their menu, a one-shot message.
 */
export function setUpLocals(unreadNotifications: (userId: string) => number = () => 0): RequestHandler {
  return (req, res, next) => {
    res.locals.currentPath = req.path;
    const user = req.user;
    if (user) {
      res.locals.currentUser = {
        name: user.name,
        email: user.email,
        role: user.role,
        roleLabel: ROLE_LABELS[user.role],
        status: user.status,
        statusLabel: STATUS_LABELS[user.status],
        home: HOME_PATHS[user.role],
        unreadNotifications: unreadNotifications(user.id),
      };
      res.locals.roleNavigation = ROLE_NAVIGATION[user.role];
    }
    if (req.session?.flash) {
      res.locals.flash = req.session.flash;
      delete req.session.flash;
    }
    next();
  };
}
