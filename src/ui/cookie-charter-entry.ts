/**
 * One row of the charter's table. It only carries attributes, which the consent core reads, and
 * shows nothing where it is placed.
 *
 * @attr id - the entry id that scripts ask `cookieCharter.allows()` about
 * @attr category - necessary, statistics, first-party or third-party
 * @attr provider
 * @attr service
 * @attr cookies - space-separated cookie names, `*` as a wildcard
 * @attr purpose
 * @attr duration
 * @attr exempt - audience measurement exempt from consent (statistics only): allowed from the first visit until the visitor objects
 */
export class CookieCharterEntryElement extends HTMLElement {}
