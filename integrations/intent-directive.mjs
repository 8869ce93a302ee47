// @ts-check
/** Registers `client:intent` (integrations/client-intent.mjs) for the compare and finder islands. */
export default function intentDirective() {
  return {
    name: 'client-intent',
    hooks: {
      /** @param {{ addClientDirective: (d: { name: string; entrypoint: string }) => void }} options */
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'intent', entrypoint: new URL('./client-intent.mjs', import.meta.url).pathname });
      },
    },
  };
}
