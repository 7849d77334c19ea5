import { Router } from 'express';
import { Passport } from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { SignIn, SignInRefusal } from '../../services/accounts/sign-in';
import { type RateLimited, isRateLimited } from '../../services/limits/rate-limiter';
import { clientAddress } from './rate-limits';

export type PassportInstance = InstanceType<typeof Passport>;

/** Why a login was refused: a SignInResult's reason, and the refusal of a rate limit if one refused it. */
export interface LoginRefusal {
  message: SignInRefusal | RateLimited['reason'];
  rateLimited?: RateLimited;
}

/**
 * Passport with the local strategy (e-mail + password; wrong ones are counted per account and per
 * network address). The session keeps "id:credentialsVersion"; each request reloads the account, so
 * a suspension or a password change ends sessions at once.
 */
export function createPassport(signIn: SignIn): PassportInstance {
  const passport = new Passport();
  passport.use(
    new LocalStrategy(
      { usernameField: 'email', passwordField: 'password', passReqToCallback: true },
      (req, email, password, done) => {
        signIn.authenticate(email, password, clientAddress(req)).then((result) => {
          if (result.ok) return done(null, result.user);
          const refusal: LoginRefusal = { message: result.reason };
          if (isRateLimited(result)) refusal.rateLimited = result;
          done(null, false, refusal);
        }, done);
      },
    ),
  );
  passport.serializeUser((user, done) => done(null, `${user.id}:${user.credentialsVersion}`));
  passport.deserializeUser((key: string, done) => {
    const [id = '', version = ''] = key.split(':');
    signIn.sessionUser(id, Number(version)).then((user) => done(null, user ?? false), done);
  });
  return passport;
}

export function setUpAuthentication(passport: PassportInstance): Router {
  const router = Router();
  router.use(passport.initialize());
  router.use(passport.session());
  return router;
}
