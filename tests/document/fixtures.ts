/** Fictional announcements (issuer "Lumen Harbour Biotech Limited", stock code 9876) for the document tests. */

export const DISCLAIMER_EN =
  "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement, make no representation as to its accuracy or completeness and expressly disclaim any liability whatsoever for any loss howsoever arising from or in reliance upon the whole or any part of the contents of this announcement.";

export const DISCLAIMER_ZH =
  "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。";

export const ANNOUNCEMENT_EN = [
  DISCLAIMER_EN,
  "",
  "LUMEN HARBOUR BIOTECH LIMITED",
  "明港生物科技有限公司",
  "(Incorporated in the Cayman Islands with limited liability)",
  "(Stock Code: 9876)",
  "",
  "VOLUNTARY ANNOUNCEMENT",
  "UPDATE ON THE PHASE II TRIAL OF LHB-101",
  "",
  "The board (the “Board”) of directors of Lumen Harbour Biotech Limited (the “Company”) is pleased to announce that the first patient has been dosed in the phase II trial of LHB-101.",
  "",
  "As at the date of this announcement, the Company has not received any objection from the regulator.",
  "",
  "By order of the Board",
  "Lumen Harbour Biotech Limited",
  "Chan Tai Man",
  "Chairman",
  "",
  "Hong Kong, 3 March 2025",
  "",
  "As at the date of this announcement, the Board comprises Mr. Chan Tai Man as executive Director, Ms. Lee Siu Ying as non-executive Director, and Mr. Ho Ka Po, Ms. Wong Mei Lin and Dr. Lam Chi Keung as independent non-executive Directors.",
  "",
].join("\n");

export const ANNOUNCEMENT_ZH = [
  DISCLAIMER_ZH,
  "",
  "明港生物科技有限公司",
  "LUMEN HARBOUR BIOTECH LIMITED",
  "（於開曼群島註冊成立的有限公司）",
  "（股份代號：9876）",
  "",
  "自願公告",
  "LHB-101第二期臨床試驗的最新進展",
  "",
  "明港生物科技有限公司（「本公司」）董事會（「董事會」）欣然宣佈，LHB-101第二期臨床試驗已完成首名患者給藥。",
  "",
  "承董事會命",
  "明港生物科技有限公司",
  "主席",
  "陳大文",
  "",
  "香港，二零二五年三月三日",
  "",
  "於本公告日期，董事會包括執行董事陳大文先生；非執行董事李小英女士；以及獨立非執行董事何家寶先生、黃美蓮女士及林志強博士。",
].join("\r\n");

/** The same kind of statement in Simplified characters, as some issuers and sites publish it. */
export const ANNOUNCEMENT_ZH_HANS =
  "香港交易及结算所有限公司及香港联合交易所有限公司对本公告的内容概不负责，对其准确性或完整性亦不发表任何声明。\n\n明港生物科技有限公司董事会宣布，本公司的业务营运维持正常。股东及潜在投资者于买卖本公司证券时务请审慎行事。";
