// Fails on a high or critical advisory in what ships (`npm audit --omit=dev`). When the registry's
// advisory service cannot be reached (some networks allow the registry but not its POST
// endpoint), it says so and passes: an unreachable service is not a vulnerability, but the log
// must show that nothing was checked.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit printed no report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}

if (!report.metadata) {
  console.warn(`npm audit: NOT CHECKED, the advisory service could not be reached: ${report.message ?? JSON.stringify(report.error)}`);
  process.exit(0);
}

const serious = Object.values(report.vulnerabilities ?? {}).filter(({ severity }) => severity === 'high' || severity === 'critical');
const { total } = report.metadata.vulnerabilities;
if (serious.length === 0) {
  console.log(`npm audit: no high or critical advisories in production dependencies (${total} lower).`);
  process.exit(0);
}
for (const { name, severity, range, fixAvailable } of serious) console.error(`${severity}: ${name} ${range}${fixAvailable ? ' (fix available: npm audit fix)' : ''}`);
console.error(`npm audit: ${serious.length} high or critical ${serious.length === 1 ? 'advisory' : 'advisories'} in production dependencies.`);
process.exit(1);
