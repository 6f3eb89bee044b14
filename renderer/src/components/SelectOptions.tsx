/** The options of a <select>: "Kies…" first while nothing need be chosen (`choose`), then one per choice. */
export function SelectOptions({ options, choose = false }: { options: readonly { value: string; label: string }[]; choose?: boolean }) {
  return (
    <>
      {choose && <option value="">Kies…</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}
