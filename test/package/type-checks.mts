// Type-level assertions for the package fixtures (types.mts, jsx.tsx and the manifest check test-package.mjs writes).

/** True when A and B are the same type, not merely assignable one to the other. */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only for `true`. */
export type Expect<T extends true> = T;
