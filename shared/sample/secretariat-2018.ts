import type { ReportTextFields, StaffFields } from '../domain/secretariat';
import type { SampleEntry } from './index';
import type { SampleText } from './sample-types';

const GYEONGSANGBUK_DO = 'd1410afd-b336-4e12-bd95-c41a527c6557';
const HEILONGJIANG = '6fb4b60c-9abe-4f74-b67b-c23af86dbca6';
const HYOGO = '84569e3c-73b3-410e-ab3f-2c6ed5e1ebfb';
const UMNUGOVI = 'f108cb62-4137-4074-b6d8-393574557072';
const SAKHA = 'cde68595-f4a3-42cf-868c-33fdcf47f266';

/**
 * The report prints every name in Chinese characters only. For the Korean staff, the Hangul and
 * Latin forms are the Korean reading of those characters, said so on the record; for the others
 * (Mongolian and Russian names transcribed into Chinese, and two whose reading is not certain) the
 * record keeps the Chinese form alone rather than guess. The Chinese official seconded from
 * Heilongjiang has his own name in those characters, and its pinyin.
 */
const KOREAN_READING: SampleText = {
  zh: '报告书只以汉字记载姓名；韩文和拉丁字母写法是这些汉字的韩语读音。',
  ko: '보고서에는 이름이 한자로만 실려 있으며, 한글과 로마자 표기는 그 한자의 한국어 독음이다.',
  ja: '報告書は氏名を漢字でのみ記載している。ハングルとローマ字の表記はその漢字の韓国語読みである。',
  ru: 'В отчёте имя дано только иероглифами; написание хангылем и латиницей — корейское чтение этих иероглифов.',
  mn: 'Тайланд нэрийг зөвхөн ханзаар бичсэн; хангыль болон латин бичлэг нь тэдгээр ханзын солонгос дуудлага юм.',
  en: 'The report gives the name in Chinese characters only; the Hangul and Latin forms are their Korean reading.',
};

/** `reading`: the Korean reading of the report's characters (said so in a note); `own`: a Chinese name, its characters and pinyin. */
type Person = { id: string; chinese: string; reading?: [native: string, latin: string]; own?: [native: string, latin: string]; role: SampleText; office?: StaffFields['office']; memberId?: string };

const role = (zh: string, ko: string, ja: string, ru: string, mn: string, en: string): SampleText => ({ zh, ko, ja, ru, mn, en });

const DIRECTOR_PLANNING = role('企划宣传部长', '기획홍보부장', '企画広報部長', 'Директор департамента планирования и связей с общественностью', 'Төлөвлөлт, сурталчилгааны газрын дарга', 'Director, Planning and Public Relations Department');
const SECONDED_CHINA = role('中国派遣公务员', '중국 파견 공무원', '中国派遣公務員', 'Прикомандированный служащий (Китай)', 'Хятадаас томилогдсон албан хаагч', 'Seconded official (China)');
const SECONDED_MONGOLIA = role('蒙古派遣公务员', '몽골 파견 공무원', 'モンゴル派遣公務員', 'Прикомандированный служащий (Монголия)', 'Монголоос томилогдсон албан хаагч', 'Seconded official (Mongolia)');
const SECONDED_RUSSIA = role('俄罗斯派遣公务员', '러시아 파견 공무원', 'ロシア派遣公務員', 'Прикомандированный служащий (Россия)', 'Оросоос томилогдсон албан хаагч', 'Seconded official (Russia)');
const ADMINISTRATIVE_OFFICER = role('行政专员', '행정 전문관', '行政専門員', 'Административный специалист', 'Захиргааны мэргэжилтэн', 'Administrative officer');

/**
 * Chapter VI.5 of the 2018 report (组织机构): the Secretary-General and 16 staff, in the order the
 * report's two-column chart reads, row by row. Offices and seconding governments as the report
 * gives them in brackets; the report gives no dates of service, so none are stored.
 */
