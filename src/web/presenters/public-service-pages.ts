// What the pages every public service must have (mentions légales, données personnelles,
// accessibilité) say that depends on the configuration: who publishes and hosts the service, the
// contact address, the lifetimes the code enforces. Unset values show as placeholders, never
// invented.
import type { Config } from '../../config';
import { EMAIL_TOKEN_LIFETIME_MS, RESET_TOKEN_LIFETIME_MS } from '../../services/accounts/account-deps';
import { MAX_PROJECTS_PER_PERSON } from '../../services/projects/project-service';

const HOUR_MS = 3_600_000;

/** The day the accessibility declaration was written, as it states it. */
export const ACCESSIBILITY_DECLARATION_DATE = { iso: '2026-12-03', label: '3 décembre 2026' };

/** A configured line, or the placeholder that names the variable to set. */
const configured = (value: string | undefined, variable: string) =>
  value
    ? { value, missing: false }
    : { value: `Non renseigné (variable ${variable} à définir)`, missing: true };

export function legalIdentity(config: Pick<Config, 'legal' | 'publicUrl'>) {
  const { legal } = config;
  return {
    siteUrl: config.publicUrl,
    publisher: configured(legal.publisher, 'LEGAL_PUBLISHER'),
    publisherAddress: configured(legal.publisherAddress, 'LEGAL_PUBLISHER_ADDRESS'),
    publicationDirector: configured(legal.publicationDirector, 'LEGAL_PUBLICATION_DIRECTOR'),
    host: configured(legal.host, 'LEGAL_HOST'),
    hostAddress: configured(legal.hostAddress, 'LEGAL_HOST_ADDRESS'),
    contactEmail: legal.contactEmail,
  };
}

/** The lifetimes and limits the données personnelles page states, from the code and the configuration. */
export function dataLifetimes(config: Pick<Config, 'session' | 'loginLimits' | 'map'>) {
  return {
    sessionIdleMinutes: config.session.idleMinutes,
    sessionAbsoluteHours: config.session.absoluteHours,
    cookieName: config.session.secureCookies ? '__Host-accueil-sante' : 'accueil-sante',
    emailLinkHours: EMAIL_TOKEN_LIFETIME_MS / HOUR_MS,
    resetLinkHours: RESET_TOKEN_LIFETIME_MS / HOUR_MS,
    loginWindowMinutes: config.loginLimits.windowMinutes,
    maxProjects: MAX_PROJECTS_PER_PERSON,
    tileOrigin: config.map.tileOrigin.replace(/^https:\/\//, ''),
  };
}
