import { Anchor } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberRecord } from '../../../shared/domain/member';
import { useDatabase } from '../../db/database-context';
import { useFormat } from '../../i18n/use-format';
import { LocalizedText } from '../common/LocalizedText';

/** When a member was admitted, as precisely as the record says, and by which meeting where it is on record. */
export function AdmissionText({ member }: { member: MemberRecord }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const meetingId = member.admissionMeetingId;
  const meeting = useLiveQuery(async () => (meetingId ? ((await db.meetings.get(meetingId)) ?? null) : null), [db, meetingId]);
  const when = member.admittedOn ?? (member.admittedYear !== undefined ? String(member.admittedYear) : undefined);
  return (
    <span data-testid="member-admission">
      {when !== undefined ? format.date(when) : t('common.unknown')}
      {meeting && !meeting.deleted && (
        <>
          {' · '}
          {t('member.admittedAt')}{' '}
          <Anchor component={Link} to={`/activity/meetings/${meeting.id}`}>
            <LocalizedText value={meeting.title} />
          </Anchor>
        </>
      )}
    </span>
  );
}
