/** A translated message with markup in it: `$1`.. become the given nodes (code, strong, a button). */
import { Fragment, type ComponentChildren } from 'preact';
import { t, type MessageKey } from '../utils/i18n';

const MARK = /(\uE000\d\uE001)/;

export function tParts(key: MessageKey, ...parts: ComponentChildren[]): ComponentChildren[] {
  const text = t(key, ...parts.map((_, i) => `\uE000${i}\uE001`));
  return text
    .split(MARK)
    .filter((piece) => piece !== '')
    .map((piece, i) => {
      const m = /^\uE000(\d)\uE001$/.exec(piece);
      return <Fragment key={i}>{m ? parts[Number(m[1])] : piece}</Fragment>;
    });
}
