// `npm test`: every check and test suite, in stages. The checks of one stage share no state and
// mostly use one core each (tsc, eslint, the i18n and Electron checks), so on CI's two cores they
// run side by side; each stage starts only when the one before it passed. Output is kept per check
// and printed whole when that check ends, so two checks never interleave their lines, and each
// check's time is printed with it.
//
//   node scripts/test-all.mjs           every stage
//   node scripts/test-all.mjs --list    the stages and their commands, without running them
import { spawn } from 'node:child_process';

/** Stages in order; the npm scripts of one stage run at the same time. */
const STAGES = [
  ['typecheck', 'lint', 'check:i18n', 'check:electron'],
  ['test:unit'],
  ['build'],
  ['test:e2e'],
  // Last, so a script over the budget does not hide what the e2e run finds.
  ['check:initial-js'],
];

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Runs one npm script with its output held back; resolves with its exit code and output. */
function run(script) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ script, code: 1, output: String(error), time: seconds(started) }));
    child.on('close', (code, signal) => resolve({ script, code: code ?? (signal ? 1 : 0), output: Buffer.concat(output).toString(), time: seconds(started) }));
  });
}

/** Runs a stage's scripts side by side, printing each one's output as it ends. */
async function runStage(scripts) {
  if (scripts.length === 1) {
    // One script alone streams its output: the e2e run's progress shows as it goes.
    const started = performance.now();
    console.log(`\n=== ${scripts[0]}`);
    const child = spawn('npm', ['run', '--silent', scripts[0]], { stdio: 'inherit' });
    const code = await new Promise((resolve) => child.on('close', (exit, signal) => resolve(exit ?? (signal ? 1 : 0))));
    console.log(`=== ${scripts[0]}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds(started)}`);
    return code === 0;
  }
  const results = await Promise.all(
    scripts.map((script) =>
      run(script).then((result) => {
        console.log(`\n=== ${script}\n${result.output.trimEnd()}`);
        console.log(`=== ${script}: ${result.code === 0 ? 'passed' : `failed (exit ${result.code})`} in ${result.time}`);
        return result;
      }),
    ),
  );
  return results.every((result) => result.code === 0);
}

if (process.argv.includes('--list')) {
  STAGES.forEach((scripts, index) => console.log(`stage ${index + 1}: ${scripts.map((script) => `npm run ${script}`).join(' & ')}`));
} else {
  const started = performance.now();
  for (const scripts of STAGES) {
    if (!(await runStage(scripts))) {
      console.error(`\nnpm test failed at: ${scripts.join(', ')} (after ${seconds(started)})`);
      process.exit(1);
    }
  }
  console.log(`\nnpm test passed in ${seconds(started)}`);
}