const STAFF_2018: readonly Person[] = [
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a01', chinese: '洪钟庆', reading: ['홍종경', 'Hong Jong-kyung'], role: role('秘书长', '사무총장', '事務総長', 'Генеральный секретарь', 'Ерөнхий нарийн бичгийн дарга', 'Secretary-General') },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a02', chinese: '权太男', reading: ['권태남', 'Kwon Tae-nam'], role: DIRECTOR_PLANNING, office: 'seconded', memberId: GYEONGSANGBUK_DO },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a03', chinese: '朴成敏', reading: ['박성민', 'Park Seong-min'], role: role('国际协力部长', '국제협력부장', '国際協力部長', 'Директор департамента международного сотрудничества', 'Олон улсын хамтын ажиллагааны газрын дарга', 'Director, International Cooperation Department') },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a04', chinese: '琴斗渊', reading: ['금두연', 'Geum Du-yeon'], role: role('企划宣传部组长', '기획홍보부 팀장', '企画広報部チーム長', 'Руководитель группы департамента планирования и связей с общественностью', 'Төлөвлөлт, сурталчилгааны газрын багийн ахлагч', 'Team leader, Planning and Public Relations Department'), office: 'seconded', memberId: GYEONGSANGBUK_DO },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a05', chinese: '崔株华', reading: ['최주화', 'Choi Ju-hwa'], role: role('国际协力部部长', '국제협력부 부장', '国際協力部部長', 'Менеджер департамента международного сотрудничества', 'Олон улсын хамтын ажиллагааны газрын менежер', 'Manager, International Cooperation Department') },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a06', chinese: '朴丽晶', role: role('中国专员', '중국 전문관', '中国担当専門員', 'Специалист по Китаю', 'Хятадын асуудал хариуцсан мэргэжилтэн', 'China specialist') },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a07', chinese: '李扬', own: ['李扬', 'Li Yang'], role: SECONDED_CHINA, office: 'seconded', memberId: HEILONGJIANG },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a08', chinese: '孙嬿京', reading: ['손연경', 'Son Yeon-gyeong'], role: role('日本专员', '일본 전문관', '日本担当専門員', 'Специалист по Японии', 'Японы асуудал хариуцсан мэргэжилтэн', 'Japan specialist') },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a09', chinese: '宾惠英', role: role('NEAR秘书处兵库县分部', 'NEAR 사무국 효고현 사무소', 'NEAR事務局兵庫県事務所', 'Отделение секретариата NEAR в префектуре Хёго', 'NEAR-ын нарийн бичгийн газрын Хёго мужийн салбар', 'NEAR Secretariat, Hyogo branch office'), office: 'branch', memberId: HYOGO },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a10', chinese: '希西格', role: role('蒙古专员', '몽골 전문관', 'モンゴル担当専門員', 'Специалист по Монголии', 'Монголын асуудал хариуцсан мэргэжилтэн', 'Mongolia specialist') },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a11', chinese: '阿吉扎雅', role: SECONDED_MONGOLIA, office: 'seconded', memberId: UMNUGOVI },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a12', chinese: '阿尔詹', role: role('俄罗斯专员', '러시아 전문관', 'ロシア担当専門員', 'Специалист по России', 'Оросын асуудал хариуцсан мэргэжилтэн', 'Russia specialist') },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a13', chinese: '安风', role: SECONDED_RUSSIA, office: 'seconded', memberId: SAKHA },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a14', chinese: '郑恩荣', reading: ['정은영', 'Jeong Eun-yeong'], role: role('英语专员', '영어 전문관', '英語担当専門員', 'Специалист по английскому языку', 'Англи хэлний мэргэжилтэн', 'English specialist') },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a15', chinese: '金攸珍', reading: ['김유진', 'Kim Yu-jin'], role: ADMINISTRATIVE_OFFICER },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a16', chinese: '都彦锡', reading: ['도언석', 'Do Eon-seok'], role: ADMINISTRATIVE_OFFICER },
  { id: '5d0f7a2e-0c51-4e0b-9a57-3f1e8c2d4a17', chinese: '金慧林', reading: ['김혜림', 'Kim Hye-rim'], role: role('行政员', '행정원', '行政員', 'Административный сотрудник', 'Захиргааны ажилтан', 'Administrative assistant') },
];

function staffFields(person: Person, index: number): StaffFields {
  const [native, latin] = person.reading ?? person.own ?? [];
  return {
    name: { chinese: person.chinese, ...(native ? { native, latin } : {}) },
    role: person.role,
    office: person.office ?? 'secretariat',
    ...(person.memberId ? { memberId: person.memberId } : {}),
    order: index + 1,
    ...(person.reading ? { note: KOREAN_READING } : {}),
  };
}

