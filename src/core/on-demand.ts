/**
 * Code loaded with `import()` the first time it is asked for, and at hand synchronously after that.
 * The self-contained bundle has it inside (the promise resolves at once); npm users' bundlers make it
 * a chunk of its own, which the elements that need it do not wait for to show their text.
 */
export interface OnDemand<T> {
  /** The loaded module, or undefined until `load()` has resolved. */
  readonly value: T | undefined;
  /** Loads the module once; a failed load (network) is tried again at the next call. */
  load(): Promise<T>;
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get value() {
      return value;
    },
    load: () =>
      (pending ??= importer().then(
        (module) => (value = module),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}
