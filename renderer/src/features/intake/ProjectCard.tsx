import { Card } from 'antd';
import type { Draft } from './draft';
import { TextField } from './fields';
import { intakeText as t } from './text';

type Project = Draft['project'];

export function ProjectCard({ project, onChange }: { project: Project; onChange: (field: keyof Project, value: string) => void }) {
  const text = (field: keyof Project, label: string, maxLength: number, placeholder?: string) => (
    <TextField path={`project.${field}`} label={label} value={project[field]} maxLength={maxLength} placeholder={placeholder} onChange={(v) => onChange(field, v)} />
  );
  return (
    <Card size="small" title={t.project}>
      <div className="intake-grid">
        {text('name', t.projectName, 100)}
        {text('code', t.projectCode, 24, t.projectCodePlaceholder)}
        {text('location', t.location, 100)}
        {text('scale', t.scale, 200)}
      </div>
    </Card>
  );
}
