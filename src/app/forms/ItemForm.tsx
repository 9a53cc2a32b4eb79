/**
 * The form for one kind of item, adding (`editing` null) or editing the
 * item with that id, as the table view and the inspectors open them. An
 * enterprise's form leads on to its declared streams.
 */
import { useState } from 'react';
import type { ParkModel } from '../../core/model/types.ts';
import { ChainForm } from './ChainForm.tsx';
import { EnterpriseForm } from './EnterpriseForm.tsx';
import { FlowForm } from './FlowForm.tsx';
import { MaterialForm } from './MaterialForm.tsx';
import { StreamsForm } from './StreamsForm.tsx';
import type { EditSink } from './useCommit.ts';

export type ItemKind = 'enterprises' | 'materials' | 'flows' | 'chains';

interface ItemFormProps {
  readonly kind: ItemKind;
  /** The id of the item to edit; null adds one. */
  readonly editing: string | null;
  readonly model: ParkModel;
  readonly onEdit: EditSink;
  readonly onClose: () => void;
}

export function ItemForm({ kind, ...props }: ItemFormProps) {
  const [streams, setStreams] = useState(false);
  switch (kind) {
    case 'enterprises':
      return streams && props.editing ? (
        <StreamsForm {...props} enterpriseId={props.editing} />
      ) : (
        <EnterpriseForm {...props} onStreams={() => setStreams(true)} />
      );
    case 'materials':
      return <MaterialForm {...props} />;
    case 'flows':
      return <FlowForm {...props} />;
    case 'chains':
      return <ChainForm {...props} />;
  }
}
