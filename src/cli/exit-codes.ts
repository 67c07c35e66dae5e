/** 0 nothing at or above --fail-on; 1 findings at or above it; 2 a usage, config, rule or input error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
