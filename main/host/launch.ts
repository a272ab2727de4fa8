import { mkdir } from 'node:fs/promises';
import type { AccordApi } from '../../shared/api';
import type { ServiceDeps } from '../services/api';
import type { DownloadSource } from '../services/downloadStore';
import { startHost, type RunningHost } from './server';
import type { StartOptions } from './startOptions';

/** The part of the services the host needs: the API and a way to release locks on exit. */
export interface HostedServices {
  api: AccordApi;
  /** Settles once settings are loaded; the address is announced only then. */
  ready?: Promise<void>;
  /** Exports the browser downloads from /download/<id>. */
  downloads?: DownloadSource;
  dispose(): Promise<void>;
}

/** What launching touches outside the host itself; start.ts passes the real ones. */
export interface LaunchDeps {
  createServices: (deps: ServiceDeps) => HostedServices;
  /** Writes one line to standard output (the address, the JSON line). */
  print: (line: string) => void;
  /** Writes one diagnostic line (refusals, bugs) to standard error. */
  log: (line: string) => void;
  platform: NodeJS.Platform;
}

/** A launched browser host and how to stop it cleanly. */
export interface LaunchedHost {
  host: RunningHost;
  /** Releases the services (document locks) and closes the server; safe to call twice. */
  stop: () => Promise<void>;
}

/**
 * Creates the library and data folders, the services (browser host: no native dialogs) and the
 * HTTP host, then prints the address line and, when asked, the JSON line that scripts read.
 */
export async function launchHost(options: StartOptions, deps: LaunchDeps): Promise<LaunchedHost> {
  await mkdir(options.libraryDir, { recursive: true });
  await mkdir(options.dataDir, { recursive: true });
  const services = deps.createServices({
    dataDir: options.dataDir,
    libraryDir: options.libraryDir,
    resourcesDir: options.resourcesDir,
    host: 'browser',
    platform: deps.platform,
  });
  let host: RunningHost;
  try {
    await services.ready;
    host = await startHost({
      api: services.api,
      staticDir: options.staticDir,
      port: options.port,
      token: options.token ?? undefined,
      log: deps.log,
      downloads: services.downloads,
    });
  } catch (error) {
    await services.dispose();
    throw error;
  }
  deps.print(`Accord is running at ${host.url}/?token=${host.token}`);
  if (options.printJson) {
    deps.print(JSON.stringify({ url: host.url, token: host.token, port: host.port }));
  }
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      try {
        await services.dispose();
      } finally {
        await host.close();
      }
    })();
    return stopping;
  };
  return { host, stop };
}
