/**
 * One row of the charter's table. It only carries attributes, which the consent core reads, and
 * shows nothing where it is placed.
 *
 * @attr id - the entry id that scripts ask `cookieCharter.allows()` about
 * @attr category - necessary, statistics, first-party or third-party
 * @attr provider - the entry's provider; `provider-de`, `provider-ar`… give it in another language
 * @attr service - where and what for; `service-de`… in another language
 * @attr cookies - space-separated cookie names, `*` as a wildcard
 * @attr purpose - what the cookies are for; `purpose-de`… in another language
 * @attr duration - how long they last: "13 mois", "6 months", "395d" or ISO 8601 "P13M", written again in the visitor's language
 * @attr exempt - audience measurement exempt from consent (statistics only): allowed from the first visit until the visitor objects
 */
export class CookieCharterEntryElement extends HTMLElement {}
