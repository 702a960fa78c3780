// No imports: a test that must load nothing but the component under test can use it.
/** Records each `console.warn` call's arguments instead of printing them, until `restore()`. */
export function captureWarnings(): { readonly calls: unknown[][]; restore(): void } {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  return {
    calls,
    restore: () => {
      console.warn = original;
    },
  };
}

/** Runs `test` with `console.warn` recorded (see `captureWarnings`), and restores it however `test` ends. */
export async function withWarnings<T>(test: (calls: unknown[][]) => T | Promise<T>): Promise<T> {
  const captured = captureWarnings();
  try {
    return await test(captured.calls);
  } finally {
    captured.restore();
  }
}
