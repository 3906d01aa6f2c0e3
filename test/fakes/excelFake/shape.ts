/**
 * Compile-time check that a fake class only implements members that exist on the real Office.js
 * class, with the real property types. Methods keep their real parameter types; what they return,
 * and navigation properties (other client objects), are left free so that a fake may return fakes.
 * A misspelled member name in `K` does not compile.
 */
type Loose<V> = V extends (...args: infer A) => unknown
  ? (...args: A) => unknown
  : V extends OfficeExtension.ClientObject | OfficeExtension.EventHandlers<any> // eslint-disable-line @typescript-eslint/no-explicit-any
    ? unknown
    : V extends ReadonlyArray<OfficeExtension.ClientObject>
      ? unknown[]
      : V;

export type Shape<T, K extends keyof T> = { [P in K]: Loose<T[P]> };
