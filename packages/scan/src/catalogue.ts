import type { Category } from '../../../src/consent/categories.js';
import { namesPattern } from '../../../src/consent/names.js';
import data from '../catalogue.json';
import { siteOf } from './site.js';

type Texts = { fr: string; en: string };

/** A service of the catalogue: one suggested entry of the charter. */
export interface KnownService {
  id: string;
  provider: string;
  category: Category;
  service: Texts;
  purpose: Texts;
  source: string;
  /** The only sites where its names are its own; absent when anywhere. */
  sites?: string[];
  cookies: KnownCookie[];
}

export interface KnownCookie {
  /** A name, `*` as a wildcard. */
  name: string;
  /** Its usual lifetime in days, `'session'`, or null for storage that does not expire. */
  days: number | 'session' | null;
  /** Its name and lifetime were read in the service's `source`. */
  verified: boolean;
}

export const services = data.services as KnownService[];

const patterns = new Map(services.flatMap((service) => service.cookies.map((cookie) => [cookie, namesPattern([cookie.name])] as const)));

/** The catalogue's service and cookie for a name seen on `domain`, or null when it does not know it. */
export function lookup(name: string, domain: string): { service: KnownService; cookie: KnownCookie } | null {
  for (const service of services) {
    if (service.sites && !service.sites.includes(siteOf(domain))) continue;
    const cookie = service.cookies.find((known) => patterns.get(known)!.test(name));
    if (cookie) return { service, cookie };
  }
  return null;
}
