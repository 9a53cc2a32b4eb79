/** The inspector for whatever is selected: an actor, a flow (exchange view) or a material (material and process views). */
import { useState, type ComponentProps } from 'react';
import type { ShownNetwork } from '../analysis/shownAnalysis.ts';
import { localize } from '../../core/model/labels.ts';
import type { DisplayGraph } from '../network/displayGraph.ts';
import type { ProjectOverlay } from '../network/projectOverlay.ts';
import { actorMetrics, describeFlow, describeMaterial, inspectTarget } from './inspectTargets.ts';
import type { ViewKind } from '../network/views.ts';
import { Inspector } from './Inspector.tsx';
import { ItemForm } from '../forms/ItemForm.tsx';
import { FlowInspector, MaterialInspector } from './InspectorDetails.tsx';
import { ProjectInspector } from './ProjectInspector.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';

type InspectorProps = ComponentProps<typeof Inspector>;

interface SelectionInspectorProps extends Omit<InspectorProps, 'selected' | 'metrics'> {
  readonly view: ViewKind;
  readonly selected: string | null;
  readonly flow: string | null;
  readonly network: ShownNetwork | undefined;
  readonly graph: DisplayGraph;
  /** The project shown on the network: selecting its ghost plant inspects the proposal. */
  readonly project?: ProjectOverlay | null;
}

export function SelectionInspector(props: SelectionInspectorProps) {
  const language = useLanguage();
  const { view, selected, flow, network, model, graph, findings } = props;
  const target = inspectTarget(view, selected, flow);
  // The flow or material whose form is open (the actor inspector opens its own).
  const [form, setForm] = useState<{ readonly kind: 'flows' | 'materials'; readonly id: string } | null>(null);
  const onEdit = props.onEdit;
  const formFor = (kind: 'flows' | 'materials', id: string) =>
    onEdit ? { onOpenForm: () => setForm({ kind, id }) } : {};
  const openForm = form && onEdit && (
    <ItemForm
      key={`${form.kind}:${form.id}`}
      kind={form.kind}
      editing={form.id}
      model={model}
      onEdit={onEdit}
      onClose={() => setForm(null)}
    />
  );
  const nameOf = (id: string) =>
    graph.hasNode(id) ? localize(graph.getNodeAttribute(id, 'actor').name, language) || id : id;
  const common = {
    nameOf,
    highlighted: props.highlighted,
    onToggleFinding: props.onToggleFinding,
    onClose: props.onClose,
  };
  if (target?.kind === 'flow') {
    const details = describeFlow(model, findings, target.id);
    if (details)
      return (
        <>
          <FlowInspector {...common} {...formFor('flows', target.id)} details={details} findings={details.findings} />
          {openForm}
        </>
      );
  }
  if (target?.kind === 'material') {
    const details = describeMaterial(model, findings, target.id);
    if (details)
      return (
        <>
          <MaterialInspector
            {...common}
            {...formFor('materials', target.id)}
            details={details}
            findings={details.findings}
          />
          {openForm}
        </>
      );
  }
  const actor = target?.kind === 'actor' ? target.id : null;
  const project = props.project;
  if (project && actor === project.enterprise.id)
    return <ProjectInspector overlay={project} graph={graph} onClose={props.onClose} />;
  return <Inspector {...props} selected={actor} metrics={actor === null ? null : actorMetrics(network, actor)} />;
}
