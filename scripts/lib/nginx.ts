/**
 * Running the production nginx config on a test port: find or install Debian's nginx and its brotli_static
 * module, and turn
 * deploy/nginx.conf into a complete configuration that serves a given dist/ on 127.0.0.1 only.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureDebianPackages } from './debian-packages.ts';

const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx'];

/** Debian's brotli_static module, which deploy/nginx.conf uses to serve the build's .br files. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
/** The Debian packages the deployment test needs. */
const NGINX_PACKAGES = ['nginx', 'libnginx-mod-http-brotli-static'];

function findNginx(exists: (path: string) => boolean = existsSync): string | undefined {
  return NGINX_CANDIDATES.find(exists);
}

/**
 * Finds nginx with the brotli_static module; as root with apt-get, installs Debian's packages when
 * either is missing, as the browser step does.
 */
function ensureNginx(): string {
  ensureDebianPackages({
    what: 'nginx with its brotli_static module',
    packages: NGINX_PACKAGES,
    isPresent: () => findNginx() !== undefined && existsSync(BROTLI_MODULE),
  });
  return findNginx()!;
}

export interface TestServerOptions {
  /** Absolute path of the built site. */
  root: string;
  port: number;
  /** Absolute path of a scratch folder for the pid file, logs and temp files. */
  work: string;
  /** Absolute path of the deploy/ folder holding nginx.conf and security-headers.conf. */
  deployDir: string;
}

/** A test-only address that answers 503, so the deployment test can see the server-error page. */
export const SERVER_ERROR_TEST_PATH = '/__deploy-test/503';

/**
 * The production server block, unchanged except for where it listens, where the site is and where its
 * include lives, wrapped in the main and http contexts nginx needs to run as an ordinary user process.
 */
export function testServerConfig(options: TestServerOptions): string {
  const server = readFileSync(`${options.deployDir}/nginx.conf`, 'utf8')
    // Comments first, so the directives below are only ever matched as directives.
    .replace(/^\s*#.*$/gm, '')
    .replace(/^\s*listen\s+[^;]+;\s*$/gm, '')
    .replace(/^(\s*)server_name\s+[^;]+;/m, `$1listen 127.0.0.1:${options.port};\n$1server_name localhost;`)
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${options.root};`)
    .replaceAll('/etc/nginx/conf.d/security-headers.conf', `${options.deployDir}/security-headers.conf`)
    // No static file can fail with a 5xx, so the test adds one address that does (last, inside the server block).
    .replace(/\}\s*$/, `    location = ${SERVER_ERROR_TEST_PATH} { return 503; }\n}\n`);
  if (!server.includes(`root ${options.root};`)) throw new Error('deploy/nginx.conf: no `root` directive to point at dist/');
  return inMainContext(server, options.work);
}

/** Wraps server blocks in the main and http contexts nginx needs to run as an ordinary user process. */
function inMainContext(server: string, w: string): string {
  return `# Generated for the deployment test from deploy/nginx.conf.
load_module ${BROTLI_MODULE};
worker_processes 1;
daemon off;
pid ${w}/nginx.pid;
error_log ${w}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${w}/client_body;
  proxy_temp_path ${w}/proxy;
  fastcgi_temp_path ${w}/fastcgi;
  uwsgi_temp_path ${w}/uwsgi;
  scgi_temp_path ${w}/scgi;
${server}
}
`;
}

/**
 * deploy/nginx.conf as its header comment says to set it up for HTTPS: the example's TLS lines in place
 * of the two `listen 80` lines, its redirecting port-80 server block after the site's, and the given
 * certificate. Only for `nginx -t`, which checks it without listening anywhere.
 */
export function httpsExampleConfig(options: { deployDir: string; work: string; certificate: string; key: string }): string {
  const conf = readFileSync(`${options.deployDir}/nginx.conf`, 'utf8');
  // The example is the comment lines indented by five spaces after the `#`.
  const example = conf
    .split('\n')
    .filter((line) => line.startsWith('#     '))
    .map((line) => line.slice(6));
  const redirectStart = example.findIndex((line) => line.startsWith('server {'));
  if (redirectStart < 1)
    throw new Error('deploy/nginx.conf: no HTTPS example (TLS lines, then a redirecting server block) in the header comment');
  const tls = example
    .slice(0, redirectStart)
    .map((line) =>
      line
        .replace(/^ssl_certificate\s+\S+;/, `ssl_certificate ${options.certificate};`)
        .replace(/^ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${options.key};`),
    );
  const site = conf
    .replace(/^\s*#.*$/gm, '')
    .replace(/^(\s*)listen 80;\s*\n\s*listen \[::\]:80;/m, (_, indent: string) => tls.map((line) => `${indent}${line}`).join('\n'))
    .replaceAll('/etc/nginx/conf.d/security-headers.conf', `${options.deployDir}/security-headers.conf`);
  if (!/listen 443 ssl/.test(site))
    throw new Error(
      'deploy/nginx.conf: the HTTPS example has no `listen 443 ssl` line, or the server block no `listen 80;` pair to replace',
    );
  return inMainContext(`${site}\n${example.slice(redirectStart).join('\n')}\n`, options.work);
}

/** Asks nginx whether a configuration is valid; throws with nginx's own message when not. */
export function checkNginxConfig(config: string, work: string): void {
  const binary = ensureNginx();
  mkdirSync(work, { recursive: true });
  writeFileSync(`${work}/nginx.conf`, config);
  const syntax = spawnSync(binary, ['-t', '-p', work, '-c', `${work}/nginx.conf`], { encoding: 'utf8' });
  if (syntax.status !== 0) throw new Error(`nginx -t rejected the config:\n${syntax.stderr}`);
}

export interface RunningNginx {
  url: string;
  stop: () => void;
}

/**
 * Starts nginx in the foreground on 127.0.0.1:port serving `root` with deploy/nginx.conf, and waits
 * until it answers. The caller must call stop(); it is also stopped when this process exits.
 */
export async function startNginx(root: string, port: number, work: string): Promise<RunningNginx> {
  const binary = ensureNginx();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const config = `${work}/nginx.conf`;
  checkNginxConfig(testServerConfig({ root, port, work, deployDir: resolve('deploy') }), work);
  const child = spawn(binary, ['-p', work, '-c', config], { stdio: ['ignore', 'inherit', 'inherit'] });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.on('exit', stop);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (code ${child.exitCode}); see ${work}/error.log`);
    try {
      await fetch(`${url}/`);
      return { url, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  stop();
  throw new Error('nginx did not answer within 10 s');
}
