/**
 * ThruDial's own walk (tracker/walk.ts) as `npm run bench:walk` runs it in a page: every run that
 * may hold a number in the page's body, with the matcher's cheap may-match test, nothing else.
 */
import { runsIn } from '../../entrypoints/content/tracker/walk';
import { HOST_ID } from '../../entrypoints/content/widget/style';
import { mayHoldNumber } from '../../utils/matcher/normalize';

(globalThis as { __thrudialWalk?: () => string }).__thrudialWalk = () => {
  let runs = 0;
  const walk = runsIn(document.body, {
    mayMatch: mayHoldNumber, onShadowRoot: () => undefined, onUndefined: () => undefined, wasTracked: () => false, onCutOff: () => undefined,
    ignore: (element) => element.id === HOST_ID, // as the content script ignores its own host
  });
  // The walk yields only the runs that may hold a number (and `null` between slices).
  for (const run of walk) if (run) runs++;
  return `${runs} runs that may hold a number`;
};
