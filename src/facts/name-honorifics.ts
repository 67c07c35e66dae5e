/**
 * Titles and honours around directors' names. English titles come before the name and may be
 * compound ("Tan Sri Dato' Lim", "Ir Dr. Chan", "Prof. Sir David"); "Messrs." stands for several
 * names. Chinese titles come after the name (先生, 女士, 博士), except the Malaysian ones (拿督,
 * 丹斯里), and a Western name may carry a Chinese title ("Michael Min XU博士"). Honours (太平紳士,
 * "BBS, JP") follow the name in both languages.
 */
import type { Gender } from "./types.js";

/** Longest first, so "Dato' Sri" wins over "Dato'". Matched in this case or in capitals. */
const ENGLISH_TITLES = [
  "Tan Sri",
  "Puan Sri",
  "Toh Puan",
  "Datuk Seri",
  "Datuk Sri",
  "Dato' Seri",
  "Dato' Sri",
  "Dato Seri",
  "Dato Sri",
  "Datuk",
  "Dato'",
  "Dato",
  "Datin",
  "Messrs",
  "Professor",
  "Madame",
  "Madam",
  "Mrs",
  "Miss",
  "Mdm",
  "Prof",
  "Dame",
  "Lady",
  "Lord",
  "Sir",
  "Mr",
  "Ms",
  "Dr",
  "Ir",
];

const asPattern = (title: string) => title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const TITLE_ALTERNATIVES = ENGLISH_TITLES.flatMap((title) => [title, title.toUpperCase()])
  .filter((title, index, all) => all.indexOf(title) === index)
  .map(asPattern)
  .join("|");

/**
 * One or more titles before a capitalised name. The apostrophe of "Dato'" is the straight one
 * (normalisation folds the curly one); "Mr.Chow" has no space.
 */
export const ENGLISH_TITLE_RUN = new RegExp(
  `(?<![\\p{L}'])(?:(?:${TITLE_ALTERNATIVES})(?:\\.\\s*|\\s+))+(?=\\p{Lu})`,
  "gu",
);
const ONE_TITLE = new RegExp(`(?:${TITLE_ALTERNATIVES})(?=\\.|\\s|$)`, "gu");

/** "Tan Sri Dato' " → "Tan Sri Dato'"; "Dr. " → "Dr"; "MR. " → "MR". */
export function titlesOf(run: string): string[] {
  return [...run.matchAll(ONE_TITLE)].map((match) => match[0].replace(/\s+/g, " "));
}

/** Chinese titles after a name. */
export const CHINESE_TITLE_AFTER = /(先生|女士|博士|教授|院士|太太|夫人|小姐|醫生|爵士)$/u;
/** Malaysian titles before a name in Chinese text (拿督陳大文). */
export const CHINESE_TITLE_BEFORE = /^(丹斯里拿督|丹斯里|拿督斯里|拿督|拿汀)/u;
/** Honours after a name, alone or in a row: 「太平紳士」, 「銅紫荊星章」, ", BBS, JP". */
export const HONOURS =
  /(?:[\s,]*(?:\(|\b)?(?:太平紳士|[銅銀金]紫荊星章|大紫荊勳賢|榮譽勳章|MH|JP|J\.P\.?|BBS|SBS|GBS|GBM|OBE|MBE|CBE)\)?)+$/u;
/** A piece that is nothing but honours (they follow the previous name after a separator). */
export const HONOURS_ONLY =
  /^\(?(?:太平紳士|[銅銀金]紫荊星章|大紫荊勳賢|榮譽勳章|MH|JP|J\.P\.?|BBS|SBS|GBS|GBM|OBE|MBE|CBE)\)?$/u;

const GENDER: Record<string, Gender> = {
  mr: "male",
  messrs: "male",
  sir: "male",
  lord: "male",
  ms: "female",
  mrs: "female",
  miss: "female",
  madam: "female",
  madame: "female",
  mdm: "female",
  dame: "female",
  lady: "female",
  datin: "female",
  "puan sri": "female",
  "toh puan": "female",
  先生: "male",
  爵士: "male",
  女士: "female",
  太太: "female",
  夫人: "female",
  小姐: "female",
  拿汀: "female",
};

/**
 * The gender the titles say, if any. Dr., Prof., 博士, 教授 and the Malaysian honours (conferred
 * on women and men alike) say nothing.
 */
export function genderOf(...titles: (string | undefined)[]): Gender {
  for (const title of titles) {
    const gender = title === undefined ? undefined : GENDER[title.toLowerCase().replace(/\s+/g, " ")];
    if (gender) return gender;
  }
  return "unknown";
}
