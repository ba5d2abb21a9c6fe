import { launchChromium, copyExtension } from '../tests/support/chromium';
import { startPageServer } from '../tests/support/servers';
import { bigPage } from './bench/pages';
const dir = copyExtension({ grantLoopback: true, source: process.argv[2] });
const { context } = await launchChromium(dir);
const pages = await startPageServer();
const url = pages.serve('/big5.html', bigPage({ sections: 500 }).html);
const page = await context.newPage();
let last = '';
page.on('console', (m) => { if (m.text().startsWith('ZZ')) last = m.text(); });
await page.goto(url, { waitUntil: 'load' });
for (let i = 0; i < 20; i++) { await new Promise((r) => setTimeout(r, 1000)); }
console.log(last);
await context.close();
process.exit(0);
