import { CloseButton, Loader, Modal, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingCommunity, IconCalendarEvent, IconChecklist, IconId, IconMapPin, IconSearch, IconUser, IconUsersGroup, type Icon } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SearchKind } from '../../../shared/search/global-search';
import classes from './GlobalSearch.module.css';
import { useGlobalSearch, type SearchItem } from './use-global-search';

const KIND_ICONS: Record<SearchKind, Icon> = {
  member: IconUsersGroup,
  committee: IconBuildingCommunity,
  meeting: IconCalendarEvent,
  visit: IconMapPin,
  contact: IconUser,
  staff: IconId,
  followUp: IconChecklist,
};

/** Typing pauses this long before the 100,000 timeline entries are searched. */
const DEBOUNCE_MS = 150;

/**
 * The global search (Ctrl+K, or the title bar's button): one field that finds members, committees,
 * meetings, visits, contacts, the secretariat's staff and follow-ups in any language, results grouped by kind. The field is
 * an ARIA combobox driving a listbox: arrows move, Enter opens, Esc closes.
 */
export function GlobalSearch({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal.Root opened={opened} onClose={onClose} size="lg" yOffset="8vh">
      <Modal.Overlay />
      <Modal.Content data-testid="global-search">
        {opened && <SearchPanel onClose={onClose} title={t('find.title')} />}
      </Modal.Content>
    </Modal.Root>
  );
}

function SearchPanel({ onClose, title }: { onClose(): void; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, DEBOUNCE_MS);
  const results = useGlobalSearch(debounced);
  const items = useMemo(() => results?.flatMap((result) => result.items) ?? [], [results]);
  // The active option is remembered by key, so it stays put while results refresh and falls back to the first.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const activeIndex = Math.max(0, items.findIndex((item) => item.key === activeKey));
  const optionId = (index: number) => `${listId}-option-${index}`;
  const settled = results !== undefined && debounced === query;

  useEffect(() => {
    document.getElementById(`${listId}-option-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [listId, activeIndex, items]);

  const open = (item: SearchItem | undefined) => {
    if (!item) return;
    onClose();
    void navigate(item.path);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || items.length === 0) return;
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      setActiveKey(items[(activeIndex + step + items.length) % items.length].key);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(items[activeIndex]);
    }
  };

  let index = -1;
  return (
    <>
      <Modal.Header className={classes.header}>
        <Modal.Title fw={600}>{title}</Modal.Title>
        <CloseButton onClick={onClose} aria-label={t('common.close')} />
        <TextInput
          className={classes.input}
          data-autofocus
          role="combobox"
          aria-label={t('find.label')}
          aria-autocomplete="list"
          aria-expanded={items.length > 0}
          aria-controls={items.length > 0 ? listId : undefined}
          aria-activedescendant={items.length > 0 ? optionId(activeIndex) : undefined}
          placeholder={t('find.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={query.trim() !== '' && !settled ? <Loader size="xs" aria-hidden /> : undefined}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
          data-testid="global-search-input"
        />
      </Modal.Header>
      <Modal.Body data-testid="global-search-body" data-settled={settled}>
        {query.trim() === '' && (
          <Text size="sm" c="dimmed">
            {t('find.hint')}
          </Text>
        )}
        <Text size="sm" c="dimmed" role="status" data-testid="global-search-status">
          {query.trim() !== '' && settled && items.length === 0 ? t('find.empty', { query: query.trim() }) : ''}
        </Text>
        {items.length > 0 && (
          <div role="listbox" id={listId} aria-label={t('find.label')} data-testid="global-search-results">
            {results?.map((result) => (
              <div key={result.kind} role="group" aria-labelledby={`${listId}-${result.kind}`} data-kind={result.kind}>
                <div className={classes.groupLabel}>
                  <span id={`${listId}-${result.kind}`}>{t(`find.groups.${result.kind}`)}</span>
                  {result.count > result.items.length && <span>{t('find.shown', { shown: result.items.length, count: result.count })}</span>}
                </div>
                {result.items.map((item) => {
                  index += 1;
                  const Icon = KIND_ICONS[item.kind];
                  const position = index;
                  return (
                    <div
                      key={item.key}
                      id={optionId(position)}
                      role="option"
                      aria-selected={position === activeIndex}
                      className={classes.option}
                      title={item.detail ? `${item.label}\n${item.detail}` : item.label}
                      // The field keeps the focus; a click opens the option.
                      onMouseDown={(event) => event.preventDefault()}
                      onMouseMove={() => position !== activeIndex && setActiveKey(item.key)}
                      onClick={() => open(item)}
                      data-testid="global-search-option"
                    >
                      <Icon size={16} className={classes.icon} aria-hidden />
                      <div className={classes.text}>
                        <Text size="sm" fw={500} truncate="end">
                          {item.label}
                        </Text>
                        {item.detail && (
                          <Text size="xs" c="dimmed" truncate="end">
                            {item.detail}
                          </Text>
                        )}
                      </div>
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
        )}
        <Text size="xs" c="dimmed" ta="end" mt="sm">
          {t('find.keys')}
        </Text>
      </Modal.Body>
    </>
  );
}
