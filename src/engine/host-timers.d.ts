/**
 * The one host function the engine uses beyond ECMAScript: `setTimeout`, which
 * browsers and Node both provide. Declared here because the engine's tsconfig
 * leaves out the DOM and Node typings on purpose.
 */
declare function setTimeout(handler: () => void, timeout?: number): unknown;
