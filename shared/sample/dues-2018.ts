import type { DuesFields, DuesPostponementFields } from '../domain/dues';
import type { SampleEntry } from './index';

const GENERAL_ASSEMBLY_2018 = '35883268-9b85-446f-a697-3ed1688f6935';

/**
 * The dues ledger as the 2018 report leaves it. The regulation took effect on 1 January 2017 with
 * the first dues for fiscal year 2018; the 11th executive committee (2017, no day given) deferred
 * the first collection until the 12th executive committee in 2019 decides, and the 12th General
 * Assembly confirmed it on 29 October 2018 (chapter I.4, the workshop's "会费制运营方案", and the
 * Dues Regulation's final article). So the postponement runs from fiscal 2018 with no end year: it
 * waits for that later decision. No payment is on record, so the ledger has no entries.
 */
export function sampleDues(): { dues: SampleEntry<DuesFields>[]; duesPostponements: SampleEntry<DuesPostponementFields>[] } {
  return {
    dues: [],
    duesPostponements: [
      {
        id: '0b6f3c1e-5d2a-4f7b-9a8c-2e4d6f8a1b3c',
        fields: {
          fromFiscalYear: 2018,
          awaiting: {
            zh: '2019年第十二次事务委员会',
            ko: '2019년 제12차 실무위원회',
            ja: '2019年の第12回実務委員会',
            ru: 'XII заседание исполнительного комитета (2019)',
            mn: '2019 оны Гүйцэтгэх хорооны XII хурал',
            en: 'the 12th executive committee (2019)',
          },
          decidedOn: '2017',
          decidedBy: {
            zh: '第十一次事务委员会',
            ko: '제11차 실무위원회',
            ja: '第11回実務委員会',
            ru: 'XI заседание исполнительного комитета',
            mn: 'Гүйцэтгэх хорооны XI хурал',
            en: 'the 11th executive committee',
          },
          confirmedOn: '2018-10-29',
          confirmedByMeetingId: GENERAL_ASSEMBLY_2018,
          note: {
            zh: '第十一次事务委员会(2017年)决定“最初缴纳会费时间延缓至2019年第十二次事务委员会”，根据联合会宪章第八条第二项，第十二次全体会议予以确认。会费运营规定附则：会费缴纳时间在2019年第十二次事务委员会会议上审议决定。',
            ko: '제11차 실무위원회(2017년)는 "회비 최초 납부 시기를 2019년 제12차 실무위원회까지 유예"하기로 결정하였고, 연합 헌장 제8조 제2항에 따라 제12차 총회가 이를 확인하였다. 회비운영규정 부칙: 회비 납부 시기는 2019년 제12차 실무위원회에서 심의·결정한다.',
            ja: '第11回実務委員会（2017年）は「会費の初回納付時期を2019年の第12回実務委員会まで猶予する」ことを決定し、連合憲章第8条第2項により第12回総会がこれを確認した。会費運営規定附則：会費の納付時期は2019年の第12回実務委員会で審議し決定する。',
            ru: 'XI заседание исполнительного комитета (2017) решило «отсрочить первую уплату взносов до XII заседания исполнительного комитета в 2019 году»; по п. 2 ст. 8 Устава XII Генеральная ассамблея это подтвердила. Заключительное положение Регламента о взносах: срок уплаты взносов рассмотрит и определит XII заседание исполнительного комитета в 2019 году.',
            mn: 'Гүйцэтгэх хорооны XI хурал (2017) «гишүүнчлэлийн хураамжийг анх төлөх хугацааг 2019 оны Гүйцэтгэх хорооны XII хурал хүртэл хойшлуулах» шийдвэр гаргаж, Дүрмийн 8 дугаар зүйлийн 2 дахь хэсгийн дагуу XII Ерөнхий чуулган үүнийг баталгаажуулав. Хураамжийн журмын төгсгөлийн заалт: хураамж төлөх хугацааг 2019 оны Гүйцэтгэх хорооны XII хурал хэлэлцэн шийдвэрлэнэ.',
            en: 'The 11th executive committee (2017) decided to "postpone the first payment of dues until the 12th executive committee in 2019"; under Charter Art. 8(2) the 12th General Assembly confirmed it. The Dues Regulation\'s final article: when dues are paid is to be decided by the 12th executive committee in 2019.',
          },
        },
      },
    ],
  };
}
