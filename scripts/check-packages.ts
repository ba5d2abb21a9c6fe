/**
 * `npm run zip` must produce what a store needs: the Chrome and Firefox packages, each with its
 * manifest and every file the manifest names, and a sources package that builds the same thing.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

const root = path.resolve(import.meta.dirname, '..');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const problems: string[] = [];

async function open(name: string): Promise<JSZip | undefined> {
  const file = path.join(root, '.output', name);
  if (!fs.existsSync(file)) return void problems.push(`${name} is missing`);
  return JSZip.loadAsync(fs.readFileSync(file));
}

for (const browser of ['chrome', 'firefox']) {
  const zip = await open(`thrudial-${version}-${browser}.zip`);
  const manifestText = await zip?.file('manifest.json')?.async('string');
  if (!zip) continue;
  if (!manifestText) { problems.push(`${browser}: no manifest.json`); continue; }
  const manifest = JSON.parse(manifestText);
  const named = [
    manifest.background?.service_worker, ...(manifest.background?.scripts ?? []), manifest.action?.default_popup,
    manifest.options_ui?.page, manifest.storage?.managed_schema,
    manifest.default_locale && `_locales/${manifest.default_locale}/messages.json`,
  ].filter((f): f is string => typeof f === 'string');
  for (const file of named) if (!zip.file(file)) problems.push(`${browser}: manifest names ${file}, which is not in the package`);
  if (manifest.version !== version) problems.push(`${browser}: manifest version ${manifest.version}, package.json ${version}`);
  console.log(`${browser}: ${Object.keys(zip.files).length} files, manifest v${manifest.manifest_version} ${manifest.version}`);
}

const sources = await open(`thrudial-${version}-sources.zip`);
if (sources) {
  for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'entrypoints/background/index.ts', 'utils/protocol/call.ts'])
    if (!sources.file(file)) problems.push(`sources: ${file} is missing`);
  for (const name of Object.keys(sources.files))
    if (/^(node_modules|\.output|\.wxt)\//.test(name)) problems.push(`sources: ${name} should not be packed`);
  console.log(`sources: ${Object.keys(sources.files).length} files`);
}

if (problems.length) {
  console.error(problems.map((p) => `package check: ${p}`).join('\n'));
  process.exit(1);
}
console.log('package check: the Chrome, Firefox and sources packages are complete');
