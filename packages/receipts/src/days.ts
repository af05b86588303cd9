/** Paris days as `YYYY-MM-DD`: the dashboard's and the exports' unit, whatever the server's time zone. */
const PARIS = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

export const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The Paris day of an instant. */
export const parisDay = (at: Date): string => PARIS.format(at);

/** Whether `text` is a real calendar day. */
export const isDay = (text: string): boolean => DAY.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** The day `count` days after `day` (before, when negative). */
export const addDays = (day: string, count: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + count * 86_400_000).toISOString().slice(0, 10);

/** The days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
