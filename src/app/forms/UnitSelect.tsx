/** A unit picker over core's unit table; a unit the table does not know (an imported one) stays choosable. */
import { listUnits } from '../../core/model/units.ts';
import type { Language } from '../../core/model/types.ts';
import type { ControlProps } from './FormField.tsx';

interface UnitSelectProps {
  readonly control: ControlProps;
  readonly value: string;
  readonly language: Language;
  readonly onChange: (unit: string) => void;
}

export function UnitSelect({ control, value, language, onChange }: UnitSelectProps) {
  const units = listUnits();
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
      {!units.some((u) => u.id === value) && <option value={value}>{value}</option>}
      {units.map((u) => (
        <option key={u.id} value={u.id}>
          {u.id} · {u.name[language]}
        </option>
      ))}
    </select>
  );
}
