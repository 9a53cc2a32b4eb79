/** Search by Chinese or English name: a combobox with a keyboard-operable list of suggestions. */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../core/model/labels.ts';
import { searchActors, type SearchableActor } from './search.ts';
import { otherLanguage } from '../i18n/language.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface SearchBoxProps {
  /** Listed only when a search is typed: 20 000 actors are not worth listing at every edit of the park. */
  readonly actors: () => readonly SearchableActor[];
  readonly onChoose: (id: string) => void;
}

export function SearchBox({ actors, onChoose }: SearchBoxProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const matches = useMemo(() => (query.trim() === '' ? [] : searchActors(actors(), query)), [actors, query]);
  const shown = open && query.trim() !== '';

  const choose = (id: string) => {
    const actor = matches.find((m) => m.id === id);
    setQuery(actor ? localize(actor.name, language) : '');
    setOpen(false);
    onChoose(id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (matches.length === 0 ? 0 : (i + step + matches.length) % matches.length));
    } else if (event.key === 'Enter') {
      const match = matches[active];
      if (shown && match) choose(match.id);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="search">
      {/* Named for screen readers; on screen the placeholder says what the box is for (one top-bar line). */}
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${listId}-input`}
        data-testid="search"
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && matches[active] ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        title={t('search.hint')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {shown && (
        <ul id={listId} role="listbox" className="suggestions">
          {matches.length === 0 && <li className="empty">{t('search.noMatch')}</li>}
          {matches.map((match, i) => (
            <li
              key={match.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: it fires before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(match.id);
              }}
            >
              {localize(match.name, language)}
              {match.name.zh && match.name.en && <span className="alt">{match.name[otherLanguage(language)]}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
