import type { OptionalCategory } from '../consent/categories.js';
import type { Consent } from '../consent/consent.js';

/** The dialog's switches while it is open: optional entry (by its key) to on/off. */
export type Draft = Record<string, boolean>;

/** The entries of one optional category, in the charter's order. */
export const entriesOf = (consent: Consent, category: OptionalCategory) =>
  consent.config.entries.filter((entry) => entry.category === category);

/** The switches when the dialog opens: each optional entry as the current choice allows it. */
export function initialDraft(consent: Consent): Draft {
  const draft: Draft = {};
  for (const entry of consent.config.entries) if (entry.category !== 'necessary') draft[entry.key] = consent.allowsEntry(entry);
  return draft;
}

/**
 * The switches as answers for `consent.choose()`: a category is on when all its entries that need
 * consent are. Exempt entries answer for themselves (off, an objection), so that their switches, on
 * by default, never make a consent of their category: one of exempt entries only gets no answer.
 */
export function answersOf(consent: Consent, draft: Draft): Record<string, boolean> {
  const answers: Record<string, boolean> = {};
  for (const category of consent.categories) {
    const entries = entriesOf(consent, category);
    const needConsent = entries.filter((entry) => !entry.exempt);
    if (needConsent.length) answers[category] = needConsent.every((entry) => draft[entry.key]);
    // An entry without an id has no answer of its own: it follows its category's.
    for (const entry of entries) if (entry.id) answers[entry.id] = draft[entry.key] === true;
  }
  return answers;
}
