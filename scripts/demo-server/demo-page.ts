/**
 * The static page served at /demo: phone numbers in many shapes for trying ThruDial's
 * click-to-call by hand. No scripts (the server also sends a CSP that forbids them).
 */
export function demoPageHtml(httpsUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ThruDial demo page</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  td, th { padding: .2rem .8rem .2rem 0; text-align: left; vertical-align: top; }
  code { background: #f3f3f3; padding: 0 .2rem; }
</style>
</head>
<body>
<h1>ThruDial demo page</h1>
<p>
  This page belongs to ThruDial's demo call-through server. Set ThruDial's service URL to
  <code>${httpsUrl}/callthrough/?u=%account[username]%&amp;to=%targetNumber%</code>
  with user name <code>johndow</code>, password <code>secret</code> and account parameter
  <code>x-cth-pin</code> = <code>1234</code>, then click any number below. The demo service answers
  with the dial string <code>+15551231234,,1234#&lt;number&gt;#</code>.
  The account <code>broke</code> (password <code>secret</code>) has no credit: the service refuses with a
  message. Numbers ending in 500 make the service fail without a message, which ThruDial ignores silently.
</p>

<h2>Numbers in international format</h2>
<table>
  <tr><th>United States</th><td><b>+1</b> (213) 373-4253</td></tr>
  <tr><th>United Kingdom</th><td>+44 20 7946 0958</td></tr>
  <tr><th>Germany</th><td>+49 30 901820</td></tr>
  <tr><th>France</th><td>+33 1 42 68 53 00</td></tr>
  <tr><th>Switzerland</th><td>+41 44 668 18 00</td></tr>
  <tr><th>Japan</th><td>+81 3-1234-5678</td></tr>
  <tr><th>India</th><td>+91 98765 43210</td></tr>
  <tr><th>Australia</th><td>+61 2 9374 4000</td></tr>
  <tr><th>Brazil</th><td>+55 11 91234-5678</td></tr>
  <tr><th>Czech Republic</th><td>+420 221 401 111</td></tr>
</table>

<h2>Numbers split across elements</h2>
<ul>
  <li>Sales: <span class="cc">+1</span> <span>(415)</span> <em>555-0132</em></li>
  <li>Support: <b>+44</b>&nbsp;<i>20</i> 7946 0321</li>
  <li>Office: <strong>+49</strong> (0)30 <span>1234</span><span>5678</span></li>
</ul>

<h2>Numbers in national format (country from the page or your settings)</h2>
<ul>
  <li>New York office: (212) 555-0123</li>
  <li>Chicago office: 312.555.0188</li>
  <li>London office: 020 7946 0999</li>
  <li>Berlin office: 030 12345678</li>
</ul>

<h2>Links and special cases</h2>
<ul>
  <li>A tel: link: <a href="tel:+12125550199">call +1 212 555 0199</a></li>
  <li>Number with an extension: +1 646 555 0177 ext. 42</li>
  <li>The service refuses this one silently: +1 213 555 0500</li>
  <li>Not phone numbers: order 2024-05-17, ISBN 978-3-16-148410-0, price 1,234.56</li>
</ul>
</body>
</html>
`;
}
