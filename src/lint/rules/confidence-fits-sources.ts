import { confidenceProblem } from '../../confidence.ts';
import type { Source } from '../../schema.ts';
import type { Confidence } from '../../vocab.ts';
import { at, type Rule } from '../types.ts';

/** Ensure no claim is marked more certain than its sources allow (rules in src/confidence.ts). */
export default {
  name: 'confidence-fits-sources',
  description: 'A claim\'s confidence is at most what its sources support (src/confidence.ts)',
  *check(ctx) {
    for (const c of ctx.citations) {
      if (c.confidence === undefined) continue;
      // Unknown ids are reported by references-resolve; judge the claim by the sources that exist.
      const sources = c.sources.map((id) => ctx.index.source.get(id)).filter((s): s is Source => s !== undefined);
      if (sources.length === 0) continue;
      const problem = confidenceProblem(c.confidence as Confidence, sources);
      if (problem) yield at(c.entry, [...c.path, 'confidence'], problem);
    }
  },
} satisfies Rule;
