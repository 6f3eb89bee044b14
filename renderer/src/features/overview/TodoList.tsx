import { hrefFor } from '../../app/routing';
import { StatusBadge } from '../../components/StatusBadge';
import { visibleTodo, type TodoItem, type TodoTier } from './todo-list';
import './todo.css';

const TIER_TITLES: Record<TodoTier, string> = {
  blokkeert: 'Eerst regelen',
  verloopt: 'Verloopt binnenkort',
  ontbreekt: 'Nog aanvullen',
};
const SHOWN = 12;

function hrefOf(item: TodoItem): string {
  const first = item.results[0]!;
  return item.personId ? hrefFor('personeel', item.personId) : hrefFor('checklist', first.kaderId, first.requirementId);
}

/** The overview's ordered to-do (see todo-list.ts for the order). */
export function TodoList({ items }: { items: TodoItem[] }) {
  const { visible, hidden } = visibleTodo(items, SHOWN);
  const tiers = (['blokkeert', 'verloopt', 'ontbreekt'] as const).filter((t) => visible.some((i) => i.tier === t));
  return (
    <>
      {tiers.map((tier) => (
        <section key={tier} aria-labelledby={`todo-${tier}`} className={`todo todo-${tier}`}>
          <h3 id={`todo-${tier}`}>{TIER_TITLES[tier]}</h3>
          <ol className="attention">
            {visible
              .filter((i) => i.tier === tier)
              .map((item) => (
                <li key={item.key}>
                  <StatusBadge status={item.status} />
                  <div>
                    <a href={hrefOf(item)}>{item.title}</a>
                    <p className="action">{item.action}</p>
                    {item.results.length > 1 && !item.personId && (
                      <details>
                        <summary>Welke eisen</summary>
                        <ul>
                          {item.results.map((r) => (
                            <li key={r.key}>
                              <a href={hrefFor('checklist', r.kaderId, r.requirementId)}>{r.text}</a>
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </div>
                </li>
              ))}
          </ol>
        </section>
      ))}
      {hidden > 0 && (
        <p className="muted">
          En nog {hidden} {hidden === 1 ? 'punt' : 'punten'} om aan te vullen. <a href={hrefFor('checklist')}>Naar de checklist</a>
        </p>
      )}
    </>
  );
}
