/**
 * One expression for a list of cookie names as entries write them in `cookies`, where `*` matches any
 * run of characters (`_pk_id.*`). Deletion and the scanner match names with it, so they agree.
 */
export const namesPattern = (names: string[]) => {
  let pattern = '';
  for (const name of names) pattern += `|${name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}`;
  return new RegExp(`^(${pattern.slice(1)})$`);
};
