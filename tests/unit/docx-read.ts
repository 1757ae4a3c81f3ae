/**
 * Reading Word packages back in tests: unzip, check that every XML part is well-formed, and read each paragraph's
 * text the way Word shows it (runs joined, `<w:tab/>` as a tab, `<w:br/>` as a line feed).
 *
 * Well-formedness is checked twice over: @xmldom/xmldom parses the structure (tags, attributes, one root; any
 * report it makes fails), and the lexical rules it lets through are checked here: the bytes are UTF-8, every
 * character is an XML 1.0 `Char`, every `&` starts a predefined or numeric reference to a `Char`, and no `]]>`
 * appears in text.
 */
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const REFERENCE = /&(?:amp|lt|gt|quot|apos|#([0-9]+)|#x([0-9a-fA-F]+));/y;

export const XML_PART = /\.(?:xml|rels)$/;

export function unzipDocx(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

function checkLexical(path: string, xml: string): void {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) throw new Error(`${path}: U+${bad[0].codePointAt(0)!.toString(16)} is not an XML character`);
  for (let at = xml.indexOf('&'); at !== -1; at = xml.indexOf('&', at + 1)) {
    REFERENCE.lastIndex = at;
    const ref = REFERENCE.exec(xml);
    if (!ref) throw new Error(`${path}: a bare & at ${at}`);
    const code = ref[1] ? Number(ref[1]) : ref[2] ? parseInt(ref[2], 16) : null;
    if (code !== null && (code > 0x10ffff || NOT_XML_CHAR.test(String.fromCodePoint(code)))) throw new Error(`${path}: &#${code}; is not an XML character`);
  }
  // `]]>` may only end a CDATA section; docx writes none, so any occurrence is an error.
  if (!xml.includes('<![CDATA[') && xml.includes(']]>')) throw new Error(`${path}: ]]> in text`);
}

/** Parses an XML part strictly: throws on anything not well-formed. */
export function parseXmlStrict(path: string, bytes: Uint8Array): XmlDocument {
  const xml = UTF8.decode(bytes);
  checkLexical(path, xml);
  const parser = new DOMParser({
    // The parts declare XML 1.0, whose only line-end rule is CR LF and CR to LF (§2.11). xmldom applies XML 1.1's by
    // default, which would also turn NEL, U+2028 and U+2029 into LF and make a faithful export look wrong.
    normalizeLineEndings: (xml) => xml.replace(/\r\n?/g, '\n'),
    onError: (level, message) => {
      // U+FFFD is an XML character like any other; it is the documented stand-in for what XML cannot hold.
      if (level === 'warning' && message.startsWith('Unicode replacement character detected')) return;
      throw new Error(`${path}: ${level}: ${message}`);
    },
  });
  return parser.parseFromString(xml, 'text/xml');
}

/** Every XML part of the package, parsed strictly. */
export function parseAllParts(parts: Record<string, Uint8Array>): Map<string, XmlDocument> {
  const out = new Map<string, XmlDocument>();
  for (const [path, bytes] of Object.entries(parts)) if (XML_PART.test(path)) out.set(path, parseXmlStrict(path, bytes));
  return out;
}

function textOf(node: Element): string {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (el.tagName === 'w:t') out += el.textContent ?? '';
    else if (el.tagName === 'w:tab' && (el.parentNode as Element | null)?.tagName === 'w:r') out += '\t';
    else if (el.tagName === 'w:br') out += '\n';
    else if (el.tagName !== 'w:pPr' && el.tagName !== 'w:rPr') out += textOf(el);
  }
  return out;
}

export interface ReadParagraph {
  style: string | null;
  numbered: boolean;
  text: string;
  /** The text of each run that is italic. */
  italic: string[];
}

/** The paragraphs of a part (document.xml, header1.xml …) in order. */
export function paragraphs(doc: XmlDocument): ReadParagraph[] {
  const list = Array.from(doc.getElementsByTagName('w:p'));
  return list.map((p) => {
    const style = p.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val') ?? null;
    const runs = Array.from(p.getElementsByTagName('w:r'));
    const italic = runs.filter((r) => {
      const i = r.getElementsByTagName('w:i')[0];
      return i !== undefined && !['false', '0'].includes(i.getAttribute('w:val') ?? '');
    });
    return { style, numbered: p.getElementsByTagName('w:numPr').length > 0, text: textOf(p), italic: italic.map(textOf) };
  });
}

/** The tables of a part in order, each as rows of cell texts (a cell's paragraphs joined by a line feed). */
export function tables(doc: XmlDocument): string[][][] {
  const all = (el: XmlDocument | Element, tag: string) => Array.from(el.getElementsByTagName(tag));
  return all(doc, 'w:tbl').map((t) => all(t, 'w:tr').map((tr) => all(tr, 'w:tc').map((tc) => all(tc, 'w:p').map(textOf).join('\n'))));
}
