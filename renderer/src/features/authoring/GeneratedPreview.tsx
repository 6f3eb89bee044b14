import type { Block, GeneratedDocument } from '../../../../shared/authoring';
import { adoptionLine } from '../../../../shared/authoring/adoption-line';

function BlockView({ b }: { b: Block }) {
  if (b.type === 'p') return <p>{b.text}</p>;
  if (b.type === 'note') return <p className="authoring-note">{b.text}</p>;
  const items = b.items.map((t) => <li key={t}>{t}</li>);
  return b.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

/** The generated text as the user reviews it before adopting (same content as the PDF and Word file). */
export function GeneratedPreview({ doc }: { doc: GeneratedDocument }) {
  return (
    <article className="authoring-preview" aria-label={`Tekst van ${doc.title}`}>
      <h3 className="authoring-doc-title">{doc.title}</h3>
      <p>
        <strong>{doc.orgName}</strong>
        {doc.orgLines.length > 0 && <span className="muted"> · {doc.orgLines.join(' · ')}</span>}
      </p>
      <p className="muted">{adoptionLine(doc)}</p>
      {doc.sections.map((s, i) => (
        <section key={`${i}-${s.heading}`}>
          {s.level === 1 ? <h4 className="authoring-chapter">{s.heading}</h4> : <h5>{s.heading}</h5>}
          {s.blocks.map((b, j) => (
            <BlockView key={j} b={b} />
          ))}
        </section>
      ))}
    </article>
  );
}
