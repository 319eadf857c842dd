import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { namesMatch, type AnyNames } from '../../../shared/domain/names';
import { useDatabase } from '../../db/database-context';
import { useCommittees, useMembers } from '../../db/queries';
import { useFormat } from '../../i18n/use-format';

type Options = { data: ComboboxItem[]; filter: OptionsFilter };

/** Type-ahead in any language: "兵库", "효고", "Hyogo" and "Хиого" all find Hyogo. */
function multilingual(entries: Array<{ value: string; label: string; names: AnyNames }>): Options {
  const names = new Map(entries.map((entry) => [entry.value, entry.names]));
  return {
    data: entries.map(({ value, label }) => ({ value, label })),
    filter: ({ options, search }) =>
      options.filter((option): option is ComboboxItem => {
        if (!('value' in option)) return false;
        const known = names.get(option.value);
        return known ? namesMatch(known, search) : option.label.includes(search);
      }),
  };
}

/** Member governments as combobox options, labelled in the UI language with their country. */
export function useMemberOptions(only?: (member: { kind: string }) => boolean): Options {
  const members = useMembers();
  const format = useFormat();
  return useMemo(
    () =>
      multilingual(
        (members ?? [])
          .filter((member) => !only || only(member))
          .map((member) => ({
            value: member.id,
            label: `${format.name(member.names)} · ${format.country(member.country)}`,
            names: member.names,
          }))
          .sort((a, b) => format.collator.compare(a.label, b.label)),
      ),
    [members, format, only],
  );
}

/** Running and retired committees as combobox options in the UI language. */
export function useCommitteeOptions(): Options {
  const committees = useCommittees();
  const format = useFormat();
  return useMemo(
    () =>
      multilingual(
        (committees ?? [])
          .map((committee) => ({ value: committee.id, label: format.name(committee.names), names: committee.names }))
          .sort((a, b) => format.collator.compare(a.label, b.label)),
      ),
    [committees, format],
  );
}

/** General Assemblies and executive committee meetings, the latest first, labelled with their date: where a member can be admitted. */
export function useVotingMeetingOptions(): ComboboxItem[] {
  const { db } = useDatabase();
  const format = useFormat();
  const meetings = useLiveQuery(
    () => db.meetings.where('deleted').equals(0).filter((meeting) => meeting.kind === 'generalAssembly' || meeting.kind === 'executiveCommittee').toArray(),
    [db],
  );
  return useMemo(
    () =>
      (meetings ?? [])
        .sort((a, b) => b.startDate.localeCompare(a.startDate))
        .map((meeting) => ({ value: meeting.id, label: `${format.name(meeting.title)} · ${format.date(meeting.startDate)}` })),
    [meetings, format],
  );
}
