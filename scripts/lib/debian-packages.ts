/**
 * Installing what the tests need from Debian: when something is missing and we are root with apt-get,
 * install Debian's packages; otherwise stop and say exactly what to install. One code path for
 * Chromium, the CJK font and nginx, so they behave alike.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export interface DebianNeed {
  /** What is missing, in words: "a Chromium for the browser tests". */
  what: string;
  /** The Debian packages that provide it. */
  packages: string[];
  /** Whether it is there now (asked before and after installing). */
  isPresent: () => boolean;
  /** Another way out, added to the advice: "or set CHROMIUM_PATH to …". */
  otherwise?: string;
}

/** The machine, injectable so the decisions can be tested without root or apt-get. */
export interface System {
  isRoot: () => boolean;
  hasAptGet: () => boolean;
  aptGet: (args: string[]) => void;
  log: (line: string) => void;
}

const realSystem: System = {
  isRoot: () => process.getuid?.() === 0,
  hasAptGet: () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0,
  aptGet: (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }),
  log: (line) => console.log(line),
};

/** The command a person runs as root to install `packages`. */
function installCommand(packages: string[]): string {
  return `apt-get update && apt-get install -y ${packages.join(' ')}`;
}

/**
 * Makes sure `need` is present, installing its packages as root with apt-get. Throws an Error whose
 * message says what to install when it cannot, or when it is still missing afterwards.
 * Returns true when it installed something.
 */
export function ensureDebianPackages(need: DebianNeed, system: System = realSystem): boolean {
  if (need.isPresent()) return false;
  if (!system.isRoot() || !system.hasAptGet()) {
    throw new Error(
      `No ${need.what}. Install Debian's ${need.packages.join(' and ')} as root:\n    ${installCommand(need.packages)}${need.otherwise ? `\n${need.otherwise}` : ''}`,
    );
  }
  system.log(`No ${need.what}: installing Debian's ${need.packages.join(' and ')} …`);
  system.aptGet(['update', '-qq']);
  system.aptGet(['install', '-y', '-qq', '--no-install-recommends', ...need.packages]);
  if (!need.isPresent()) throw new Error(`apt-get finished, but there is still no ${need.what}.`);
  return true;
}
