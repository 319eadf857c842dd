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
  /** ISO date of the latest meeting the report records, if any. */
  lastMeetingOn?: string;
};
