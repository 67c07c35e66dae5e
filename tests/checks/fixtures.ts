/**
 * Texts for the check-kind tests: a fictional issuer (Lumen Harbour Biotech Limited, 9876) and
 * the prescribed HKEX disclaimer wordings (public regulatory text).
 */
import type { RequiredOptions } from "../../src/checks/support/required-statement.js";

export const TWO_ENTITY =
  "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement, make no representation as to its accuracy or completeness and expressly disclaim any liability whatsoever for any loss howsoever arising from or in reliance upon the whole or any part of the contents of this announcement.";

export const THREE_ENTITY =
  "Hong Kong Exchanges and Clearing Limited, The Stock Exchange of Hong Kong Limited and Hong Kong Securities Clearing Company Limited take no responsibility for the contents of this announcement, make no representation as to its accuracy or completeness and expressly disclaim any liability whatsoever for any loss howsoever arising from or in reliance upon the whole or any part of the contents of this announcement.";

export const ZH_DISCLAIMER =
  "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。";

export const disclaimerRule: RequiredOptions = {
  statement: {
    en: {
      anchors: ["takes? no responsibility for the contents of this"],
      wording: [TWO_ENTITY, THREE_ENTITY],
      limbs: ["makes? no representation", "expressly disclaims?"],
    },
    zh: { anchors: ["對本(聯合)?公告(的|之)?內容概不負責"], wording: [ZH_DISCLAIMER] },
  },
  position: "top",
  outdated: ["(?-i)The Stock Exchange of Hong Kong Limited takes no responsibility"],
};

export const ISSUER_BLOCK = `LUMEN HARBOUR BIOTECH LIMITED
(Incorporated in the Cayman Islands with limited liability)
(Stock Code: 9876)`;

export const BODY = `VOLUNTARY ANNOUNCEMENT
BUSINESS UPDATE

This announcement is made by Lumen Harbour Biotech Limited (the "Company") on a voluntary basis to inform the shareholders of the Company and potential investors of the latest business development of the Company.

The board of directors of the Company (the "Board") is pleased to announce that the Company has completed the enrolment of the first patient in its phase II clinical trial of LH-201 in Hong Kong. The trial is conducted at two hospitals and is funded from the internal resources of the Company.

Shareholders and potential investors are advised to exercise caution when dealing in the shares of the Company.`;

export const SIGNATURE = `By order of the Board
Lumen Harbour Biotech Limited
Dr Mira Okafor
Chairman

Hong Kong, 3 March 2025

As at the date of this announcement, the Board comprises Dr Mira Okafor and Mr Tobias Lam as executive Directors, and Ms Ines Wren, Mr Caleb Siu and Dr Hana Moretti as independent non-executive Directors.`;

/** An announcement with `disclaimer` as its first paragraph. */
export function announcement(disclaimer: string): string {
  return `${disclaimer}\n\n${ISSUER_BLOCK}\n\n${BODY}\n\n${SIGNATURE}\n`;
}

export const ZH_ISSUER_BLOCK = `光港生物科技有限公司
LUMEN HARBOUR BIOTECH LIMITED
（於開曼群島註冊成立的有限公司）
（股份代號：9876）`;

export const ZH_BODY = `自願公告
業務最新情況

本公告乃由光港生物科技有限公司（「本公司」）自願作出，以知會本公司股東及潛在投資者有關本公司的最新業務發展。

本公司董事會欣然宣佈，本公司已於香港完成其第二期臨床試驗首名患者入組。該試驗於兩間醫院進行，並由本公司內部資源撥付。

本公司股東及潛在投資者於買賣本公司股份時務請審慎行事。

承董事會命
光港生物科技有限公司
主席
歐嘉慧博士

香港，二零二五年三月三日`;

export function zhAnnouncement(disclaimer: string): string {
  return `${disclaimer}\n\n${ZH_ISSUER_BLOCK}\n\n${ZH_BODY}\n`;
}
