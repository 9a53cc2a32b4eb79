/** A unit picker over core's unit table; a unit the table does not know (an imported one) stays choosable. */
import { listUnits } from '../../core/model/units.ts';
import type { ControlProps } from './FormField.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';

interface UnitSelectProps {
  readonly control: ControlProps;
  readonly value: string;
  readonly onChange: (unit: string) => void;
}

export function UnitSelect({ control, value, onChange }: UnitSelectProps) {
  const language = useLanguage();
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
