import type { RequestHandler } from 'express';
import { HOME_PATHS, ROLE_LABELS, type Role, STATUS_LABELS } from '../../domain/accounts/roles';
import type { Reader } from '../../domain/contacts/conversation-rules';

/** The entries of each role in the header. */
const ROLE_NAVIGATION: Record<Role, { label: string; href: string }[]> = {
  professionnel: [
    { label: 'Mes projets', href: HOME_PATHS.professionnel },
    { label: 'Messages', href: '/professionnel/messages' },
  ],
  commune: [
    { label: 'Mes offres', href: HOME_PATHS.commune },
    { label: 'Projets compatibles', href: '/commune/projets' },
    { label: 'Installations et maintien', href: '/commune/maintien' },
    { label: 'Messages', href: '/commune/messages' },
  ],
  partenaire: [{ label: 'Tableau de bord', href: HOME_PATHS.partenaire }],
  moderateur: [
    { label: 'Comptes à valider', href: HOME_PATHS.moderateur },
    { label: 'Journal', href: '/moderation/journal' },
  ],
};

/**
 * Values every page template can use: the path, the signed-in user (with their number of unread
 * notifications), their menu (with the unread messages), a one-shot message. Both counts are in memory.
 */
export function setUpLocals(
  unread: {
    notifications?: (userId: string) => number;
    messages?: (reader: Reader) => number;
  } = {},
): RequestHandler {
  const unreadNotifications = unread.notifications ?? (() => 0);
  const unreadMessages = unread.messages ?? (() => 0);
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
      // A pending account sees its home only: nothing of its commune's inbox, not even a count.
      const validated = user.status === 'actif';
      const reader: Reader | null = !validated
        ? null
        : user.role === 'professionnel'
          ? { side: 'professionnel', id: user.id, communeCode: null }
          : user.role === 'commune' && user.commune
            ? { side: 'commune', id: user.id, communeCode: user.commune.code }
            : null;
      const unread = reader ? unreadMessages(reader) : 0;
      const navigation = ROLE_NAVIGATION[user.role];
      res.locals.roleNavigation = (validated ? navigation : navigation.slice(0, 1)).map((entry) => ({
        ...entry,
        unread: entry.label === 'Messages' && unread > 0 ? unread : 0,
      }));
    }
    if (req.session?.flash) {
      res.locals.flash = req.session.flash;
      delete req.session.flash;
    }
    next();
  };
}
