import { Group, Kbd, Modal, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShortcutCommand } from '../../shared/ipc/shortcuts';
import { shortcutLabel } from '../features/common/shortcut-label';
import { QUESTION_MARK } from './use-help-key';

/** Keys that are the same on every keyboard and in every language. */
const TAB = 'Tab';
const ESCAPE = 'Esc';

function Keys({ label }: { label: string }) {
  return <Kbd size="sm">{label}</Kbd>;
}

/** Every keyboard shortcut of the app, by what it is for: the menu's accelerators and the keys of the window itself. */
export function ShortcutsModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const command = (name: ShortcutCommand): ReactNode => <Keys label={shortcutLabel(name)} />;
  const helpKeys = command('app:shortcuts');
  const sections: Array<{ title: string; rows: Array<[string, ReactNode]> }> = [
    {
      title: t('find.shortcuts.go'),
      rows: [
        [t('nav.members'), command('navigate:members')],
        [t('nav.committees'), command('navigate:committees')],
        [t('nav.timeline'), command('navigate:activity')],
        [t('nav.followUps'), command('navigate:follow-ups')],
        [t('find.shortcuts.search'), command('app:search')],
      ],
    },
    {
      title: t('find.shortcuts.create'),
      rows: [
        [t('menu.newMember'), command('member:new')],
        [t('menu.newCommittee'), command('committee:new')],
        [t('menu.logVisit'), command('visit:new')],
      ],
    },
    {
      title: t('find.shortcuts.data'),
      rows: [
        [t('menu.importBundle'), command('bundle:import')],
        [t('menu.exportBundle'), command('bundle:export')],
        [t('menu.backupNow'), command('backup:now')],
        [t('menu.print'), command('app:print')],
      ],
    },
    {
      title: t('find.shortcuts.help'),
      rows: [
        [
          t('find.shortcuts.showHelp'),
          <Group key="help" gap={6} wrap="nowrap" justify="flex-end">
            {helpKeys}
            <Text size="sm" c="dimmed">
              {t('find.shortcuts.or')}
            </Text>
            <Keys label={QUESTION_MARK} />
          </Group>,
        ],
        [
          t('find.shortcuts.skip'),
          <Group key="skip" gap={6} wrap="nowrap" justify="flex-end">
            <Keys label={TAB} />
            <Text size="sm" c="dimmed">
              {t('find.shortcuts.skipKeys')}
            </Text>
          </Group>,
        ],
        [t('find.shortcuts.close'), <Keys key="close" label={ESCAPE} />],
      ],
    },
  ];
  return (
    <Modal opened={opened} onClose={onClose} title={t('find.shortcuts.title')} size="lg">
      <Stack gap="md" data-testid="shortcuts-help">
        {sections.map((section) => (
          <section key={section.title}>
            <Title order={3} size="h5" mb={4}>
              {section.title}
            </Title>
            <Table withRowBorders={false} verticalSpacing={4}>
              <Table.Tbody>
                {section.rows.map(([label, keys]) => (
                  <Table.Tr key={label}>
                    <Table.Td>{label}</Table.Td>
                    <Table.Td ta="end">{keys}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        ))}
      </Stack>
    </Modal>
  );
}
