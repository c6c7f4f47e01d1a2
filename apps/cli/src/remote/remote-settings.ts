import { ApiClient, normalizeServerUrl } from './api-client';

export const serverVariable = 'COOPEX_SERVER';
export const tokenVariable = 'COOPEX_TOKEN';

/** Exit code of a command called wrongly (a missing option), as opposed to a command that failed (1). */
export const usageExitCode = 2;

/** The group options as commander hands them over: from the command line, else from the environment. */
export interface RemoteOptions {
  server?: string;
  token?: string;
}

/** One line on stderr and exit code 2: the command cannot run at all as called. */
export function exitWithUsageError(message: string): never {
  console.error(`coopex: ${message}`);
  process.exit(usageExitCode);
}

/** The client the remote commands talk through; a missing or malformed setting stops the command. */
export function createRemoteClient(options: RemoteOptions): ApiClient {
  const server = options.server?.trim();
  const token = options.token?.trim();
  if (!server) {
    exitWithUsageError(
      `remote commands need the server's address: pass --server <url> or set ${serverVariable}`,
    );
  }
  try {
    normalizeServerUrl(server);
  } catch {
    exitWithUsageError(
      `--server (or ${serverVariable}) must be an http:// or https:// address, e.g. https://coopex.example.org`,
    );
  }
  if (!token) {
    exitWithUsageError(
      `remote commands need an API token: pass --token <token> or set ${tokenVariable} (create one in the web app or with POST /api/v1/api-tokens)`,
    );
  }
  return new ApiClient({ serverUrl: server, token });
}
