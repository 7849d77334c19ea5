// What the session and the request carry, for the type checker.
import type { AccountUser } from '../services/accounts/account-user';

declare global {
  namespace Express {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends AccountUser {}
  }
}

declare module 'express-session' {
  interface SessionData {
    csrfToken: string;
    /** When the user logged in (ms since epoch): sessions end after SESSION_ABSOLUTE_HOURS whatever happens. */
    authenticatedAt: number;
    /** One-shot message shown on the next page (DSFR alert). */
    flash: { type: 'success' | 'info' | 'warning' | 'error'; message: string };
    /**
     * A project tried without an account (/essai) that the visitor asked to keep: the project form
     * opens filled with it once they are signed in; dropped when the project is saved.
     */
    projectDraft: { values: Record<string, string | string[]>; profession: string; status: string };
  }
}

export {};
