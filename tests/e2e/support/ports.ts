/**
 * The ports the end-to-end tests use on 127.0.0.1. E2E_PORT_BASE moves them all, so that two runs
 * can share a machine (e.g. CI beside a developer's `npm test`).
 */
const base = Number(process.env.E2E_PORT_BASE ?? 4173);

export const PORTS = { preview: base, update: base + 1, lighthouse: base + 3 } as const;
