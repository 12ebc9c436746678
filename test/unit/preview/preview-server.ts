import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export type Preview = { url: string; port: number; close(): Promise<void> };

// The preview server is plain CommonJS (run by node directly); typed here by what the tests use.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { startPreviewServer } = require('../../../preview/server') as {
  startPreviewServer(o: {
    distDir: string;
    hostDir: string;
    port: number;
    kubeApiUrl?: string;
    testHooks?: boolean;
    allowedHosts?: string;
  }): Promise<Preview>;
};

/** Empty temporary folders for dist/ and dist-preview/, removed by `removeAll`. */
export const tempDirs = (prefix: string) => {
  const dirs: string[] = [];
  return {
    make: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    removeAll: () => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })),
  };
};
