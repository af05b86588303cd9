import type { Kind } from '../tally.js';

/** Every word the dashboard shows, in one place. */
export const TEXTS = {
  title: 'Consent receipts',
  signInTitle: 'Sign in',
  signInIntro: 'The receipts of consent are read with the token that the receiver was started with (RECEIPTS_TOKEN).',
  tokenLabel: 'Token',
  signIn: 'Sign in',
  wrongToken: 'That is not the token.',
  signOut: 'Sign out',
  period: 'Period',
  from: 'From',
  to: 'To',
  portal: 'Portal',
  allPortals: 'All portals',
  show: 'Show',
  exports: 'Export the receipts of this period:',
  oneVisitor: 'One visitor’s proof',
  choiceId: 'Choice id (shown to the visitor in the charter)',
  find: 'Export as JSON',
  counting:
    'Each day (Paris time) counts each choice id’s latest answer of that day, per charter revision. Shares are of the answers received, not of visitors: a visitor who closed the page without answering is not counted.',
  nothing: 'No receipt arrived in this period.',
  revision: (revision: string | null) => (revision === null ? 'Charter without revision' : `Revision ${revision}`),
  kindsCaption: 'Answers per day, share of answers',
  categoriesCaption: 'Share of answers allowing each category',
  objectionsCaption: 'Objections to exempt entries, share of answers',
  noObjections: 'No objection to an exempt entry in this period.',
  day: 'Day',
  answers: 'Answers',
  kinds: { accept: 'Accept all', refuse: 'Refuse all', partial: 'Partial', gpc: 'GPC refusal' } satisfies Record<Kind, string>,
  periodTooLong: (days: number) => `The dashboard shows ${days} days at most; the period was shortened.`,
} as const;
