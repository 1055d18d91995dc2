import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';

/** How a message uses one of its arguments: inserted as is, or choosing a plural/select arm. */
export type ArgumentUse = 'inserted' | 'selector';

export interface ParsedMessage {
  elements: MessageFormatElement[];
  /** Every argument the message names, with each way it uses it. */
  argumentUses: Map<string, Set<ArgumentUse>>;
  /**
   * Arguments inserted with no format of their own (`{count}`, not `{year, number, ::group-off}`):
   * the translator formats a number given for them in the locale's digits.
   */
  plainArguments: Set<string>;
}

/**
 * Parses an ICU MessageFormat message (throws on invalid syntax). Tags are text here: messages
 * hold no markup, so `<` in a translation is a character, never an element.
 */
export function parseMessage(text: string): ParsedMessage {
  const elements = parse(text, { ignoreTag: true });
  const argumentUses = new Map<string, Set<ArgumentUse>>();
  const plainArguments = new Set<string>();
  const note = (name: string, use: ArgumentUse) => {
    const uses = argumentUses.get(name) ?? new Set<ArgumentUse>();
    uses.add(use);
    argumentUses.set(name, uses);
  };
  const walk = (nodes: MessageFormatElement[]) => {
    for (const node of nodes) {
      if (node.type === TYPE.plural || node.type === TYPE.select) {
        note(node.value, 'selector');
        for (const option of Object.values(node.options)) walk(option.value);
      } else if (
        node.type === TYPE.argument ||
        node.type === TYPE.number ||
        node.type === TYPE.date ||
        node.type === TYPE.time
      ) {
        note(node.value, 'inserted');
        if (node.type === TYPE.argument) plainArguments.add(node.value);
      }
    }
  };
  walk(elements);
  return { elements, argumentUses, plainArguments };
}

/**
 * Turns `{count}` into `{count, number}` wherever `count` also chooses a plural arm: the
 * arm needs the number itself, and the inserted copy should still read "1,234", not "1234".
 */
export function formatSelectorsAsNumbers(parsed: ParsedMessage): MessageFormatElement[] {
  const selectors = new Set(
    [...parsed.argumentUses].filter(([, uses]) => uses.has('selector')).map(([name]) => name),
  );
  const rewrite = (nodes: MessageFormatElement[]): MessageFormatElement[] =>
    nodes.map((node) => {
      if (node.type === TYPE.argument && selectors.has(node.value)) {
        return { type: TYPE.number, value: node.value, location: node.location, style: null };
      }
      if (node.type === TYPE.plural || node.type === TYPE.select) {
        const options = Object.fromEntries(
          Object.entries(node.options).map(([key, option]) => [
            key,
            { ...option, value: rewrite(option.value) },
          ]),
        );
        return { ...node, options } as MessageFormatElement;
      }
      return node;
    });
  return rewrite(parsed.elements);
}
