/**
 * Builds DOM from data. Text always goes in as text nodes and attributes through
 * `setAttribute`; links only get http(s), mailto or same-site hrefs. Nothing the API
 * returns is parsed as HTML, so an editor's `<img onerror=…>` stays visible text.
 */
type Child = Node | string | number | null | undefined | false | Child[];
type Attributes = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'href' || name === 'src') {
      const safe = safeUrl(String(value));
      if (safe) element.setAttribute(name, safe);
      continue;
    }
    if (/^on/i.test(name)) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Same-site paths, http(s) and mailto only; anything else (javascript:, data:, …) is dropped. */
export function safeUrl(url: string): string | null {
  const value = url.trim();
  // Browsers drop tabs and newlines inside URLs and read a leading `/\` as `//`, so
  // `/<Tab>/evil.example` or `/\evil.example` would leave the site.
  if (/[\s\u0000-\u001f]/.test(value)) return null;
  if (/^\/(?![/\\])/.test(value) || value.startsWith('#')) return value;
  try {
    const parsed = new URL(value);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) && !parsed.username && !parsed.password ? parsed.href : null;
  } catch {
    return null;
  }
}

export function replaceContent(target: Element, ...children: Child[]): void {
  target.replaceChildren();
  append(target, children);
}
