import { Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isFollowUpOverdue, type FollowUpRecord } from '../../../shared/domain/activity';
import { useDatabase } from '../../db/database-context';
import { setFollowUpDone } from '../../domain/activity';
import { useFormat } from '../../i18n/use-format';
import { todayIso } from '../committees/use-as-of';
import { describeError } from '../common/describe-error';

/** Whether a follow-up is past its deadline today and still open. */
export function isOverdue(followUp: FollowUpRecord): boolean {
  return isFollowUpOverdue(followUp, todayIso());
}

/** Marks a follow-up done today or open again, and says so. */
export function useToggleFollowUp(): (followUp: FollowUpRecord, done: boolean) => Promise<void> {
  const { t } = useTranslation();
  const { db } = useDatabase();
  return async (followUp, done) => {
    try {
      await setFollowUpDone(db, followUp.id, done ? todayIso() : undefined);
      notifications.show({ color: 'green', message: t(done ? 'followUps.completed' : 'followUps.reopened') });
    } catch (error) {
      notifications.show({ color: 'red', message: describeError(error, t) });
    }
  };
}

/** One follow-up with a done box; overdue ones are marked, and the owner and source are shown. */
export function FollowUpItem({ followUp, source }: { followUp: FollowUpRecord; source?: React.ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const overdue = isOverdue(followUp);
  const toggleFollowUp = useToggleFollowUp();
  const toggle = (done: boolean) => toggleFollowUp(followUp, done);
  return (
    <Group align="flex-start" wrap="nowrap" data-testid="follow-up" data-done={Boolean(followUp.doneOn)}>
      <Checkbox
        checked={Boolean(followUp.doneOn)}
        onChange={(event) => void toggle(event.currentTarget.checked)}
        aria-label={`${t('followUps.markDone')}: ${followUp.text}`}
        mt={3}
      />
      <Stack gap={2}>
        <Text td={followUp.doneOn ? 'line-through' : undefined}>{followUp.text}</Text>
        <Group gap="xs">
          {overdue && (
            <Badge color="red" size="sm">
              {t('followUps.overdue')}
            </Badge>
          )}
          <Text size="sm" c={overdue ? 'red' : 'dimmed'}>
            {followUp.doneOn
              ? `${t('followUps.done')} ${format.date(followUp.doneOn)}`
              : followUp.dueOn
                ? t('followUps.dueIn', { date: format.date(followUp.dueOn) })
                : t('followUps.noDate')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('followUps.owner', { owner: followUp.owner })}
          </Text>
          {source}
        </Group>
      </Stack>
    </Group>
  );
}
