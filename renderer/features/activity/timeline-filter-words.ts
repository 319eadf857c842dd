import { useTranslation } from 'react-i18next';
import type { TimelineFilter } from '../../../shared/domain/timeline';
import { useFormat } from '../../i18n/use-format';
import { useCommitteeOptions, useMemberOptions } from '../common/use-record-options';

/** The timeline's filters in words, as the printed page's title lists them (["Country", "Japan"]). */
export function useTimelineFilterWords(filter: TimelineFilter): Array<[string, string]> {
  const { t } = useTranslation();
  const format = useFormat();
  const members = useMemberOptions();
  const committees = useCommitteeOptions();
  const labelOf = (options: typeof members, id: string) => options.data.find((option) => option.value === id)?.label ?? id;
  const words: Array<[string, string | undefined]> = [
    [t('common.search'), filter.query?.trim()],
    [t('timeline.from'), filter.from && format.date(filter.from)],
    [t('timeline.to'), filter.to && format.date(filter.to)],
    [t('member.country'), filter.country && format.country(filter.country)],
    [t('timeline.member'), filter.memberId && labelOf(members, filter.memberId)],
    [t('timeline.committee'), filter.committeeId && labelOf(committees, filter.committeeId)],
    [t('timeline.kind'), filter.kinds?.map((kind) => t(`kinds.${kind}`)).join(', ')],
    [t('timeline.staff'), filter.staff?.trim()],
  ];
  return words.flatMap(([name, value]): Array<[string, string]> => (value ? [[name, value]] : []));
}