/** The languages in which the sample gives a summary of a foreword the report prints in full in Chinese. */
const SUMMARISED: ReportTextFields['summarised'] = ['ko', 'ja', 'ru', 'mn', 'en'];

const FOREWORDS_2018: ReadonlyArray<SampleEntry<ReportTextFields>> = [
  {
    id: '7c4e2b9a-6f13-4d8e-b2a5-1e9f0c3d5b01',
    fields: {
      year: 2018,
      kind: 'foreword',
      order: 1,
      signedOn: '2018-12',
      author: {
        name: { zh: '尼古拉耶夫', ko: '니콜라예프', ja: 'ニコラエフ', ru: 'Николаев', mn: 'Николаев', en: 'Nikolaev' },
        title: {
          zh: '东北亚地区地方政府联合会主席、萨哈(雅库特)共和国',
          ko: '동북아시아지역자치단체연합 의장, 사하(야쿠티야) 공화국',
          ja: '北東アジア地域自治体連合議長、サハ（ヤクーチア）共和国',
          ru: 'Председатель Ассоциации региональных администраций стран Северо-Восточной Азии, Республика Саха (Якутия)',
          mn: 'Зүүн хойд Азийн бүс нутгийн засаг захиргааны холбооны дарга, Саха (Якут) Улс',
          en: 'Chair, Association of North East Asia Regional Governments; Sakha (Yakutia) Republic',
        },
      },
      summarised: SUMMARISED,
      text: {
        zh: '尊敬的东北亚地区地方政府联合会各会员地方政府：\n\nNEAR成立至今，一直致力于促进各国会员地方政府之间的友好关系和共同发展，为此作出了积极贡献，这是各会员地方政府有目共睹的。\n\n这些年，NEAR从经济、贸易等领域不断延伸至科学、新技术等国际合作项目，促进了东北亚地区各会员地方政府间交流合作。如今，随着区域间合作的不断扩大，NEAR需要在更多的领域发挥作用并接受挑战。\n\n萨哈共和国作为NEAR的创始成员，在今后的发展中，将本着深化友谊、支持NEAR原有活动的原则，不断挖掘新领域项目，并促进各领域融合发展。萨哈共和国对外经济发展主要以开拓新领域、共商合作方案为主，作为新任主席会员地方政府，萨哈共和国将共同分享NEAR的理念，巩固各会员地方政府间的合作成果，与各会员地方政府携手发掘新的合作领域、提升合作实效。\n\n为了东北亚地区的社会经济发展，需要NEAR各会员地方政府的共同努力和支持。NEAR各会员地方政府积极的经济活动可以提高大家的发展速度和生活质量。萨哈共和国作为NEAR的主席会员地方政府，将本着东北亚地区地方政府联合会的基本理念，本着平等互惠原则，增进行政、经济、文化等不同领域交流合作，致力于地区发展，同时为世界和平做出贡献。\n\n真诚希望各会员地方政府在国际舞台上能够确保竞争力，取得成功与繁荣。',
        ko: 'NEAR 창립 회원이자 새 의장 회원 지방정부인 사하(야쿠티야) 공화국은 경제·무역에서 과학·신기술에 이르기까지 회원 간 우호와 공동 발전에 기여해 온 NEAR의 역할을 평가한다. 의장으로서 NEAR의 이념을 공유하고 회원들이 함께 이룬 성과를 다지며 새로운 협력 분야를 발굴하고, 평등과 호혜의 원칙에 따라 행정·경제·문화 교류를 증진하여 지역 발전과 세계 평화에 기여할 것이다. 모든 회원 지방정부의 경쟁력 확보와 성공, 번영을 기원한다.',
        ja: 'NEARの創設会員であり新しい議長会員自治体であるサハ（ヤクーチア）共和国は、経済・貿易から科学・新技術に至るまで会員間の友好と共同発展に貢献してきたNEARの役割を評価する。議長としてNEARの理念を共有し、会員が共に築いた成果を固め、新たな協力分野を開拓し、平等互恵の原則に基づき行政・経済・文化の交流を進め、地域の発展と世界平和に貢献する。すべての会員自治体の競争力と成功、繁栄を願う。',
        ru: 'Республика Саха (Якутия), член-основатель и новый регион-председатель NEAR, отмечает вклад Ассоциации в дружбу и общее развитие её членов — от экономики и торговли до науки и новых технологий. Как председатель она будет разделять идеалы NEAR, закреплять достигнутое членами вместе и открывать новые области сотрудничества, развивая обмены в управлении, экономике и культуре на принципах равенства и взаимной выгоды ради развития региона и мира во всём мире. Республика желает всем членам конкурентоспособности, успеха и процветания.',
        mn: 'NEAR-ын үүсгэн байгуулагч гишүүн бөгөөд шинэ даргалагч гишүүн засаг захиргаа болох Саха (Якут) Улс эдийн засаг, худалдаанаас шинжлэх ухаан, шинэ технологи хүртэлх салбарт гишүүдийн нөхөрлөл, хамтын хөгжилд NEAR-ын оруулсан хувь нэмрийг үнэлэв. Даргалагчийн хувьд NEAR-ын үзэл санааг хуваалцаж, гишүүдийн хамтдаа бүтээсэн үр дүнг бэхжүүлэн, хамтын ажиллагааны шинэ салбарыг нээж, эрх тэгш, харилцан ашигтай байх зарчмаар засаг захиргаа, эдийн засаг, соёлын солилцоог хөгжүүлж, бүс нутгийн хөгжил, дэлхийн энх тайванд хувь нэмэр оруулна. Бүх гишүүнд өрсөлдөх чадвар, амжилт, хөгжил дэвшил хүсэв.',
        en: 'The Sakha (Yakutia) Republic, a founding member and NEAR\'s new chair member government, praises what NEAR has done for friendship and common development among its members, from the economy and trade to science and new technology. As chair it will share NEAR\'s ideals, consolidate what members have achieved together and open new fields of cooperation, promoting exchange in administration, the economy and culture on the principle of equality and mutual benefit, for the region\'s development and for world peace. It wishes every member competitiveness, success and prosperity.',
      },
    },
  },
  {
    id: '7c4e2b9a-6f13-4d8e-b2a5-1e9f0c3d5b02',
    fields: {
      year: 2018,
      kind: 'foreword',
      order: 2,
      signedOn: '2018-12',
      author: {
        name: { zh: '洪钟庆', ko: '홍종경', ja: '洪鍾慶', ru: 'Хон Чжон Гён', mn: 'Хон Жон Гён', en: 'Hong Jong-kyung' },
        title: {
          zh: '东北亚地区地方政府联合会秘书长',
          ko: '동북아시아지역자치단체연합 사무총장',
          ja: '北東アジア地域自治体連合事務総長',
          ru: 'Генеральный секретарь Ассоциации региональных администраций стран Северо-Восточной Азии',
          mn: 'Зүүн хойд Азийн бүс нутгийн засаг захиргааны холбооны Ерөнхий нарийн бичгийн дарга',
          en: 'Secretary-General, Association of North East Asia Regional Governments',
        },
      },
      summarised: SUMMARISED,
      text: {
        zh: '值此新春佳节来临之际，我谨代表东北亚地区地方政府联合会，恭祝各会员地方政府工作人员新年快乐，万事如意！感谢各位工作人员2018年为东北亚地区地方政府联合会的长足发展所付出的努力！\n\nNEAR自1996年创立至今，规模已经扩大到包含78家会员地方政府及1个准会员地方政府，涵盖总人口6亿6千万人，成为东北亚地区最大的地方政府合作平台。去年10月，在中国湖南省张家界市召开的第十二次NEAR全体会议上，日本秋田县加入联合会，成为第十一家日本会员地方政府。会上还表决通过了新设创新+专门委员会、青年政策专门委员会、传统医药专门委员会的提案，进一步扩大了各会员地方政府间的交流。\n\nNEAR通过组织物流、跨境电商、旅游、传统医药、创新+、海洋渔业、国际人才、防灾、经济人文交流等专门委员会以及NEAR国际论坛，努力为各会员地方政府提供推动发展、促进交流的平台。此外，联合会每年都会举办青年领袖论坛和青少年优秀作品征集活动，以此促进各地方政府青年之间的交流，展现年青一代勾画出的东北亚未来。\n\n俄罗斯萨哈共和国作为第十三任主席会员地方政府，NEAR秘书处将与其紧密携手，为拟于年内召开的事务委员会做好充分的准备，为东北亚未来的多样发展提供交流平台。秘书处将NEAR主页改版作为今年重大改革项目之一，通过添加各会员地方政府的企业数据页面，构建一个东北亚企业之间分享成果、交流信息、达成合作的平台。此外，秘书处将召开首届物流专门委员会作为今年重点项目之一，促进各会员地方政府间的交流成果落实。在新的一年里，希望各会员地方政府能够一如既往地支持并积极参与NEAR的各项工作。\n\nNEAR将携手78家会员地方政府，继续秉承“平等互惠”原则，以“东北亚区域共同发展，构建和平世界”为共同目标，不忘初心，砥砺前行。衷心祝愿各会员地方政府蓬勃发展。谢谢！',
        ko: '새해 인사와 함께 2018년 NEAR를 위해 애쓴 각 회원 지방정부 직원들에게 감사를 전한다. 1996년 창설된 NEAR는 78개 회원 지방정부와 1개 준회원, 총인구 6억 6천만 명의 동북아 최대 지방정부 협력 기구로 성장하였다. 지난 10월 후난성 장자제시에서 열린 제12차 총회에서 아키타현이 11번째 일본 회원으로 가입하였고, 혁신+, 청년정책, 전통의약 분과위원회 신설이 승인되었다. 사무국은 제13대 의장인 사하 공화국과 함께 올해 실무위원회를 준비하고, 회원 기업 정보 페이지를 갖춘 NEAR 홈페이지 개편과 제1차 물류 분과위원회 개최를 중점 사업으로 추진한다. NEAR는 78개 회원과 함께 평등과 호혜의 원칙을 지켜 나갈 것이다.',
        ja: '新年のあいさつとともに、2018年にNEARのために尽力した各会員自治体の職員に感謝する。1996年に創設されたNEARは、78の会員自治体と1の準会員、総人口6億6千万人を擁する北東アジア最大の地方政府協力機構に成長した。昨年10月に湖南省張家界市で開かれた第12回総会では秋田県が11番目の日本の会員として加盟し、イノベーション+、青年政策、伝統医薬の分科委員会の新設が承認された。事務局は第13期議長のサハ共和国と共に今年の実務委員会を準備し、会員企業の情報ページを備えたホームページの改編と第1回物流分科委員会の開催を重点事業として進める。NEARは78の会員と共に平等互恵の原則を守っていく。',
        ru: 'Новогоднее поздравление и благодарность сотрудникам регионов-членов за работу для NEAR в 2018 году. Основанная в 1996 году, NEAR выросла до 78 регионов-членов и 1 ассоциированного члена с населением 660 млн человек. На XII Генеральной ассамблее в Чжанцзяцзе (провинция Хунань) в октябре префектура Акита вступила в Ассоциацию одиннадцатым японским членом, и были одобрены новые комитеты по инновациям+, молодёжной политике и традиционной медицине. Вместе с 13-м председателем, Республикой Саха, секретариат подготовит исполнительный комитет этого года, обновит сайт NEAR, добавив страницы компаний регионов-членов, и проведёт первое заседание комитета по логистике. NEAR и впредь будет следовать принципу равенства и взаимной выгоды вместе со своими 78 членами.',
        mn: 'Шинэ оны мэнд хүргэж, 2018 онд NEAR-ын төлөө ажилласан гишүүн засаг захиргааны ажилтнуудад талархал илэрхийлэв. 1996 онд байгуулагдсан NEAR 78 гишүүн, 1 хамтрагч гишүүнтэй, нийт 660 сая хүн амыг хамарсан Зүүн хойд Азийн хамгийн том засаг захиргааны хамтын ажиллагааны байгууллага болсон. Өнгөрсөн аравдугаар сард Хунань мужийн Жанжяжэ хотод болсон XII Ерөнхий чуулганаар Акита муж Японы 11 дэх гишүүнээр элсэж, Инноваци+, залуучуудын бодлого, уламжлалт анагаах ухааны хороод шинээр байгуулахыг баталсан. Нарийн бичгийн газар 13 дахь даргалагч Саха Улстай хамтран энэ оны гүйцэтгэх хороог бэлтгэж, гишүүдийн аж ахуйн нэгжийн хуудастай NEAR-ын цахим хуудсыг шинэчлэх, логистикийн хорооны анхдугаар хурлыг зохион байгуулахыг тэргүүлэх ажил болгоно. NEAR 78 гишүүнтэйгээ эрх тэгш, харилцан ашигтай байх зарчмаа баримтална.',
        en: 'New Year greetings, and thanks to the staff of every member government for their work for NEAR in 2018. Founded in 1996, NEAR has grown to 78 member governments and 1 associate member covering 660 million people, the largest cooperation body of local governments in North East Asia. At the 12th General Assembly in Zhangjiajie, Hunan, last October, Akita Prefecture joined as the eleventh Japanese member, and new committees on Innovation+, youth policy and traditional medicine were approved. With the 13th chair, the Sakha Republic, the secretariat will prepare this year\'s executive committee, rebuild NEAR\'s website with pages for members\' companies, and hold the first meeting of the logistics committee as its key projects. NEAR will keep to equality and mutual benefit with its 78 members.',
      },
    },
  },
];

