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
  /** Present when the service can be set up for the CNIL's exemption from consent (Matomo, not Hotjar or Piano). */
  exempt?: Exemption;
  /** Its tag, as the configurator writes it into a snippet; absent when it does not know it. */
  tag?: ServiceTag;
  cookies: KnownCookie[];
}

/** Where the exemption from consent for audience measurement is explained, and how the service is set up for it. */
export interface Exemption {
  /** The CNIL's page on the exemption. */
  source: string;
  /** The vendor's guide to the settings the exemption needs. */
  setup: string;
}

/** A tag gated on the entry's id: `{{id}}` and `{{field}}` in `html` stand for the id and each field's value. */
export interface ServiceTag {
  /** `script`: gated scripts, where the tracker's tag goes; `embed`: a template, where the content goes. */
  kind: 'script' | 'embed';
  fields: TagField[];
  html: string;
}

/** What a portal fills in for a tag: its Matomo's address, a video's id. */
export interface TagField {
  name: string;
  label: Texts;
  example: string;
  /** A regular expression that the whole value must match; values are also escaped as HTML. */
  pattern?: string;
  /** The value to start with, per language. */
  default?: Texts;
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
