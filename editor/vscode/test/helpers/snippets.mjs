// Expands VS Code snippet bodies the way the editor does when every placeholder keeps
// its default: `${1:default}`, `${1|first,second|}`, mirrors (`$1` after `${1:x}`),
// `$0`, variables and `\$` escapes. Also lists the choices, for checks.

/** Parses and expands one snippet body; returns { text, choices, tabstops }. */
export function expandSnippet(body) {
  const source = Array.isArray(body) ? body.join('\n') : body;
  const values = new Map();
  const choices = [];
  const tabstops = new Set();
  let pos = 0;

  function parseUntil(stopChars) {
    let out = '';
    while (pos < source.length) {
      const c = source[pos];
      if (stopChars.includes(c)) return out;
      if (c === '\\' && pos + 1 < source.length && '$}\\,|'.includes(source[pos + 1])) {
        out += source[pos + 1];
        pos += 2;
        continue;
      }
      if (c === '$') {
        out += parseDollar();
        continue;
      }
      out += c;
      pos += 1;
    }
    return out;
  }

  function parseDollar() {
    pos += 1; // $
    let m = /^\d+/.exec(source.slice(pos));
    if (m) {
      pos += m[0].length;
      tabstops.add(Number(m[0]));
      return values.get(m[0]) ?? '';
    }
    m = /^[A-Z_][A-Z0-9_]*/.exec(source.slice(pos));
    if (m) {
      pos += m[0].length;
      return '';
    }
    if (source[pos] !== '{') return '$';
    pos += 1; // {
    m = /^(\d+|[A-Z_][A-Z0-9_]*)/.exec(source.slice(pos));
    if (!m) throw new Error(`bad placeholder at ${pos} in ${JSON.stringify(source)}`);
    const id = m[0];
    pos += id.length;
    const isTabstop = /^\d+$/.test(id);
    if (isTabstop) tabstops.add(Number(id));
    let value = '';
    if (source[pos] === ':') {
      pos += 1;
      value = parseUntil('}');
    } else if (source[pos] === '|') {
      pos += 1;
      const options = [];
      let current = '';
      while (pos < source.length && !(source[pos] === '|' && source[pos + 1] === '}')) {
        if (source[pos] === '\\') {
          current += source[pos + 1];
          pos += 2;
        } else if (source[pos] === ',') {
          options.push(current);
          current = '';
          pos += 1;
        } else {
          current += source[pos];
          pos += 1;
        }
      }
      options.push(current);
      pos += 1; // |
      choices.push({ tabstop: id, options });
      value = options[0];
    }
    if (source[pos] !== '}') throw new Error(`unclosed placeholder \${${id} in ${JSON.stringify(source)}`);
    pos += 1;
    if (!isTabstop) return value;
    if (!values.has(id)) values.set(id, value);
    return values.get(id);
  }

  const text = parseUntil('');
  return { text: text.replace(/\t/g, '    '), choices, tabstops };
}
