// The two names the client files and Relay's artifacts take from relay-runtime, for type-checking
// only: the runtime itself is not needed to check what the compilers generated.
declare module 'relay-runtime' {
  export function graphql(strings: TemplateStringsArray, ...values: unknown[]): unknown;
  export type ConcreteRequest = unknown;
  export type ReaderFragment = unknown;
  export type FragmentRefs<T extends string> = { readonly ' $fragmentSpreads'?: T };
  export type Mutation = unknown;
  export type Query = unknown;
}