/** Chapter VI.1–4 of the 2018 report, translated in full; part 5, the chart, is the staff list. */
const SECRETARIAT_2018: ReadonlyArray<{ id: string; heading: SampleText; text: SampleText }> = [
  {
    id: '7c4e2b9a-6f13-4d8e-b2a5-1e9f0c3d5b11',
    heading: { zh: '秘书处设置', ko: '사무국 설치', ja: '事務局の設置', ru: 'Учреждение секретариата', mn: 'Нарийн бичгийн газрыг байгуулсан нь', en: 'Establishment of the secretariat' },
    text: {
      zh: '2004年在中国黑龙江省召开的第五次全体会议上，决定将原先的运营方式变更为4年任期制的常设秘书处，韩国庆尚北道提出了全额负担秘书处运营费用，将秘书处常设到庆尚北道的方案，与会代表对此达成了一致决议。2012年在中国宁夏回族自治区召开的第九次全体会议上，表决通过了将任期制常设秘书处进一步改为此后长期常设在庆尚北道，确保了秘书处运营的持续性和一惯性。',
      ko: '2004년 중국 헤이룽장성에서 열린 제5차 총회에서 기존 운영 방식을 4년 임기제 상설 사무국으로 바꾸기로 하였고, 한국 경상북도가 사무국 운영비 전액을 부담하고 사무국을 경상북도에 상설하는 방안을 제안하여 참석 대표들이 만장일치로 의결하였다. 2012년 중국 닝샤 후이족 자치구에서 열린 제9차 총회에서는 임기제 상설 사무국을 이후 경상북도에 영구 상설하기로 의결하여 사무국 운영의 지속성과 일관성을 확보하였다.',
      ja: '2004年に中国黒竜江省で開かれた第5回総会で、従来の運営方式を4年任期制の常設事務局に改めることを決め、韓国慶尚北道が事務局運営費の全額負担と事務局の慶尚北道への常設を提案し、出席代表が全会一致で議決した。2012年に中国寧夏回族自治区で開かれた第9回総会では、任期制の常設事務局をその後慶尚北道に恒久的に置くことを議決し、事務局運営の持続性と一貫性を確保した。',
      ru: 'На V Генеральной ассамблее в провинции Хэйлунцзян (Китай) в 2004 году было решено перейти к постоянному секретариату со сроком полномочий четыре года; провинция Кёнсан-Пукто (Республика Корея) предложила полностью взять на себя расходы на его работу и разместить его у себя, и делегаты единогласно это поддержали. На IX Генеральной ассамблее в Нинся-Хуэйском автономном районе (Китай) в 2012 году было решено разместить секретариат в Кёнсан-Пукто бессрочно, что обеспечило преемственность и последовательность его работы.',
      mn: '2004 онд Хятадын Хэйлунцзян мужид болсон V Ерөнхий чуулганаар өмнөх ажиллах хэлбэрийг дөрвөн жилийн бүрэн эрхтэй байнгын нарийн бичгийн газар болгон өөрчлөхөөр шийдвэрлэж, Солонгосын Хойд Кёнсан муж нарийн бичгийн газрын зардлыг бүрэн хариуцаж, түүнийг өөртөө байршуулах санал гаргасныг төлөөлөгчид санал нэгтэй дэмжсэн. 2012 онд Хятадын Нинся-Хуй өөртөө засах оронд болсон IX Ерөнхий чуулганаар нарийн бичгийн газрыг цаашид Хойд Кёнсан мужид байнга байршуулахаар шийдвэрлэж, үйл ажиллагааны тасралтгүй, тогтвортой байдлыг хангасан.',
      en: 'At the 5th General Assembly, held in Heilongjiang, China, in 2004, members decided to replace the former arrangement with a permanent secretariat on four-year terms; Gyeongsangbuk-do, Korea, proposed to bear the whole cost of running it and to host it, and the delegates agreed unanimously. At the 9th General Assembly, held in the Ningxia Hui Autonomous Region, China, in 2012, members voted to seat the secretariat in Gyeongsangbuk-do permanently, without terms, so that its work stays continuous and consistent.',
    },
  },
  {
    id: '7c4e2b9a-6f13-4d8e-b2a5-1e9f0c3d5b12',
    heading: { zh: '秘书处组织机构与人力资源', ko: '사무국 조직과 인력', ja: '事務局の組織と人員', ru: 'Структура и кадры секретариата', mn: 'Нарийн бичгийн газрын бүтэц, хүний нөөц', en: 'Organisation and staff' },
    text: {
      zh: '秘书处由秘书长、一处二部(企划宣传部、国际协力部)构成，由固定职员与中国、日本、韩国、蒙古、俄罗斯等会员地方政府派遣公务员联合办公。',
      ko: '사무국은 사무총장과 2개 부(기획홍보부, 국제협력부)로 구성되며, 상근 직원과 중국, 일본, 한국, 몽골, 러시아 회원 지방정부의 파견 공무원이 함께 근무한다.',
      ja: '事務局は事務総長と2部（企画広報部、国際協力部）で構成され、常勤職員と中国、日本、韓国、モンゴル、ロシアの会員自治体からの派遣公務員が共に勤務している。',
      ru: 'Секретариат состоит из Генерального секретаря и двух департаментов (планирования и связей с общественностью; международного сотрудничества). Его штатные сотрудники работают вместе со служащими, прикомандированными регионами-членами Китая, Японии, Кореи, Монголии и России.',
      mn: 'Нарийн бичгийн газар нь Ерөнхий нарийн бичгийн дарга болон хоёр газраас (Төлөвлөлт, сурталчилгааны газар; Олон улсын хамтын ажиллагааны газар) бүрддэг. Байнгын ажилтнууд нь Хятад, Япон, Солонгос, Монгол, Оросын гишүүн засаг захиргаанаас томилогдсон албан хаагчидтай хамтран ажилладаг.',
      en: 'The secretariat consists of the Secretary-General and two departments (Planning and Public Relations; International Cooperation). Its permanent staff work together with officials seconded by member governments of China, Japan, Korea, Mongolia and Russia.',
    },
  },
  {
    id: '7c4e2b9a-6f13-4d8e-b2a5-1e9f0c3d5b13',
    heading: { zh: '预算', ko: '예산', ja: '予算', ru: 'Бюджет', mn: 'Төсөв', en: 'Budget' },
    text: {
      zh: '秘书处一年运营费用约100万美元(相当于11亿韩元、600万人民币或1亿2000万日元左右)，由庆尚北道支援经费的70%，浦项市支援经费的30%。',
      ko: '사무국의 연간 운영비는 약 100만 달러(약 11억 원, 600만 위안 또는 1억 2천만 엔)로, 경상북도가 70%, 포항시가 30%를 지원한다.',
      ja: '事務局の年間運営費は約100万ドル（約11億ウォン、600万人民元または1億2000万円）で、慶尚北道が70%、浦項市が30%を支援している。',
      ru: 'Ежегодные расходы на работу секретариата составляют около 1 млн долларов США (примерно 1,1 млрд вон, 6 млн юаней или 120 млн иен); 70% выделяет провинция Кёнсан-Пукто, 30% — город Пхохан.',
      mn: 'Нарийн бичгийн газрын жилийн үйл ажиллагааны зардал ойролцоогоор 1 сая ам.доллар (1.1 тэрбум вон, 6 сая юань буюу 120 сая иен орчим) бөгөөд 70 хувийг Хойд Кёнсан муж, 30 хувийг Пхохан хот санхүүжүүлдэг.',
      en: 'The secretariat\'s yearly running costs are about USD 1 million (some KRW 1.1 billion, CNY 6 million or JPY 120 million), 70% funded by Gyeongsangbuk-do and 30% by the city of Pohang.',
    },
  },
  {
    id: '7c4e2b9a-6f13-4d8e-b2a5-1e9f0c3d5b14',
    heading: { zh: '工作业务', ko: '업무', ja: '業務', ru: 'Функции', mn: 'Чиг үүрэг', en: 'Duties' },
    text: {
      zh: '1) 编制预算与执行预算；\n2) 制定项目计划、年度报告、会计报告；\n3) 开发并推进促进联合会发展的交流项目；\n4) 统筹会员地方政府间的业务联系；\n5) 全体会议、事务委员会会议、专门委员会活动运营支援与决议事项执行支援；\n6) 构建与区域内研究机构间的联系网络；\n7) 对外宣传与其他与联合会发展有关事项。',
      ko: '1) 예산 편성 및 집행\n2) 사업 계획, 연례 보고서, 회계 보고서 작성\n3) 연합 발전을 위한 교류 사업 개발 및 추진\n4) 회원 지방정부 간 업무 연락 총괄\n5) 총회, 실무위원회, 분과위원회 활동 운영 지원 및 의결 사항 집행 지원\n6) 역내 연구기관과의 네트워크 구축\n7) 대외 홍보 및 기타 연합 발전에 관한 사항',
      ja: '1) 予算の編成と執行\n2) 事業計画、年次報告書、会計報告書の作成\n3) 連合の発展に資する交流事業の開発と推進\n4) 会員自治体間の業務連絡の統括\n5) 総会、実務委員会、分科委員会の運営支援と議決事項の執行支援\n6) 域内研究機関とのネットワーク構築\n7) 対外広報その他連合の発展に関する事項',
      ru: '1) составление и исполнение бюджета;\n2) подготовка планов проектов, годового и финансового отчётов;\n3) разработка и реализация проектов обмена, способствующих развитию Ассоциации;\n4) координация деловых связей между регионами-членами;\n5) организационная поддержка Генеральной ассамблеи, исполнительного комитета и специализированных комитетов и содействие исполнению их решений;\n6) создание сети связей с научными учреждениями региона;\n7) информационная работа и другие вопросы развития Ассоциации.',
      mn: '1) төсөв боловсруулах, гүйцэтгэх;\n2) төслийн төлөвлөгөө, жилийн тайлан, санхүүгийн тайлан гаргах;\n3) холбооны хөгжилд чиглэсэн солилцооны төсөл боловсруулж хэрэгжүүлэх;\n4) гишүүн засаг захиргаа хоорондын ажлын харилцааг зохицуулах;\n5) Ерөнхий чуулган, гүйцэтгэх хороо, төрөлжсөн хороодын үйл ажиллагааг дэмжих, шийдвэрийн хэрэгжилтэд туслах;\n6) бүс нутгийн судалгааны байгууллагуудтай сүлжээ байгуулах;\n7) гадаад сурталчилгаа болон холбооны хөгжилтэй холбоотой бусад асуудал.',
      en: '1) Drawing up and executing the budget;\n2) Preparing project plans, the annual report and the financial report;\n3) Developing and carrying out exchange projects that advance the Association;\n4) Coordinating business between member governments;\n5) Supporting the General Assembly, the executive committee and the specialised committees, and carrying out their decisions;\n6) Building a network with research institutions in the region;\n7) Public relations and other matters concerning the Association\'s development.',
    },
  },
];

/**
 * The secretariat as the 2018 report describes it: its staff of 17 (chapter VI.5), the two
 * forewords (by the chair, the Sakha Republic, and by the Secretary-General, both dated December
 * 2018; the Chinese text in full as printed, the other languages summarised and marked so) and
 * chapter VI's history, organisation, budget and duties.
 */
export function sampleSecretariat(): { staff: SampleEntry<StaffFields>[]; reportTexts: SampleEntry<ReportTextFields>[] } {
  return {
    staff: STAFF_2018.map((person, index) => ({ id: person.id, fields: staffFields(person, index) })),
    reportTexts: [
      ...FOREWORDS_2018,
      ...SECRETARIAT_2018.map(({ id, heading, text }, index) => ({ id, fields: { year: 2018, kind: 'secretariat' as const, order: index + 1, heading, text } })),
    ],
  };
}
