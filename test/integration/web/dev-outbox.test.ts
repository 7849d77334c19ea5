// The development outbox at /dev/outbox: listed only when NODE_ENV=development.
import * as cheerio from 'cheerio';
import request from 'supertest';
import { createMailer } from '../../../src/services/mail/mailer';
import { listOutbox } from '../../../src/services/mail/outbox';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();

describe('/dev/outbox in development', () => {
  it('lists the messages newest first and shows each one with its headers, text and links', async () => {
    const { app, services } = await buildTestApp(database.current, { NODE_ENV: 'development' });
    await services.mailer.send({ to: 'premier@exemple.fr', subject: 'Premier message', text: 'Bonjour.' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await services.mailer.send({
      to: 'camille@exemple.fr',
      subject: 'Confirmez votre adresse e-mail',
      text: 'Bonjour Camille,\n\nOuvrez ce lien : http://127.0.0.1:3000/verification-email/abc123\n\nÀ bientôt.',
    });

    const list = cheerio.load((await request(app).get('/dev/outbox').expect(200)).text);
    expect(list('h1')).toHaveLength(1);
    const rows = list('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows.first().text()).toContain('camille@exemple.fr');
    expect(rows.first().text()).toContain('Confirmez votre adresse e-mail');
    expect(rows.last().text()).toContain('Premier message');
    const href = rows.first().find('a').attr('href') ?? '';
    expect(href).toMatch(/^\/dev\/outbox\/[0-9TZ-]+-[0-9a-f]{8}$/);

    const message = cheerio.load((await request(app).get(href).expect(200)).text);
    expect(message('h1').text().trim()).toBe('Confirmez votre adresse e-mail');
    expect(message('#entetes').text()).toContain('camille@exemple.fr');
    expect(message('pre').text()).toContain('Bonjour Camille,');
    expect(message('pre').text()).toContain('À bientôt.');
    expect(message('pre').text()).toContain('http://127.0.0.1:3000/verification-email/abc123');
    expect(message('#liens a').attr('href')).toBe('http://127.0.0.1:3000/verification-email/abc123');
    expect(message('script:not([src])')).toHaveLength(0);
  });

  it('answers 404 for an unknown or malformed message id', async () => {
    const { app } = await buildTestApp(database.current, { NODE_ENV: 'development' });
    await request(app).get('/dev/outbox/2020-01-01T00-00-00-000Z-00000000').expect(404);
    await request(app).get('/dev/outbox/..%2F..%2Fsession-secret').expect(404);
  });
});

describe('/dev/outbox outside development', () => {
  it('does not exist in tests (nor in production: it is mounted only in development)', async () => {
    const { app, services } = await buildTestApp(database.current);
    await services.mailer.send({ to: 'personne@exemple.fr', subject: 'Test', text: 'Bonjour.' });
    const response = await request(app).get('/dev/outbox').expect(404);
    expect(cheerio.load(response.text)('h1').text()).toMatch(/Page non trouvée/);
    await request(app).get('/dev/outbox/anything').expect(404);
  });

  it('does not exist in production, even with messages in the outbox folder', async () => {
    const { app, config } = await buildTestApp(database.current, {
      NODE_ENV: 'production',
      SESSION_SECRET: 'production-secret-for-this-test-0123456789',
      SMTP_URL: 'smtp://127.0.0.1:1',
    });
    const development = createMailer({ ...config.mail, smtpUrl: undefined });
    await development.send({ to: 'personne@exemple.fr', subject: 'Secret', text: 'Bonjour.' });
    expect(listOutbox(config.mail.outboxDir)).toHaveLength(1);
    const response = await request(app).get('/dev/outbox').expect(404);
    expect(response.text).not.toContain('personne@exemple.fr');
    await request(app)
      .get(`/dev/outbox/${listOutbox(config.mail.outboxDir)[0]?.id ?? ''}`)
      .expect(404);
  });
});
