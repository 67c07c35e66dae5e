/**
 * Drafts for a fictional Chapter 18A issuer, Ferncliff Biologics Limited (蕨崖生物製藥有限公司,
 * stock code 9872, not in the issuer registry), with defects placed by hand:
 *
 * - the HKEX disclaimer lacks its "expressly disclaim any liability" part (line 1);
 * - "Friday, 5 March 2026" — 5 March 2026 is a Thursday;
 * - an unfilled "[●]" placeholder;
 * - no Chapter 18A cautionary statement (a defect only once the issuer is known to be 18A);
 * - the Chinese version dates the dosing 6 March, the English one 5 March.
 *
 * Positions are found in the text here, by searching for the defective words, never copied from
 * disclint's own output.
 */

export const FERNCLIFF_EN = [
  "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement and make no representation as to its accuracy or completeness.",
  "",
  "Ferncliff Biologics Limited",
  "蕨崖生物製藥有限公司",
  "(Incorporated in the Cayman Islands with limited liability)",
  "(Stock Code: 9872)",
  "",
  "VOLUNTARY ANNOUNCEMENT",
  "FIRST PATIENT DOSED IN THE PHASE I TRIAL OF FCB-112",
  "",
  'Ferncliff Biologics Limited (the "Company") makes this announcement on a voluntary basis, so that its shareholders and potential investors learn of the progress of its clinical programme.',
  "",
  'The board of directors of the Company (the "Board") is pleased to announce that the first patient was dosed on Friday, 5 March 2026 in the Phase I clinical trial of FCB-112, the Company\'s antibody candidate for chronic spontaneous urticaria, at [●] in Hong Kong.',
  "",
  "Shareholders and potential investors of the Company are advised to exercise caution when dealing in the shares of the Company.",
  "",
  "By order of the Board",
  "Ferncliff Biologics Limited",
  "Dr. Ho Wing Sze",
  "Chairwoman and Executive Director",
  "",
  "Hong Kong, 9 March 2026",
  "",
  "As at the date of this announcement, the Board comprises Dr. Ho Wing Sze and Mr. Tse Kin Pong as executive Directors; Ms. Yip Lai Ching as non-executive Director; and Mr. Law Chun Hei, Ms. Kok Mei Yan and Dr. Poon Siu Fai as independent non-executive Directors.",
  "",
].join("\n");

export const FERNCLIFF_ZH = [
  "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。",
  "",
  "Ferncliff Biologics Limited",
  "蕨崖生物製藥有限公司",
  "（於開曼群島註冊成立的有限公司）",
  "（股份代號：9872）",
  "",
  "自願公告",
  "FCB-112 I期臨床試驗首名患者完成給藥",
  "",
  "蕨崖生物製藥有限公司（「本公司」）自願刊發本公告，讓本公司股東及潛在投資者了解其臨床項目的進展。",
  "",
  "本公司董事會（「董事會」）欣然宣佈，FCB-112的I期臨床試驗已於2026年3月6日（星期五）在香港完成首名患者給藥。FCB-112為本公司用於治療慢性自發性蕁麻疹的抗體候選藥物。",
  "",
  "本公司股東及潛在投資者於買賣本公司股份時務請審慎行事。",
  "",
  "承董事會命",
  "蕨崖生物製藥有限公司",
  "主席兼執行董事",
  "何詠詩博士",
  "",
  "香港，2026年3月9日",
  "",
  "於本公告日期，董事會成員包括執行董事何詠詩博士及謝健邦先生；非執行董事葉麗晴女士；以及獨立非執行董事羅俊熙先生、郭美欣女士及潘兆輝博士。",
  "",
].join("\n");

/** 1-based line and column (UTF-16 units) of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** A .disclint.yaml that makes Ferncliff a Chapter 18A issuer on the Main Board. */
export const FERNCLIFF_CONFIG = `# Ferncliff Biologics Limited (fictional): a Chapter 18A issuer on the Main Board.
issuer:
  name: Ferncliff Biologics Limited
  stockCode: "9872"
  board: main
  regimes: [18A]
`;
