// `kill -TERM` sent to the npm process of `npm start` must reach the service: npm forwards the
// signal to the script's shell, and only `exec` makes that shell the service itself. Runs the real
// start script, from package.json, in a scratch folder whose "service" reports the signal.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findProjectRoot } from '../../../src/config/project-root';

const root = findProjectRoot(__dirname);
const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: { start: string };
};
const startScript = scripts.start;

const fakeService = `
process.on('SIGTERM', () => { console.log('SIGTERM reached the service'); process.exit(0); });
console.log('ready');
setInterval(() => {}, 1000);
`;

describe('npm start', () => {
  it('passes SIGTERM to the service', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accueil-sante-start-'));
    fs.mkdirSync(path.join(dir, 'dist', 'src'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'dist', 'src', 'server.js'), fakeService);
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'start-signal-check', private: true, scripts: { start: startScript } }),
    );
    const npm = spawn('npm', ['start', '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    npm.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready')) npm.kill('SIGTERM');
    });
    const code = await new Promise<number | null>((resolve) =>
      npm.on('exit', (exitCode) => resolve(exitCode)),
    );
    expect(output).toContain('SIGTERM reached the service');
    expect(code).toBe(0);
  }, 30_000);
});
