import { Button, Group, Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeForSearch } from '../../../shared/domain/names';
import { useDatabase } from '../../db/database-context';
import { createContact } from '../../domain/activity';
import { useFormat } from '../../i18n/use-format';
import { describeError } from '../common/describe-error';
import { DraftNotice } from '../common/use-form-draft';
import { useStateDraft } from '../common/use-state-draft';

const EMPTY_CONTACT = { name: '', latin: '', title: '', organisation: '' };

type Props = { value: string[]; onChange: (ids: string[]) => void; error?: string };

/** People met: type-ahead over names in any script, with a quick "add person" for someone new. */
export function ContactPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const contacts = useLiveQuery(() => db.contacts.where('deleted').equals(0).toArray(), [db]);
  const [adding, setAdding] = useState(false);
  const options = useMemo(
    () =>
      (contacts ?? []).map((contact) => ({
        value: contact.id,
        label: [contact.name, contact.latin, contact.organisation ? format.name(contact.organisation) : ''].filter(Boolean).join(' · '),
      })),
    [contacts, format],
  );
  return (
    <>
      <Group align="flex-end" wrap="nowrap" gap="xs">
        <MultiSelect
          label={t('visits.contacts')}
          data={options}
          searchable
          value={value}
          onChange={onChange}
          error={error}
          filter={({ options: items, search }) =>
            items.filter((item) => 'label' in item && normalizeForSearch(item.label).includes(normalizeForSearch(search)))
          }
          style={{ flex: 1 }}
        />
        <Button variant="default" leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
          {t('visits.newContact')}
        </Button>
      </Group>
      <NewContactModal
        opened={adding}
        onClose={() => setAdding(false)}
        onCreated={(id) => {
          onChange([...value, id]);
          setAdding(false);
        }}
      />
    </>
  );
}

function NewContactModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const draft = useStateDraft('contact:new', EMPTY_CONTACT);
  const { name, latin, title, organisation } = draft.values;
  const setName = (value: string) => draft.set('name', value);
  const setLatin = (value: string) => draft.set('latin', value);
  const setTitle = (value: string) => draft.set('title', value);
  const setOrganisation = (value: string) => draft.set('organisation', value);
  const [error, setError] = useState<string | undefined>();
  const save = async () => {
    try {
      const contact = await createContact(db, {
        name,
        ...(latin.trim() ? { latin } : {}),
        ...(title.trim() ? { title: { [format.locale]: title } } : {}),
        ...(organisation.trim() ? { organisation: { [format.locale]: organisation } } : {}),
        languages: [],
      });
      notifications.show({ color: 'green', message: t('contacts.created', { name: contact.name }) });
      await draft.savedAndReset(EMPTY_CONTACT);
      setError(undefined);
      onCreated(contact.id);
    } catch (failure) {
      setError(describeError(failure, t));
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={() => {
        void draft.keep();
        onClose();
      }}
      title={t('visits.newContact')}
      centered
    >
      <Stack
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          event.stopPropagation();
          void save();
        }}
      >
        <DraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />
        <TextInput label={t('contacts.name')} withAsterisk value={name} onChange={(event) => setName(event.currentTarget.value)} error={error} data-autofocus />
        <TextInput label={t('contacts.latin')} value={latin} onChange={(event) => setLatin(event.currentTarget.value)} />
        <TextInput label={t('contacts.title')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
        <TextInput label={t('contacts.organisation')} value={organisation} onChange={(event) => setOrganisation(event.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void draft.discard().then(onClose)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
