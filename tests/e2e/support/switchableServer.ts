import { serveStatic } from '../../../scripts/bench/staticServer.mjs';

/** A static server on 127.0.0.1 whose folder can be switched: "deploying" another build. */
export async function startSwitchableServer(root: string, port: number): Promise<{ url: string; deploy: (dir: string) => void; close: () => Promise<void> }> {
  let current = root;
  const server = await serveStatic(() => current, port);
  return {
    ...server,
    deploy: (dir) => {
      current = dir;
    },
  };
}
