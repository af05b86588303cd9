/**
 * True when the Array methods and the JSON that Lit and the banner use behave as the language says.
 * A page may have replaced them with broken versions before the widget loaded; the consent core does
 * without them, but the UI cannot, and a banner that records something else than what the visitor
 * clicked is worse than none.
 */
export function builtinsWork(): boolean {
  try {
    const list = [1, 2, 3];
    let sum = 0;
    list.forEach((n) => (sum += n));
    return (
      sum === 6 &&
      list.map((n) => n * 2).join() === '2,4,6' &&
      list.filter((n) => n > 1).length === 2 &&
      list.some((n) => n > 2) &&
      !list.every((n) => n > 2) &&
      list.includes(3) &&
      !list.includes(4) &&
      list.indexOf(2) === 1 &&
      list.find((n) => n > 1) === 2 &&
      list.slice(1).concat([4]).reduce((a, b) => a + b) === 9 &&
      [[1], [2]].flat().length === 2 &&
      JSON.parse(JSON.stringify({ list })).list[2] === 3
    );
  } catch {
    return false;
  }
}
