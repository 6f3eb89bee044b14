/**
 * Finds where a JSON text stops being valid, for a Dutch message with line and column. Only used after
 * JSON.parse has failed (its own messages are English and do not always give a position).
 */
export interface JsonSyntaxProblem {
  line: number;
  column: number;
  reason: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

function show(ch: string | undefined): string {
  if (ch === undefined) return 'het einde van het bestand';
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 ? `een stuurteken (code ${code})` : `‘${ch}’`;
}

/** Scans `text` as JSON without building values; iterative, so deep nesting cannot overflow the stack. */
export function locateJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  const fail = (reason: string): never => {
    throw new Stop(i, reason);
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined) return fail('een tekst tussen aanhalingstekens is niet afgesloten');
      if (ch === '"') return void i++;
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('ongeldige \\u-code in een tekst');
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail(`ongeldige escape \\${next ?? ''} in een tekst`);
        continue;
      }
      if ((ch.codePointAt(0) ?? 0) < 0x20) fail(`${show(ch)} midden in een tekst`);
      i++;
    }
  };
  const literal = () => {
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!m) fail(`onverwacht ${show(text[i])}; hier hoort een waarde`);
    i += m![0].length;
  };
  // Stack of open containers: '{' or '['.
  const stack: string[] = [];
  try {
    skip();
    if (i >= text.length) fail('het bestand is leeg');
    for (;;) {
      // Expect a value.
      skip();
      const ch = text[i];
      if (ch === '{' || ch === '[') {
        stack.push(ch);
        i++;
        skip();
        if (text[i] === (ch === '{' ? '}' : ']')) {
          stack.pop();
          i++;
        } else {
          if (ch === '{') {
            if (text[i] !== '"') fail(`onverwacht ${show(text[i])}; hier hoort een veldnaam tussen aanhalingstekens`);
            string();
            skip();
            if (text[i] !== ':') fail(`onverwacht ${show(text[i])}; na een veldnaam hoort een dubbele punt`);
            i++;
          }
          continue;
        }
      } else if (ch === '"') string();
      else literal();
      // After a value: close containers or continue with the next element.
      for (;;) {
        skip();
        const top = stack[stack.length - 1];
        if (!top) {
          if (i < text.length) fail(`onverwacht ${show(text[i])} na het einde van de gegevens`);
          return undefined;
        }
        const close = top === '{' ? '}' : ']';
        if (text[i] === close) {
          stack.pop();
          i++;
          continue;
        }
        if (text[i] !== ',') fail(`onverwacht ${show(text[i])}; hier hoort een komma of ‘${close}’`);
        i++;
        if (top === '{') {
          skip();
          if (text[i] !== '"') fail(`onverwacht ${show(text[i])}; hier hoort een veldnaam tussen aanhalingstekens`);
          string();
          skip();
          if (text[i] !== ':') fail(`onverwacht ${show(text[i])}; na een veldnaam hoort een dubbele punt`);
          i++;
        }
        break;
      }
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.offset);
    const line = before.split('\n').length;
    const column = e.offset - before.lastIndexOf('\n');
    return { line, column, reason: e.reason };
  }
}
