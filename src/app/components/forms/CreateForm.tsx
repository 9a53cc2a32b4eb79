/** The create form for one kind of item, as the table view's "add" buttons open them. */
import type { Language, ParkModel } from '../../../core/model/types.ts';
import { ChainForm } from './ChainForm.tsx';
import { EnterpriseForm } from './EnterpriseForm.tsx';
import { FlowForm } from './FlowForm.tsx';
import { MaterialForm } from './MaterialForm.tsx';
import type { EditSink } from './useCommit.ts';

export type CreateKind = 'enterprises' | 'materials' | 'flows' | 'chains';

interface CreateFormProps {
  readonly kind: CreateKind;
  readonly model: ParkModel;
  readonly language: Language;
  readonly onEdit: EditSink;
  readonly onClose: () => void;
}

export function CreateForm({ kind, ...props }: CreateFormProps) {
  switch (kind) {
    case 'enterprises':
      return <EnterpriseForm {...props} />;
    case 'materials':
      return <MaterialForm {...props} />;
    case 'flows':
      return <FlowForm {...props} />;
    case 'chains':
      return <ChainForm {...props} />;
  }
}
