/** The six interface languages of NEAR Desk, in the order the report's member list uses. */
export type SampleLocale = 'zh' | 'ko' | 'ja' | 'ru' | 'mn' | 'en';

/** A name in all six interface languages. */
export type SampleNames = Record<SampleLocale, string>;

/** One member government as the 2018 annual report lists it (appendix "会员地方政府"). */
export type SampleMember = {
  /** Stable UUID, fixed in the file so every laptop that loads the sample gets the same ids. */
  id: string;
  /** ISO 3166-1 alpha-2 code. */
  country: 'CN' | 'KP' | 'JP' | 'MN' | 'KR' | 'RU' | 'VN';
  kind: 'member' | 'associate';
  names: SampleNames & { native: string };
  /** Only where the report gives it. */
  admittedYear?: number;
  /** The day of admission, where the report gives it. */
  admittedOn?: string;
  /** The sample meeting that admitted it, where the report says which. */
  admissionMeetingId?: string;
  /** true only where the report says so; absent means the report does not say. */
  founding?: boolean;
};

/** One specialised committee as in the report's committee table (section II.1). */
export type SampleCommittee = {
  id: string;
  names: SampleNames;
  /** ids of SampleMember entries; Tourism has two co-coordinators. */
  coordinatorIds: string[];
  foundedYear: number;
  /** "举办次数" from the table; null where the table shows "-". */
  meetingsHeld: number | null;
  field: SampleNames;
  /** Article number in Committee Regulation Art. 2. */
  regulationNumber: number;
  /** The latest meeting the report records, as precisely as it gives it (a day, a month or a year), if any. */
  lastMeetingOn?: string;
  /** true where the report says only that the last meeting was no later than `lastMeetingOn`. */
  lastMeetingOrEarlier?: boolean;
  /** The latest other activity of the committee the report records (a year where it gives only that). */
  lastActivityOn?: string;
  /** Where the report says so, for the reader. */
  activityNote?: SampleText;
};

/** Free text from the report in all six languages: the original (zh) and its translations. */
export type SampleText = SampleNames;

/** Member countries plus "other" for participants from outside them (e.g. Brazil at a committee). */
export type SampleCountryCounts = Partial<Record<'CN' | 'KP' | 'JP' | 'MN' | 'KR' | 'RU' | 'other', number>>;

/** A meeting or event of 2018 as the report describes it (chapters I–IV and the networking chapter's events). */
export type SampleMeeting = {
  id: string;
  kind:
    | 'generalAssembly'
    | 'executiveCommittee'
    | 'committeeMeeting'
    | 'workshop'
    | 'forum'
    | 'youthForum'
    | 'youthContest'
    | 'other';
  /** Name of the event in all six languages. */
  title: SampleNames;
  /** zh name of the committee exactly as in committees-2018.ts, for committee meetings. */
  committeeZh?: string;
  /** Edition number: 12 for the 12th General Assembly, 16 for the 16th committee meeting. */
  edition?: number;
  startDate: string;
  endDate?: string;
  /** zh name of the host member exactly as in members-2018.ts. */
  hostZh?: string;
  city?: SampleNames;
  venue?: SampleText;
  /** Member governments the report names as taking part (zh names as in members-2018.ts). */
  participantZh?: string[];
  /** Per-country counts where the report gives only counts. */
  participantCounts?: SampleCountryCounts;
  /** What participantCounts count: member governments (default), contest entries or people. */
  countUnit?: 'members' | 'entries' | 'people';
  /** Total number of people attending, where given. */
  headcount?: number;
  /** true where the report gives the headcount as a lower bound ("150余人"). */
  headcountAtLeast?: boolean;
  /** Delegates, where the report counts them apart from everyone attending. */
  delegates?: number;
  /** Member governments taking part, where the report gives only their number. */
  memberCount?: number;
  /** Countries taking part, where the report counts them. */
  countryCount?: number;
  /** Countries outside the membership that took part (ISO 3166-1 alpha-2), with their people where given. */
  guestCountries?: Array<{ country: string; people?: number }>;
  theme?: SampleText;
  outcomes?: Array<{ kind: 'decision' | 'agreement' | 'declaration' | 'award' | 'other'; text: SampleText }>;
  sideEvents?: SampleText[];
  /** General Assembly: members that voted by written resolution. */
  writtenResolutions?: number;
  /** General Assembly: the agenda items, in order. */
  agendaItems?: SampleText[];
  /**
   * General Assembly: the roll call. Those present by name are the `participantZh`; the report gives
   * the rest of those present, and the written resolutions, as numbers (zh names as in members-2018.ts).
   */
  rollCall?: { writtenZh: string[]; unnamedPresent: number; unnamedWritten: number };
  /** General Assembly: per agenda item, in order, its class under Charter Art. 8 and the votes, or the result where no tally is recorded. */
  decisions?: Array<{ article: number } & ({ inFavour: number; against: number; abstaining: number } | { recordedResult: 'adopted' | 'rejected' })>;
  /** A few sentences from the report. */
  summary?: SampleText;
};

/** A person the secretariat met. */
export type SampleContact = {
  id: string;
  /** Name in its original script, as the report writes it (often Chinese transcription). */
  name: string;
  /** Latin transliteration where known. */
  latin?: string;
  title?: SampleText;
  /** Organisation in all six languages. */
  organisation?: SampleNames;
  /** zh name of the member government the person belongs to, if any. */
  memberZh?: string;
};

/** One entry of the report's "International Cooperative Networking" chapter (a visit or meeting). */
export type SampleVisit = {
  id: string;
  date: string;
  endDate?: string;
  /** outbound: the secretariat went to them; inbound: they came to the secretariat; thirdEvent: met at another event. */
  direction: 'outbound' | 'inbound' | 'thirdEvent';
  /** Secretariat staff named in the entry, in zh as in the report (e.g. '洪钟庆'). */
  staff: string[];
  counterpartType: 'member' | 'partner' | 'university' | 'research' | 'company' | 'centralGovernment' | 'other';
  /** Member governments involved (zh names as in members-2018.ts). */
  memberZh?: string[];
  /** The counterpart organisation when it is not (only) a member government, in all six languages. */
  counterpart?: SampleNames;
  contactIds?: string[];
  city?: SampleNames;
  /** The entry's heading, in all six languages. */
  title: SampleNames;
  purpose?: SampleText;
  topics?: string[];
  outcome?: SampleText;
  /** People who took part, where the entry counts them ("共12人参加"). */
  headcount?: number;
  /** true where the entry gives the headcount as a lower bound ("…余人"). */
  headcountAtLeast?: boolean;
  /** Member governments represented, where the entry gives their number but does not name each one. */
  memberCount?: number;
  followUps?: Array<{ text: SampleText; dueOn?: string }>;
};
