/**
 * An empty list whose elements V8 already holds as any values (objects, strings, booleans), not as small integers.
 * A list made by `[]` starts as one of small integers and changes its kind, and with it its map, at its first push
 * of anything else. Code V8 optimised while it pushed to the previous article's list (of the changed kind) is then
 * thrown away at the first push of the next article's ("wrong map") and compiled again: in about half the runs of a
 * 5 MB article after a short one, the function that builds each claim (50–90 ms of compiling) and the vocabulary's.
 * For a list made once per article and filled in hot code (the claims, the vocabulary); one made per sentence needs none.
 */
export function objectList<T>(): T[] {
  const list: unknown[] = [undefined];
  list.length = 0;
  return list as T[];
}
