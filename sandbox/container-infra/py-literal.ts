// Magnum reads a patch's labels with Python's ast.literal_eval (magnum/api/utils.py
// apply_jsonpatch): python-magnumclient sends str(dict), e.g. "{'role': 'x'}", and
// openstacksdk sends JSON text, which literal_eval also reads when it has no
// true/false/null. This reads the literals labels can hold; anything else is null.

type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

class Reader {
  i = 0;
  constructor(private readonly s: string) {}

  space() {
    while (/\s/.test(this.s[this.i] ?? '')) this.i++;
  }

  eat(c: string): boolean {
    this.space();
    if (this.s[this.i] !== c) return false;
    this.i++;
    return true;
  }

  value(): Literal {
    this.space();
    const c = this.s[this.i];
    if (c === '{') return this.dict();
    if (c === '[' || c === '(') return this.list(c === '[' ? ']' : ')');
    if (c === "'" || c === '"') return this.text();
    const word = /^(True|False|None|[-+]?\d+(\.\d+)?([eE][-+]?\d+)?)/.exec(this.s.slice(this.i));
    if (!word) throw new Error('malformed node or string');
    this.i += word[0].length;
    if (word[0] === 'True') return true;
    if (word[0] === 'False') return false;
    if (word[0] === 'None') return null;
    return Number(word[0]);
  }

  dict(): { [key: string]: Literal } {
    this.i++;
    const out: { [key: string]: Literal } = {};
    while (!this.eat('}')) {
      const key = this.value();
      if (!this.eat(':')) throw new Error('malformed node or string');
      out[String(key)] = this.value();
      if (!this.eat(',')) {
        if (!this.eat('}')) throw new Error('malformed node or string');
        break;
      }
    }
    return out;
  }

  list(close: string): Literal[] {
    this.i++;
    const out: Literal[] = [];
    while (!this.eat(close)) {
      out.push(this.value());
      if (!this.eat(',')) {
        if (!this.eat(close)) throw new Error('malformed node or string');
        break;
      }
    }
    return out;
  }

  text(): string {
    const quote = this.s[this.i++];
    let out = '';
    for (;;) {
      const c = this.s[this.i++];
      if (c === undefined) throw new Error('unterminated string literal');
      if (c === quote) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.s[this.i++] ?? '';
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0' };
      if (e === 'x' || e === 'u') {
        const len = e === 'x' ? 2 : 4;
        out += String.fromCharCode(parseInt(this.s.slice(this.i, this.i + len), 16));
        this.i += len;
      } else out += simple[e] ?? e;
    }
  }
}

/** Python's ast.literal_eval for the literals above; throws as it would on anything else. */
export function pyLiteral(text: string): Literal {
  const reader = new Reader(text);
  const value = reader.value();
  reader.space();
  if (reader.i !== text.length) throw new Error('malformed node or string');
  return value;
}
