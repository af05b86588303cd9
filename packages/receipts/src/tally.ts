import { CATEGORIES } from './receipt.js';

/** One visitor's latest answer of a day, as the dashboard counts it. */
export interface Answer {
  revision: string | null;
  gpc: boolean;
  categories: Record<string, boolean>;
  entries: Record<string, boolean>;
  objections: string[];
}

/** How an answer is counted: everything allowed, everything refused, some of each, or a refusal from GPC. */
export type Kind = 'accept' | 'refuse' | 'partial' | 'gpc';
export const KINDS: readonly Kind[] = ['accept', 'refuse', 'partial', 'gpc'];

/**
 * An answer's kind. A GPC refusal counts apart, since the visitor was shown nothing. Otherwise every
 * category and entry answered, and each objection (a refusal of an exempt entry), counts: all allowed
 * is "accept all", all refused "refuse all", anything else (nothing answered included) partial.
 */
export function kindOf(answer: Answer): Kind {
  if (answer.gpc) return 'gpc';
  const answers = [...Object.values(answer.categories), ...Object.values(answer.entries), ...answer.objections.map(() => false)];
  if (answers.length && answers.every((allowed) => allowed)) return 'accept';
  if (answers.length && answers.every((allowed) => !allowed)) return 'refuse';
  return 'partial';
}

/** One day of one revision: counts of answers, never of visitors (a visitor who did not answer is not seen). */
export interface DayTally {
  day: string;
  answers: number;
  kinds: Record<Kind, number>;
  /** Per category: the answers that answered it, and those that allowed it. */
  categories: Record<string, { answered: number; allowed: number }>;
  /** Per exempt entry: the answers that objected to it. */
  objections: Record<string, number>;
}

export interface RevisionTally {
  revision: string | null;
  days: DayTally[];
}

const emptyDay = (day: string): DayTally => ({
  day,
  answers: 0,
  kinds: { accept: 0, refuse: 0, partial: 0, gpc: 0 },
  categories: Object.fromEntries(CATEGORIES.map((category) => [category, { answered: 0, allowed: 0 }])),
  objections: {},
});

/**
 * Adds one day's answers (each id's latest of that day and revision, as the store gives them) to the
 * tallies per revision; days come in order.
 */
export function addDay(tallies: Map<string | null, RevisionTally>, day: string, answers: Answer[]): void {
  const days = new Map<string | null, DayTally>();
  for (const answer of answers) {
    let tally = days.get(answer.revision);
    if (!tally) days.set(answer.revision, (tally = emptyDay(day)));
    tally.answers++;
    tally.kinds[kindOf(answer)]++;
    for (const [category, allowed] of Object.entries(answer.categories)) {
      const count = tally.categories[category];
      if (!count) continue;
      count.answered++;
      if (allowed) count.allowed++;
    }
    for (const id of answer.objections) tally.objections[id] = (tally.objections[id] ?? 0) + 1;
  }
  for (const [revision, tally] of days) {
    let revisionTally = tallies.get(revision);
    if (!revisionTally) tallies.set(revision, (revisionTally = { revision, days: [] }));
    revisionTally.days.push(tally);
  }
}

/** A share as a whole percentage with one decimal, or null when nothing was counted. */
export const share = (part: number, whole: number): number | null => (whole ? Math.round((part / whole) * 1000) / 10 : null);
