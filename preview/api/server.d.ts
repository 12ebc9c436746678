import type { IncomingMessage, ServerResponse } from 'node:http';

/** Options of the embedded demo Kubernetes API (see server.js). */
export interface ApiOptions {
  /** Serve POST /api/test/reset and POST|DELETE /api/test/faults. */
  testHooks?: boolean;
  /** Load the demo data (default true). */
  seed?: boolean;
  /** Delay of the simulated controllers (default 500 ms). */
  controllerDelayMs?: number;
  /** Delay of the garbage collector after a change (default 20 ms). */
  gcDelayMs?: number;
  /** Receives startup lines (e.g. which VirtualMachine schema is in use). */
  log?: (line: string) => void;
}

export interface ApiStore {
  rv: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  all(): Array<{ res: { plural: string; group: string; kind: string }; obj: any }>;
}

export interface ApiServer {
  /** Serves any URL under /api/kubernetes/ (and /api/test/ with testHooks). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  store: ApiStore;
  /** Back to the seed state (ends open watches, clears faults). */
  reset(): void;
  /** Ends watches and timers. */
  close(): void;
}

export function createApiServer(options?: ApiOptions): ApiServer;

export interface StartedApiServer {
  url: string;
  port: number;
  api: ApiServer;
  close(): Promise<void>;
}

export function startApiServer(options?: ApiOptions & { port?: number }): Promise<StartedApiServer>;
