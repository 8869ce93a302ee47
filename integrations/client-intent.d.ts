/** Lets components take `client:intent` (integrations/intent-directive.mjs) in type checks. */
declare namespace Astro {
  interface ClientDirectives {
    'client:intent'?: boolean;
  }
}
