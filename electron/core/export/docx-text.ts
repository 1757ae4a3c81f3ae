/**
 * User text into Word documents, exactly as typed. EVERY docx builder in Caseload puts user text in through
 * `userRuns` (or `userText`) and packs through `packDocument`; nothing else may hand user text to `docx`.
 *
 * Why: `docx` writes images and lists as `{key}` placeholders and, once the XML is serialised, replaces every
 * `/\{([^{}]+)\}/` whose key belongs to a real image or list, across the whole XML, user text included. Typed
 * "ref {profile-bullets-0}" came out as "ref 2" (security.md, "Word export"). A string child of a run that reads
 * "CURRENT", "TOTAL_PAGES" or "SECTION" also becomes a page-number field, so user text only ever goes in as a
 * run's `text` option, never as a `children` string.
 *
 * The scheme, which is reversible for every string:
 *   encode (before docx sees the text)   `{` → U+E000,  U+E000 → U+E001 '0',  U+E001 → U+E001 '1'
 *   decode (every XML part of the package, after `Packer.toBuffer`)   the reverse
 * Encoded text holds no `{`, so no placeholder can begin inside it, and docx's replacement pass has finished by the
 * time the text is decoded. U+E000 and U+E001 are private-use characters: valid in XML, untouched by escaping, and
 * never written by docx or by our own labels (decoding a stray U+E001 throws, so a bug shows instead of corrupting).
 *
 * What cannot be carried (the documented normalisation, `normaliseUserText`):
 *   - CR LF and a lone CR become LF (XML parsers turn CR into LF anyway); each LF becomes a line break (`<w:br/>`),
 *     each tab a tab (`<w:tab/>`).
 *   - Characters XML 1.0 forbids (C0 controls other than tab and LF, lone surrogates, U+FFFE, U+FFFF) become
 *     U+FFFD. docx would silently drop the controls and the XML could not hold the rest.
 * Everything a person can type (braces, `& < > " '`, `]]>`, emoji, right-to-left text, other private-use
 * characters) is left as it is.
 */
import { Packer, Tab, TextRun, type Document, type IRunOptions } from 'docx';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const OPEN = '\uE000';
const ESCAPE = '\uE001';

// XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. With the `u` flag,
// \p{Cs} matches only a surrogate that is not half of a pair.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** The text a document carries for `text`: line endings as LF, characters XML forbids as U+FFFD. */
export function normaliseUserText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NOT_XML, '\uFFFD');
}

function encode(normalised: string): string {
  return normalised.replace(/[{\uE000\uE001]/g, (c) => (c === '{' ? OPEN : c === OPEN ? `${ESCAPE}0` : `${ESCAPE}1`));
}

/** Reverses `encode` over a whole XML part. */
function decodeXml(xml: string): string {
  return xml.replace(/\uE000|\uE001([01]?)/g, (match, digit: string | undefined) => {
    if (match === OPEN) return '{';
    if (digit === '0') return OPEN;
    if (digit === '1') return ESCAPE;
    throw new Error('Word export: a neutralised text was cut apart (a stray U+E001).');
  });
}

/**
 * User text for a single-line place that is not a run, such as an image's description (an XML attribute, where a
 * parser would read a line feed or tab back as a space anyway): the normalisation, then tab and LF as a space.
 */
export function userText(text: string): string {
  return encode(normaliseUserText(text).replace(/[\t\n]/g, ' '));
}

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** The runs that show `text` exactly as typed, in `style`: LF as a line break, tab as a tab. */
export function userRuns(text: string, style: RunStyle = {}): TextRun[] {
  const runs: TextRun[] = [];
  normaliseUserText(text)
    .split('\n')
    .forEach((line, i) => {
      line.split('\t').forEach((segment, j) => {
        if (j > 0) runs.push(new TextRun({ ...style, children: [new Tab()] }));
        const lineBreak = i > 0 && j === 0;
        if (segment !== '' || lineBreak) runs.push(new TextRun({ ...style, ...(lineBreak && { break: 1 }), text: encode(segment) }));
      });
    });
  return runs;
}

const XML_PART = /\.(?:xml|rels)$/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Packs the document and decodes the neutralised user text in every XML part (the body, headers, footers, notes,
 * properties), then zips it again. The only way Caseload turns a docx Document into bytes.
 */
export async function packDocument(doc: Document): Promise<Buffer> {
  const parts = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  const out: Zippable = {};
  for (const [path, bytes] of Object.entries(parts)) {
    if (!XML_PART.test(path)) {
      out[path] = [bytes, { level: 0 }]; // media is compressed already
      continue;
    }
    const xml = UTF8.decode(bytes);
    out[path] = /[\uE000\uE001]/.test(xml) ? strToU8(decodeXml(xml)) : bytes;
  }
  return Buffer.from(zipSync(out, { level: 6 }));
}
