// web-ext ships no types; this is the part of its programmatic API the Firefox smoke test uses.
declare module 'web-ext' {
  interface Runner { exit(): Promise<void> }
  const webExt: {
    cmd: { run(params: Record<string, unknown>, options?: { shouldExitProgram?: boolean }): Promise<Runner> };
  };
  export default webExt;
}
