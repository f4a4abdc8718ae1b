/**
 * A rule's options, declared once: each option's JSON Schema, default and description in one
 * object. From that one declaration come the options schema (what `lint.rules` is validated
 * against, compiled ahead of time by scripts/gen-validators.ts), the default options and the
 * TypeScript type of `ctx.options`, so the three cannot drift apart.
 */

/** One option: the JSON Schema of its value, its default and what it means. */
export type OptionDeclaration =
  | { readonly type: 'boolean'; readonly default: boolean; readonly description: string }
  | { readonly type: 'integer' | 'number'; readonly minimum?: number; readonly maximum?: number; readonly default: number; readonly description: string }
  | { readonly type: 'array'; readonly items: { readonly enum: readonly string[] } | { readonly type: 'string' }; readonly default: readonly string[]; readonly description: string };

export type OptionsDeclaration = { readonly [name: string]: OptionDeclaration };

/** The value type of one declared option: an enum's items keep their literal types. */
export type OptionValue<D> =
  D extends { readonly type: 'boolean' } ? boolean
    : D extends { readonly type: 'integer' | 'number' } ? number
      : D extends { readonly type: 'array'; readonly items: { readonly enum: readonly (infer E extends string)[] } } ? readonly E[]
        : D extends { readonly type: 'array' } ? readonly string[]
          : never;

/** The options object a rule reads (`ctx.options`, `ctx.optionsFor(file)`). */
export type OptionsOf<D extends OptionsDeclaration> = { readonly [K in keyof D]: OptionValue<D[K]> };

/** The JSON Schema properties of the options object (validator-schemas.ts wraps them). */
export function optionsSchemaOf(declaration: OptionsDeclaration): { readonly [name: string]: object } {
  const out: { [name: string]: object } = {};
  for (const [name, { default: _default, ...schema }] of Object.entries(declaration)) out[name] = schema;
  return out;
}

/** The default options: each option's default. */
export function defaultOptionsOf<D extends OptionsDeclaration>(declaration: D): OptionsOf<D> {
  const out: { [name: string]: unknown } = {};
  for (const [name, d] of Object.entries(declaration)) out[name] = d.default;
  return out as OptionsOf<D>;
}
