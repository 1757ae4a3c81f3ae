/**
 * An IDP drawn for A4 paper from the same sheet the Word export draws (shared/rules/idp-sheet.ts): the title,
 * the checks (what a draft still needs, or the gaps a version was issued with), each part and section of the form with its statutory heading, fields as two-column tables, lists as tables
 * with a header row, and each provision element kept whole on a page where it fits (idp-print.css).
 */
import type { IdpSheet, SheetBlock } from '../../../../shared/rules/idp-sheet';
import './idp-print.css';

/**
 * A CSS string for the page's margin boxes: every character outside a small safe set is written as a hex
 * escape, so a name can never close the string or the style element.
 */
export function cssString(text: string): string {
  const escaped = Array.from(text.replace(/[\t\n\r]+/g, ' '))
    .map((ch) => (/^[A-Za-z0-9 .,:;()–·/-]$/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `))
    .join('');
  return `"${escaped}"`;
}

/** The marking and name at the top of every page and the footer with page numbers, as @page margin boxes. */
export function marginBoxes(sheet: Pick<IdpSheet, 'marking' | 'name' | 'footer' | 'page' | 'of'>): string {
  const footer = `${cssString(`${sheet.footer} · ${sheet.page} `)} counter(page) ${cssString(` ${sheet.of} `)} counter(pages)`;
  return `@page idp {
  @top-left { content: ${cssString(sheet.marking)}; }
  @top-right { content: ${cssString(sheet.name)}; }
  @bottom-center { content: ${footer}; }
}`;
}

const quiet = (c: { quiet?: boolean; italic?: boolean }) => [c.quiet && 'idp-quiet', c.italic && 'idp-own'].filter(Boolean).join(' ') || undefined;

export function Block({ block, photo }: { block: SheetBlock; photo: string | null }) {
  switch (block.kind) {
    case 'fields':
      return (
        <table className="idp-fields">
          <tbody>
            {block.rows.map((r, i) => (
              <tr key={i} className={r.sub ? 'idp-sub' : undefined}>
                <th scope="row">{r.label}</th>
                <td className={quiet(r.value)}>{r.value.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'table':
      return (
        <table className="idp-table">
          <colgroup>
            {block.columns.map((c, i) => (
              <col key={i} style={{ width: `${c.share * 100}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {block.columns.map((c, i) => (
                <th key={i} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((cells, r) => (
              <tr key={r}>
                {cells.map((c, i) => (
                  <td key={i} className={quiet(c)}>
                    {c.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'text':
      return (
        <div className="idp-text">
          {block.label && <p className="idp-label">{block.label}</p>}
          <p className={quiet(block.value)}>{block.value.text}</p>
        </div>
      );
    case 'items':
      return (
        <ul className="idp-items">
          {block.items.map((item, i) => (
            <li key={i}>
              <span className={item.firstPerson ? 'idp-own' : undefined}>{item.text}</span> <span className="idp-quiet">{item.note}</span>
            </li>
          ))}
        </ul>
      );
    case 'photo':
      return photo ? <img className="idp-photo" src={photo} alt={block.alt} /> : null;
    case 'note':
      return <p className="idp-note">{block.text}</p>;
    case 'group':
      return (
        <section className="idp-group">
          <h4>{block.heading}</h4>
          {block.blocks.map((b, i) => (
            <Block key={i} block={b} photo={photo} />
          ))}
        </section>
      );
  }
}

/** A section that opens with the photo ("About me") has it in a column beside the rest, not floating away. */
function SectionBody({ blocks, photo }: { blocks: SheetBlock[]; photo: string | null }) {
  const [first, ...rest] = blocks;
  const all = (list: SheetBlock[]) => list.map((b, i) => <Block key={i} block={b} photo={photo} />);
  if (first?.kind !== 'photo' || !photo) return <>{all(blocks)}</>;
  return (
    <div className="idp-with-photo">
      <div className="idp-with-photo-main">{all(rest)}</div>
      <Block block={first} photo={photo} />
    </div>
  );
}

export function IdpSheetView({ sheet, photo, lang }: { sheet: IdpSheet; photo: string | null; lang: string }) {
  return (
    <article className="idp-doc" lang={lang}>
      <style>{marginBoxes(sheet)}</style>
      <header className="idp-title">
        <h1>
          {sheet.title}: {sheet.name}
        </h1>
        <p className="idp-footer-line">{sheet.footer}</p>
        {sheet.status && <p className="idp-status">{sheet.status}</p>}
      </header>
      {sheet.checks && (
        <section className="idp-checks" aria-labelledby="idp-checks-heading">
          <h2 id="idp-checks-heading">{sheet.checks.heading}</h2>
          {sheet.checks.blocks.map((b, i) => (
            <Block key={i} block={b} photo={photo} />
          ))}
        </section>
      )}
      {sheet.parts.map((part) => (
        <section key={part.key} className="idp-part">
          <h2>{part.heading}</h2>
          {part.sections.map((section) => (
            <section key={section.id} className="idp-section">
              {!section.sameAsPart && <h3>{section.heading}</h3>}
              <SectionBody blocks={section.blocks} photo={photo} />
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}
