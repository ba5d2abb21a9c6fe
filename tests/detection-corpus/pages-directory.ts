/**
 * Whole pages, part 2: staff directories as tables, store locators and branch lists (made up,
 * shaped like saved real pages). The phone/fax clue is often a column header or a heading.
 */
import { page } from './page-case';
import type { DetectionCase } from './types';

export const directoryPageCases: DetectionCase[] = [
  // ---------------------------------------------------------------- column headers (class 1)
  page('DE', 'staff-table-telefax-column', [1],
    `<h2>Ansprechpartner</h2>
     <table><thead><tr><th>Name</th><th>Abteilung</th><th>Telefon</th><th>Telefax</th></tr></thead>
     <tbody><tr><td>Anna Vogt</td><td>Einkauf</td><td>030 2345 6701</td><td>030 2345 6791</td></tr>
     <tr><td>Jens Kuhn</td><td>Vertrieb</td><td>030 2345 6702</td><td>030 2345 6792</td></tr></tbody></table>`,
    { phones: ['+493023456701', '+493023456702'], faxes: ['+493023456791', '+493023456792'] }),
  page('US', 'staff-table-fax-column', [1],
    `<table class="directory"><tr><th>Name</th><th>Title</th><th>Phone</th><th>Fax</th><th>Room</th></tr>
     <tr><td>Dana Whitfield</td><td>Registrar</td><td>(617) 555-0121</td><td>(617) 555-0129</td><td>B-214</td></tr>
     <tr><td>Omar Haddad</td><td>Bursar</td><td>(617) 555-0122</td><td>(617) 555-0128</td><td>B-216</td></tr></table>`,
    { phones: ['+16175550121', '+16175550122'], faxes: ['+16175550129', '+16175550128'] }),
  page('US', 'staff-table-phone-column-unbroken', [1],
    `<table><tr><th>Department</th><th>Phone</th><th>Employees</th></tr>
     <tr><td>Admissions</td><td>2125550134</td><td>14</td></tr>
     <tr><td>Financial Aid</td><td>2125550135</td><td>9</td></tr></table>`,
    { phones: ['+12125550134', '+12125550135'] },
    { note: 'Unbroken digit runs are phones when their column says Phone.' }),
  page('NL', 'staff-table-tel-column-unbroken', [1],
    `<table><tr><th>Medewerker</th><th>Tel.</th><th>Fax</th></tr>
     <tr><td>P. de Vries</td><td>0201234501</td><td>0201234599</td></tr>
     <tr><td>L. Janssen</td><td>0201234502</td><td>0201234598</td></tr></table>`,
    { phones: ['+31201234501', '+31201234502'], faxes: ['+31201234599', '+31201234598'] }),
  page('GB', 'branch-table-switchboard-fax', [1],
    `<table><caption>Our branches</caption><tr><th>Branch</th><th>Telephone</th><th>Facsimile</th></tr>
     <tr><td>Leeds</td><td>0113 496 0400</td><td>0113 496 0409</td></tr>
     <tr><td>Bristol</td><td>0117 496 0500</td><td>0117 496 0509</td></tr></table>`,
    { phones: ['+441134960400', '+441174960500'], faxes: ['+441134960409', '+441174960509'] }),
  page('AT', 'staff-table-header-row-in-tbody', [1],
    `<table><tr><td><b>Name</b></td><td><b>Durchwahl</b></td><td><b>Fax</b></td></tr>
     <tr><td>Mag. Eva Huber</td><td>01 53115 210</td><td>01 53115 299</td></tr></table>`,
    { phones: ['+43153115210'], faxes: ['+43153115299'] }),
  // ---------------------------------------------------------------- store locators
  page('US', 'store-locator-list', [],
    `<h1>Find a store</h1>
     <ol class="stores"><li><h3>Downtown</h3><p>410 Main St, Austin TX 78701</p><p>(512) 555-0160</p><p>Open 9–9 · 2.4 mi</p></li>
     <li><h3>North Lamar</h3><p>8820 N Lamar Blvd, Austin TX 78753</p><p>(512) 555-0161</p><p>Open 8–10 · 7.9 mi</p></li></ol>`,
    { phones: ['+15125550160', '+15125550161'] }),
  page('GB', 'store-locator-cards', [],
    `<div class="card"><h3>Manchester Arndale</h3><p>49 High St, M4 3AH</p><p>Tel 0161 496 0310</p><p>Store no. 1142</p></div>
     <div class="card"><h3>Leeds Trinity</h3><p>27 Boar Ln, LS1 5AT</p><p>Tel 0113 496 0320</p><p>Store no. 1187</p></div>`,
    { phones: ['+441614960310', '+441134960320'] }),
  page('DE', 'filialen-fax-heading-per-branch', [1],
    `<h2>Filialen</h2>
     <div><h4>Berlin-Mitte</h4><p>Tel. 030 2345 6801<br>Fax 030 2345 6809</p></div>
     <div><h4>Hamburg</h4><p>Tel. 040 2345 6801<br>Fax 040 2345 6809</p></div>`,
    { phones: ['+493023456801', '+494023456801'], faxes: ['+493023456809', '+494023456809'] }),
  page('US', 'dealer-locator-fax-after', [1],
    `<ul><li><b>Lakeside Tractor</b> — 2200 Lake Rd, Toledo OH 43611 — (419) 555-0170 · (419) 555-0179 fax</li>
     <li><b>Prairie Implement</b> — 91 Route 6, Joliet IL 60435 — (815) 555-0170 · (815) 555-0179 fax</li></ul>`,
    { phones: ['+14195550170', '+18155550170'], faxes: ['+14195550179', '+18155550179'] }),
  // ---------------------------------------------------------------- definition lists and directories
  page('US', 'faculty-directory-dl', [],
    `<dl><dt>Office</dt><dd>Hall 312</dd><dt>Phone</dt><dd>(734) 555-0102</dd><dt>Fax</dt><dd>(734) 555-0109</dd><dt>Employee ID</dt><dd>20417733</dd></dl>`,
    { phones: ['+17345550102'], faxes: ['+17345550109'] }),
  page('DE', 'vereinsvorstand-liste', [],
    `<h2>Vorstand</h2><ul><li>1. Vorsitzender: Klaus Meier, Tel. 0221 2345670</li>
     <li>Kassenwart: Petra Lang, Tel. 0221 2345671, Mitgliedsnummer 004711</li><li>Gegründet 1921, 412 Mitglieder</li></ul>`,
    { phones: ['+492212345670', '+492212345671'] }),
  page('US', 'city-department-directory', [7],
    `<table><tr><th>Department</th><th>Contact</th></tr>
     <tr><td>Parks</td><td>(206) 555-0184</td></tr><tr><td>Permit #</td><td>2024-118733</td></tr>
     <tr><td>Account</td><td>9935201187</td></tr></table>`,
    { phones: ['+12065550184'] }),
  page('GB', 'practice-staff-extensions', [],
    `<p>Reception: 0121 496 0000 (ext. 201)<br>Practice manager: 0121 496 0000 ext 210<br>Fax: 0121 496 0099</p>`,
    { phones: ['+441214960000;ext=201', '+441214960000;ext=210'], faxes: ['+441214960099'] }),
  page('FR', 'annuaire-mairie', [1],
    `<table><tr><th>Service</th><th>Téléphone</th><th>Télécopie</th></tr>
     <tr><td>État civil</td><td>01 42 68 53 10</td><td>01 42 68 53 19</td></tr>
     <tr><td>Urbanisme</td><td>01 42 68 53 20</td><td>01 42 68 53 29</td></tr></table>`,
    { phones: ['+33142685310', '+33142685320'], faxes: ['+33142685319', '+33142685329'] }),
  page('CA', 'store-hours-and-phone', [],
    `<div class="store"><h3>Queen West</h3><p>585 Queen St W, Toronto ON M5V 2B7</p>
     <p>Mon–Sat 10:00–21:00, Sun 11:00–18:00</p><p>Phone (416) 555-0133</p></div>`,
    { phones: ['+14165550133'] }),
];
