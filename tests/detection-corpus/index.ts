/** The whole detection corpus (see README.md for the format and the rules). */
import { contextCases } from './context';
import { formattingCases } from './formatting';
import { heldOut3Cases } from './heldout3';
import { internationalCases } from './international';
import { markupCases } from './markup';
import { nationalCases } from './national';
import { negativeCases } from './negatives';
import { contactPageCases } from './pages-contact';
import { directoryPageCases } from './pages-directory';
import { worldPageCases } from './pages-world';
import { realWorldCases } from './realworld';
import { realWorld2Cases } from './realworld2';
import type { DetectionCase } from './types';

export * from './types';

export const detectionCorpus: DetectionCase[] = [
  ...internationalCases,
  ...nationalCases,
  ...formattingCases,
  ...markupCases,
  ...contextCases,
  ...negativeCases,
  ...realWorldCases,
  ...realWorld2Cases,
  ...heldOut3Cases,
  ...contactPageCases,
  ...directoryPageCases,
  ...worldPageCases,
];
