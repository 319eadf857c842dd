import type { DuesFields, DuesPostponementFields } from '../domain/dues';
import type { SampleEntry } from './index';

const GENERAL_ASSEMBLY_2018 = '35883268-9b85-446f-a697-3ed1688f6935';

/**
 * The dues ledger as the 2018 report leaves it. The regulation took effect in 2017 with the first
 * dues for fiscal year 2018; the 11th executive committee (2017) postponed the first collection
 * until the 12th executive committee (2019), and the 12th General Assembly confirmed it on
 * 29 October 2018 (chapter I.4). No payment is on record, so the ledger has no entries.
 */
export function sampleDues(): { dues: SampleEntry<DuesFields>[]; duesPostponements: SampleEntry<DuesPostponementFields>[] } {
  return {
    dues: [],
    duesPostponements: [
      {
        id: '0b6f3c1e-5d2a-4f7b-9a8c-2e4d6f8a1b3c',
        fields: {
          fiscalYears: [2018],
          decidedOn: '2018-10-29',
          meetingId: GENERAL_ASSEMBLY_2018,
          note: {
            zh: '第十一次事务委员会(2017年)决定最初缴纳会费时间延缓至2019年第十二次事务委员会，第十二次全体会议予以确认。',
            ko: '제11차 실무위원회(2017년)는 회비 최초 납부 시기를 2019년 제12차 실무위원회로 유예하기로 결정하였고, 제12차 총회가 이를 확인하였다.',
            ja: '第11回実務委員会（2017年）は会費の初回納付時期を2019年の第12回実務委員会まで猶予することを決定し、第12回総会がこれを確認した。',
            ru: 'XI заседание исполнительного комитета (2017) отсрочило первую уплату взносов до XII заседания исполнительного комитета в 2019 году; XII Генеральная ассамблея это подтвердила.',
            mn: 'Гүйцэтгэх хорооны XI хурал (2017) гишүүнчлэлийн хураамжийг анх төлөх хугацааг 2019 оны гүйцэтгэх хорооны XII хурал хүртэл хойшлуулахаар шийдвэрлэж, XII Ерөнхий чуулган үүнийг баталгаажуулав.',
            en: 'The 11th executive committee (2017) postponed the first collection until the 12th executive committee in 2019; the 12th General Assembly confirmed it.',
          },
        },
      },
    ],
  };
}
