/**
 * A rule's messages (typescript-eslint's `meta.messages`): texts with `{{name}}` placeholders,
 * by message id. A rule reports a message id and the values of its placeholders; the text is
 * made from them only for the findings that are kept. Each text is split once, when the rule
 * is defined, so making a message is a few concatenations (tens of thousands per lint on some
 * landscapes, one lint per keystroke in the editor).
 */

export type Messages = { readonly [messageId: string]: string };

/** The placeholder names of a message text: `'System {{from}} → {{to}}'` gives `'from' | 'to'`. */
export type Placeholders<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}` ? P | Placeholders<Rest> : never;

export type MessageValues = { readonly [name: string]: string | number };

/**
 * What a report of one message carries: its id, and the value of every placeholder. For
 * messages not known by id (the engine's view of any rule): any id, any values.
 */
export type MessageReport<M extends Messages> = string extends keyof M
  ? { readonly messageId: string; readonly messageData?: MessageValues }
  : KnownMessageReport<M>;

type KnownMessageReport<M extends Messages> = {
  [Id in keyof M & string]: { readonly messageId: Id } & ([Placeholders<M[Id]>] extends [never]
    ? { readonly messageData?: undefined }
    // Every placeholder needs a value; values the text does not use are allowed (a report that
    // picks one of several texts of one sentence gives the values of all).
    : { readonly messageData: { readonly [P in Placeholders<M[Id]>]: string | number } & MessageValues });
}[keyof M & string];

/** The texts as functions of their values, each split at its placeholders once. */
export function compileMessages(messages: Messages): ReadonlyMap<string, (values: MessageValues | undefined) => string> {
  const out = new Map<string, (values: MessageValues | undefined) => string>();
  for (const [id, text] of Object.entries(messages)) out.set(id, compile(text));
  return out;
}

function compile(text: string): (values: MessageValues | undefined) => string {
  // Literal text at even indexes, placeholder names at odd ones.
  const parts = text.split(/\{\{(\w+)\}\}/);
  if (parts.length === 1) return () => text;
  return (values) => {
    let s = parts[0];
    for (let i = 1; i < parts.length; i += 2) s += String(values?.[parts[i]]) + parts[i + 1];
    return s;
  };
}
