// The service's structured JSON log (pino): requests (see web/logging), jobs and failures of the
// services. Level from LOG_LEVEL (silent in tests).
import pino, { type DestinationStream, type Logger } from 'pino';

/** Defence in depth: the request serializers (web/logging) already leave these out. */
const REDACTED = [
  'req.headers',
  'res.headers',
  'req.body',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*._csrf',
  '*.token',
  '*.cookie',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACTED, censor: '[masqué]' } }, destination);
}
