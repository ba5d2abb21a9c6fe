/**
 * ThruDial's own reading as `npm run bench:walk` runs it in a page. `__thrudialWalk()`: the walk
 * (tracker/walk.ts) over the page's body with the test the tracker asks of each run, nothing else.
 * `__thrudialRead()`: the whole tracker started and flushed, every run read as in the page, each
 * question for the background built (background-matcher.ts questionFor) and none sent: what the
 * content script pays to read the page, without messaging, matching or underlines.
 */
import { questionFor } from '../../entrypoints/content/background-matcher';
import { trackNumbers } from '../../entrypoints/content/tracker';
import { mayGiveNumber } from '../../entrypoints/content/tracker/match-context';
import { runsIn } from '../../entrypoints/content/tracker/walk';
import { isOwnHost } from '../../entrypoints/content/widget/style';

/** As the content script ignores its own host. */
const ignore = isOwnHost;

const entry = globalThis as { __thrudialWalk?: () => string; __thrudialRead?: () => string };

entry.__thrudialWalk = () => {
  let runs = 0;
  const walk = runsIn(document.body, {
    mayMatch: mayGiveNumber, onShadowRoot: () => undefined, onUndefined: () => undefined, wasTracked: () => false, onCutOff: () => undefined,
    ignore,
  });
  // The walk yields only the runs that may give a number (and `null` between slices).
  for (const run of walk) if (run) runs++;
  return `${runs} runs that may give a number`;
};

entry.__thrudialRead = () => {
  let questions = 0;
  const tracker = trackNumbers(document, {
    ignore,
    match: (run) => {
      if (questionFor(run, ignore)) questions++;
      return [];
    },
  });
  tracker.flush();
  tracker.stop();
  return `${questions} questions built`;
};
