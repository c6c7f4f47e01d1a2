/**
 * npm run eval:match [-- options]: the public labelled sets (eval-match.ts, which takes the options), then our own
 * labelled sets (eval-criteria.ts). One entry point, because npm would hand the options to the last of two
 * chained commands only. The blind-audit options concern the public sets alone.
 */
export {};
await import('./eval-match');
if (!process.argv.some((argument) => argument.startsWith('--audit'))) await import('./eval-criteria');
