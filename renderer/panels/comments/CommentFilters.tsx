import { useId } from 'react';
import type { CommentFilter } from './filters';

/** Props of {@link CommentFilters}. */
export interface CommentFiltersProps {
  filter: CommentFilter;
  authors: readonly string[];
  sections: readonly string[];
  onChange: (filter: CommentFilter) => void;
}

const STATUSES: { value: CommentFilter['status']; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'all', label: 'All' },
];

/** Show open, resolved or all threads, by one author or everyone, in one section or all. */
export function CommentFilters({ filter, authors, sections, onChange }: CommentFiltersProps) {
  const ids = { status: useId(), author: useId(), section: useId() };
  return (
    <div className="comment-filters">
      <label htmlFor={ids.status}>Show</label>
      <select
        id={ids.status}
        value={filter.status}
        onChange={(e) => onChange({ ...filter, status: e.target.value as CommentFilter['status'] })}
      >
        {STATUSES.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
      <label htmlFor={ids.author}>Author</label>
      <select
        id={ids.author}
        value={filter.author}
        onChange={(e) => onChange({ ...filter, author: e.target.value })}
      >
        <option value="">Everyone</option>
        {authors.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <label htmlFor={ids.section}>Section</label>
      <select
        id={ids.section}
        value={filter.section}
        onChange={(e) => onChange({ ...filter, section: e.target.value })}
      >
        <option value="">All sections</option>
        {sections.map((text) => (
          <option key={text} value={text}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
