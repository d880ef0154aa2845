import { isMailAddress, SmtpConfigError, smtpEmailConfig } from '../../../src/domain/smtp-config';

const fails = (env: Record<string, string>, variable: string) => {
  expect(() => smtpEmailConfig(env)).toThrow(SmtpConfigError);
  expect(() => smtpEmailConfig(env)).toThrow(new RegExp(`^${variable}\\b`));
};

describe('smtpEmailConfig: SMTP_* → Strapi email plugin with nodemailer', () => {
  it('is null (no mail) without SMTP_HOST, whatever else is set', () => {
    expect(smtpEmailConfig({})).toBeNull();
    expect(smtpEmailConfig({ SMTP_HOST: '  ', SMTP_PORT: 'abc', SMTP_FROM: 'x' })).toBeNull();
  });

  it('builds the nodemailer provider config with defaults: port 587, STARTTLS, no login', () => {
    const config = smtpEmailConfig({ SMTP_HOST: 'mail.example.org', SMTP_FROM: 'Redaktion <redaktion@example.org>' })!;
    expect(config.config.provider).toBe('nodemailer');
    expect(config.config.providerOptions).toMatchObject({ host: 'mail.example.org', port: 587, secure: false });
    expect(config.config.providerOptions.auth).toBeUndefined();
    expect(config.config.settings).toEqual({ defaultFrom: 'Redaktion <redaktion@example.org>' });
  });

  it('takes port, TLS, login and reply-to; port 465 means TLS unless SMTP_SECURE says otherwise', () => {
    const config = smtpEmailConfig({
      SMTP_HOST: 'smtp.example.org',
      SMTP_PORT: '465',
      SMTP_USER: 'digest@example.org',
      SMTP_PASSWORD: 'geheim',
      SMTP_REPLY_TO: 'redaktion@example.org',
    })!;
    expect(config.config.providerOptions).toMatchObject({ port: 465, secure: true, auth: { user: 'digest@example.org', pass: 'geheim' } });
    // Without SMTP_FROM the login is the sender when it is an address.
    expect(config.config.settings).toEqual({ defaultFrom: 'digest@example.org', defaultReplyTo: 'redaktion@example.org' });
    expect(
      smtpEmailConfig({ SMTP_HOST: 'h', SMTP_PORT: '465', SMTP_SECURE: 'false', SMTP_FROM: 'a@b.de' })!.config.providerOptions.secure,
    ).toBe(false);
    expect(
      smtpEmailConfig({ SMTP_HOST: 'h', SMTP_PORT: '2525', SMTP_SECURE: 'TRUE', SMTP_FROM: 'a@b.de' })!.config.providerOptions,
    ).toMatchObject({
      port: 2525,
      secure: true,
    });
  });

  it('stops on a malformed value, naming the variable', () => {
    const base = { SMTP_HOST: 'mail.example.org', SMTP_FROM: 'redaktion@example.org' };
    fails({ ...base, SMTP_PORT: 'abc' }, 'SMTP_PORT');
    fails({ ...base, SMTP_PORT: '0' }, 'SMTP_PORT');
    fails({ ...base, SMTP_PORT: '70000' }, 'SMTP_PORT');
    fails({ ...base, SMTP_PORT: '25.5' }, 'SMTP_PORT');
    fails({ ...base, SMTP_SECURE: 'yes' }, 'SMTP_SECURE');
    fails({ ...base, SMTP_FROM: 'Redaktion' }, 'SMTP_FROM');
    fails({ SMTP_HOST: 'mail.example.org', SMTP_USER: 'login-name', SMTP_PASSWORD: 'x' }, 'SMTP_FROM');
    fails({ SMTP_HOST: 'mail.example.org' }, 'SMTP_FROM');
    fails({ ...base, SMTP_REPLY_TO: 'nobody' }, 'SMTP_REPLY_TO');
    fails({ ...base, SMTP_USER: 'digest' }, 'SMTP_PASSWORD');
    fails({ ...base, SMTP_PASSWORD: 'x' }, 'SMTP_USER');
    fails({ ...base, SMTP_HOST: 'smtp://mail.example.org' }, 'SMTP_HOST');
  });

  it('knows a sender address from a name', () => {
    expect(isMailAddress('redaktion@example.org')).toBe(true);
    expect(isMailAddress('Social-Media-Blog <redaktion@example.org>')).toBe(true);
    expect(isMailAddress('redaktion')).toBe(false);
    expect(isMailAddress('a@b.de, c@d.de')).toBe(false);
    expect(isMailAddress('<>')).toBe(false);
  });
});
