/** Errors as codes with parameters (utils/problem.ts): English from the message file, translated by tProblem. */
import { afterEach, describe, expect, it } from 'vitest';
import { toTelUri } from '../utils/dial';
import { failureText, tProblem } from '../utils/i18n';
import { numberFromSelection } from '../utils/menu-target';
import { english, fillMessage, problem } from '../utils/problem';
import { runCall } from '../utils/call';
import { DEFAULT_SETTINGS } from '../utils/settings';
import { useLocale } from './setup-i18n';

afterEach(() => useLocale('en'));

describe('problems', () => {
  it('the English text is the message file’s, with parameters and nested problems filled in', () => {
    expect(english(problem('errSelectionNoNumber', 'Hello'))).toBe('ThruDial found no phone number in “Hello”.');
    expect(english(problem('errTwoProblems', problem('errServiceUnreachable', 'timeout'), problem('errNoAccessNumber'))))
      .toBe('The call-through service could not be reached (timeout). Set the access number for call-through without a web service.');
    expect(fillMessage('$1 costs $$5 ($2)', ['It', 'x'])).toBe('It costs $5 (x)');
  });

  it('a refused dial string is said in German in a German browser', () => {
    useLocale('de');
    const refused = toTelUri('+1555x123');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error).toBe('The dial string contains “x” (U+0078), which a phone cannot dial.');
    expect(failureText(refused)).toBe('Die Wählzeichenfolge enthält „x“ (U+0078), das ein Telefon nicht wählen kann.');
    const selection = numberFromSelection('Hallo');
    if (!selection.ok) expect(tProblem(selection.problem!)).toBe('ThruDial hat in „Hallo“ keine Telefonnummer gefunden.');
  });

  it('runCall says its outcome through the describe it is given', async () => {
    useLocale('cs');
    const result = await runCall({ settings: DEFAULT_SETTINGS, number: '+12133734253', globals: {}, send: async () => { throw new Error('unused'); }, describe: tProblem });
    expect(result.outcome).toEqual({ kind: 'error', message: 'Nejprve nastavte URL služby call-through v nastavení ThruDial.' });
  });
});

describe('options-page refusals in the user’s language', () => {
  it('Account XML and settings files', async () => {
    const { parseAccountXml } = await import('../utils/account-xml');
    const { importSettings } = await import('../utils/settings-transfer');
    useLocale('de');
    const xml = parseAccountXml('<account><a>&foo;</a></account>');
    expect(xml.ok).toBe(false);
    if (!xml.ok) {
      expect(xml.error).toBe('The account XML cannot be imported: <a>: &foo; is not an entity ThruDial knows (only &amp; &lt; &gt; &quot; &apos; and numeric references).');
      expect(failureText(xml)).toBe('Das Konto-XML kann nicht importiert werden: <a>: &foo; ist keine Entity, die ThruDial kennt (nur &amp; &lt; &gt; &quot; &apos; und numerische Referenzen).');
    }
    const file = importSettings(JSON.stringify({ format: 'thrudial-settings', version: 9, settings: {} }));
    if (!file.ok) expect(failureText(file)).toBe('Die Einstellungsdatei kann nicht importiert werden: sie stammt von einem neueren ThruDial (Einstellungsversion 9; dieses liest bis 2). Aktualisieren Sie ThruDial und importieren Sie dann erneut.');
    expect(file.ok).toBe(false);
  });
});
