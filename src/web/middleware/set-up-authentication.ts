import { Router } from 'express';
import { Passport } from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { SignIn } from '../../services/accounts/sign-in';

export type PassportInstance = InstanceType<typeof Passport>;

/**
 * Passport with the local strategy (e-mail + password). The session keeps "id:credentialsVersion";
 * each request reloads the account, so a suspension or a password change ends sessions at once.
 */
export function createPassport(signIn: SignIn): PassportInstance {
  const passport = new Passport();
  passport.use(
    new LocalStrategy({ usernameField: 'email', passwordField: 'password' }, (email, password, done) => {
      signIn
        .authenticate(email, password)
        .then(
          (result) => (result.ok ? done(null, result.user) : done(null, false, { message: result.reason })),
          done,
        );
    }),
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
