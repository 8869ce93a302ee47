import { at, type Rule } from '../types.ts';

/** The docs folders of the two locales: zh-CN at the root, English under en/. */
const GUIDE_DIRS = ['content/docs', 'content/docs/en'] as const;

/** Ensure every mode links to a guide that exists in both locales. */
export default {
  name: 'mode-guide-exists',
  description: 'Every mode\'s guide exists as content/docs/<guide>.mdx and content/docs/en/<guide>.mdx',
  *check(ctx) {
    for (const entry of ctx.valid('modes')) {
      for (const dir of GUIDE_DIRS) {
        const base = `${dir}/${entry.data.guide}`;
        if (!ctx.exists(`${base}.mdx`) && !ctx.exists(`${base}.md`)) yield at(entry, ['guide'], `${base}.mdx is missing`);
      }
    }
  },
} satisfies Rule;
