// The texts of the e-mails about an account. Plain text, French, with links to this service.
import type { ModerationAction } from '../../domain/accounts/moderation';
import type { MailMessage } from '../mail/mailer';

/** A moderator's decision, in the person's words; `reason` as the moderator typed it. */
const DECISIONS: Record<ModerationAction, (reason: string) => { subject: string; body: string }> = {
  valider: () => ({
    subject: 'Votre compte est validé',
    body: 'Votre compte Accueil Santé a été validé par un modérateur : vous pouvez désormais agir au nom de votre organisation.',
  }),
  refuser: (reason) => ({
    subject: 'Votre demande de compte n’a pas été acceptée',
    body: `Votre demande de compte Accueil Santé n’a pas été acceptée, pour la raison suivante :\n\n${reason}\n\nVous pouvez répondre à cette décision en nous écrivant.`,
  }),
  suspendre: (reason) => ({
    subject: 'Votre compte est suspendu',
    body: `Votre compte Accueil Santé a été suspendu, pour la raison suivante :\n\n${reason}`,
  }),
  reactiver: () => ({
    subject: 'Votre compte est réactivé',
    body: 'Votre compte Accueil Santé a été réactivé : vous pouvez de nouveau vous connecter.',
  }),
};

const SIGNATURE =
  '\n\n—\nAccueil Santé\nCet e-mail a été envoyé automatiquement, merci de ne pas y répondre.';

export const accountEmails = {
  verifyAddress: (to: string, link: string): MailMessage => ({
    to,
    subject: 'Confirmez votre adresse e-mail',
    text:
      `Bonjour,\n\nPour activer votre compte Accueil Santé, confirmez votre adresse e-mail en ouvrant ce lien (valable 24 heures) :\n\n${link}\n\n` +
      `Si vous n’avez pas créé de compte, ignorez ce message.${SIGNATURE}`,
  }),

  alreadyRegistered: (to: string, loginLink: string, resetLink: string): MailMessage => ({
    to,
    subject: 'Vous avez déjà un compte',
    text:
      `Bonjour,\n\nQuelqu’un (vous, sans doute) a voulu créer un compte Accueil Santé avec cette adresse, qui en a déjà un.\n\n` +
      `Se connecter : ${loginLink}\nMot de passe oublié : ${resetLink}\n\nSi ce n’était pas vous, ignorez ce message.${SIGNATURE}`,
  }),

  /** Asked for an address with no account (a reset or a new verification link): the same work as a known one. */
  noAccount: (to: string, signUpLink: string): MailMessage => ({
    to,
    subject: 'Aucun compte à cette adresse',
    text:
      `Bonjour,\n\nQuelqu’un (vous, sans doute) a demandé un lien d’Accueil Santé pour cette adresse, mais aucun compte ne l’utilise.\n\n` +
      `Pour créer un compte : ${signUpLink}\n\nSi ce n’était pas vous, ignorez ce message.${SIGNATURE}`,
  }),

  /** Another account asked to take this address, which already has one: nothing changed. */
  addressUnavailable: (to: string): MailMessage => ({
    to,
    subject: 'Votre adresse a été proposée pour un autre compte',
    text:
      `Bonjour,\n\nQuelqu’un a demandé à utiliser cette adresse pour un autre compte Accueil Santé. Elle est déjà celle d’un compte : rien n’a changé.\n\n` +
      `Si c’était vous, connectez-vous avec cette adresse, ou supprimez l’un des deux comptes depuis « Mon compte ».${SIGNATURE}`,
  }),

  confirmNewAddress: (to: string, link: string): MailMessage => ({
    to,
    subject: 'Confirmez votre nouvelle adresse e-mail',
    text: `Bonjour,\n\nPour utiliser cette adresse avec votre compte Accueil Santé, ouvrez ce lien (valable 24 heures) :\n\n${link}${SIGNATURE}`,
  }),

  addressChangeRequested: (to: string, newAddress: string): MailMessage => ({
    to,
    subject: 'Changement d’adresse e-mail demandé',
    text:
      `Bonjour,\n\nUn changement de l’adresse e-mail de votre compte vers ${newAddress} a été demandé. ` +
      `Il ne prendra effet qu’une fois la nouvelle adresse confirmée.\n\nSi vous n’êtes pas à l’origine de cette demande, changez votre mot de passe.${SIGNATURE}`,
  }),

  resetPassword: (to: string, link: string): MailMessage => ({
    to,
    subject: 'Réinitialisez votre mot de passe',
    text:
      `Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable 1 heure, une seule fois) :\n\n${link}\n\n` +
      `Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.${SIGNATURE}`,
  }),

  passwordChanged: (to: string): MailMessage => ({
    to,
    subject: 'Votre mot de passe a été modifié',
    text:
      `Bonjour,\n\nLe mot de passe de votre compte Accueil Santé vient d’être modifié ; les autres sessions ouvertes ont été fermées.\n\n` +
      `Si vous n’êtes pas à l’origine de ce changement, réinitialisez votre mot de passe sans attendre.${SIGNATURE}`,
  }),

  moderationDecision: (to: string, action: ModerationAction, reason: string): MailMessage => {
    const { subject, body } = DECISIONS[action](reason);
    return { to, subject, text: `Bonjour,\n\n${body}${SIGNATURE}` };
  },

  accountDeleted: (to: string): MailMessage => ({
    to,
    subject: 'Votre compte a été supprimé',
    text: `Bonjour,\n\nVotre compte Accueil Santé et les données personnelles qui y étaient liées ont été supprimés.${SIGNATURE}`,
  }),
};
