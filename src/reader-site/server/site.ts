/** The blog's name and public address, for feeds, structured data and absolute links. */
export interface SiteInfo {
  name: string;
  description: Record<string, string>;
  /** Absolute origin without a trailing slash, e.g. `https://blog.example.org`. */
  origin: string;
}

export function siteInfo(requestOrigin: string): SiteInfo {
  const configured = (process.env.PUBLIC_URL ?? '').replace(/\/+$/, '');
  return {
    name: process.env.SITE_NAME || 'Social-Media-Blog',
    description: {
      de: 'Studien, Berufsbild Social Media Manager, Buchtipps und Events: der Blog einer Online-Marketing-Agentur.',
      en: 'Studies, the social media manager’s job, book tips and events: an online marketing agency’s blog.',
    },
    origin: configured || requestOrigin,
  };
}

export const LANGUAGE_TAGS: Record<string, string> = { de: 'de-DE', en: 'en-GB' };
